using System;
using Xunit;
using Xunit.Abstractions;

namespace Router.Enco.HostTests
{
    /// <summary>
    /// DESIGN rule 3 for the public-key facade: with keys made and buffers allocated up front, signing,
    /// verifying, decrypting and key agreement allocate 0 managed bytes per call (the key blob is parsed
    /// natively on each call, nothing is cached in managed memory).
    /// </summary>
    public class PublicKeyAllocationTests
    {
        private const int Calls = 20;
        private readonly ITestOutputHelper _output;

        public PublicKeyAllocationTests(ITestOutputHelper output)
        {
            _output = output;
        }

        private long AllocatedBy(string name, Action work)
        {
            work(); // warm-up: JIT and P/Invoke stubs allocate once
            long before = GC.GetAllocatedBytesForCurrentThread();
            work();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            _output.WriteLine(name + ": " + allocated + " bytes for " + Calls + " calls");
            return allocated;
        }

        [Fact]
        public void SignaturesAllocateNothing()
        {
            using EncoKey rsa = EncoKey.Generate(EncoKeyType.Rsa, 2048);
            using EncoKey ec = EncoKey.Generate(EncoKeyType.EcP256, 0);
            byte[] rsaPublic = new byte[400];
            byte[] ecPublic = new byte[100];
            int rsaPublicLength = rsa.ExportPublic(EncoKeyFormat.PublicSpki, rsaPublic, 0);
            int ecPublicLength = ec.ExportPublic(EncoKeyFormat.PublicRaw, ecPublic, 0);
            byte[] digest = new byte[32];
            byte[] signature = new byte[300];

            Assert.Equal(0, AllocatedBy("RSA-2048 PKCS#1 v1.5 sign + verify", () =>
            {
                for (int i = 0; i < Calls; i++)
                {
                    int length = Rsa.Sign(rsa, Rsa.Pkcs1V15, EncoHashAlgorithm.Sha256, digest, 0, 32, signature, 0);
                    Assert.True(Rsa.Verify(rsaPublic, 0, rsaPublicLength, EncoKeyFormat.PublicSpki, Rsa.Pkcs1V15,
                        EncoHashAlgorithm.Sha256, digest, 0, 32, signature, 0, length));
                }
            }));

            Assert.Equal(0, AllocatedBy("ECDSA P-256 sign + verify", () =>
            {
                for (int i = 0; i < Calls; i++)
                {
                    int length = Ecdsa.Sign(ec, EncoHashAlgorithm.Sha256, digest, 0, 32, Ecdsa.Der, signature, 0);
                    Assert.True(Ecdsa.Verify(EncoKeyType.EcP256, ecPublic, 0, ecPublicLength, EncoKeyFormat.PublicRaw,
                        digest, 0, 32, Ecdsa.Der, signature, 0, length));
                }
            }));
        }

        [Fact]
        public void DecryptionAndAgreementAllocateNothing()
        {
            using EncoKey rsa = EncoKey.Generate(EncoKeyType.Rsa, 2048);
            using EncoKey x25519 = EncoKey.Generate(EncoKeyType.X25519, 0);
            using EncoKey dh = EncoKey.Generate(EncoKeyType.Dh, 14);
            byte[] publicKey = new byte[400];
            byte[] ciphertext = new byte[256];
            byte[] message = new byte[48];
            byte[] peer = new byte[256];
            byte[] secret = new byte[256];
            int publicLength = rsa.ExportPublic(EncoKeyFormat.PublicRaw, publicKey, 0);
            Rsa.Encrypt(publicKey, 0, publicLength, EncoKeyFormat.PublicRaw, message, 0, 48, ciphertext, 0);
            x25519.ExportPublic(EncoKeyFormat.PublicRaw, peer, 0);

            Assert.Equal(0, AllocatedBy("RSA-2048 implicit-rejection decrypt", () =>
            {
                for (int i = 0; i < Calls; i++)
                {
                    Rsa.DecryptImplicit(rsa, ciphertext, 0, 256, message, 0, 48);
                }
            }));

            Assert.Equal(0, AllocatedBy("X25519 agree", () =>
            {
                for (int i = 0; i < Calls; i++)
                {
                    KeyAgreement.Agree(x25519, EncoKeyFormat.PublicRaw, peer, 0, 32, secret, 0);
                }
            }));

            dh.ExportPublic(EncoKeyFormat.PublicRaw, peer, 0);
            Assert.Equal(0, AllocatedBy("MODP group 14 agree", () =>
            {
                for (int i = 0; i < Calls; i++)
                {
                    KeyAgreement.Agree(dh, EncoKeyFormat.PublicRaw, peer, 0, 256, secret, 0);
                }
            }));
        }
    }
}
