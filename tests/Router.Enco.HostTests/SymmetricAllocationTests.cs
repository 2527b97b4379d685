using System;
using Xunit;

namespace Router.Enco.HostTests
{
    /// <summary>
    /// DESIGN rule 3 for the symmetric data path: with keyed objects and buffers set up front, sealing and
    /// opening records, MACing packets, CBC and random fills allocate 0 bytes.
    /// </summary>
    public class SymmetricAllocationTests
    {
        private const int Calls = 1000;

        private static long AllocatedBy(Action work)
        {
            work(); // warm-up: JIT, P/Invoke stubs, library loading
            long before = GC.GetAllocatedBytesForCurrentThread();
            work();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        [Theory]
        [InlineData(EncoAeadAlgorithm.AesGcm)]
        [InlineData(EncoAeadAlgorithm.ChaCha20Poly1305)]
        public void AeadSealAndOpenAllocateNothing(int algorithm)
        {
            byte[] key = new byte[32];
            byte[] nonce = new byte[12];
            byte[] aad = new byte[13];
            byte[] record = new byte[1500 + Aead.TagSize];
            byte[] plain = new byte[1500];
            byte[] channel = new byte[2048];
            using Aead aead = new Aead(algorithm, key, 0, 32, channel, 100);

            long allocated = AllocatedBy(() =>
            {
                for (int i = 0; i < Calls; i++)
                {
                    nonce[11] = (byte)i;
                    aead.Seal(nonce, 0, 12, aad, 0, aad.Length, plain, 0, plain.Length, record, 0);
                    if (!aead.Open(nonce, 0, 12, aad, 0, aad.Length, record, 0, record.Length, plain, 0))
                    {
                        throw new InvalidOperationException("record did not open");
                    }
                }
            });

            Assert.Equal(0, allocated);
        }

        [Fact]
        public void HmacCallsAllocateNothing()
        {
            byte[] key = new byte[32];
            byte[] packet = new byte[1500];
            byte[] mac = new byte[32];
            using Hmac hmac = new Hmac(EncoHashAlgorithm.Sha256, key, 0, key.Length);

            long allocated = AllocatedBy(() =>
            {
                for (int i = 0; i < Calls; i++)
                {
                    Hmac.Compute(EncoHashAlgorithm.Sha256, key, 0, key.Length, packet, 0, packet.Length, mac, 0);
                    hmac.Update(packet, 0, 1000);
                    hmac.Update(packet, 1000, 500);
                    hmac.Finish(mac, 0);
                    hmac.Update(packet, 0, packet.Length);
                    hmac.FinishAndVerify(mac, 0, 16);
                }
            });

            Assert.Equal(0, allocated);
        }

        [Fact]
        public void CipherHashAndRandomCallsAllocateNothing()
        {
            byte[] key = new byte[16];
            byte[] iv = new byte[16];
            byte[] packet = new byte[1504];
            byte[] digest = new byte[64];
            using BlockCipher aes = new BlockCipher(EncoCipherAlgorithm.Aes, key, 0, key.Length);
            using EncoHash sha384 = new EncoHash(EncoHashAlgorithm.Sha384);

            long allocated = AllocatedBy(() =>
            {
                for (int i = 0; i < Calls; i++)
                {
                    aes.EncryptCbc(iv, 0, packet, 0, packet.Length, packet, 0);
                    aes.DecryptCbc(iv, 0, packet, 16, packet.Length - 16, packet, 0);
                    EncoHash.Hash(EncoHashAlgorithm.Sha512, packet, 0, packet.Length, digest, 0);
                    sha384.Update(packet, 0, 100);
                    sha384.Finish(digest, 0);
                    EncoRandom.Fill(iv, 0, iv.Length);
                }
            });

            Assert.Equal(0, allocated);
        }
    }
}
