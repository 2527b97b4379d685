using System;
using System.Security.Cryptography;
using Xunit;

namespace Router.Enco.HostTests
{
    /// <summary>
    /// The public-key engine against .NET's System.Security.Cryptography (OpenSSL underneath on Linux) on
    /// hundreds of random keys and messages: signatures made by one verify with the other, encryption in one
    /// decrypts in the other, ECDH secrets agree, and keys move both ways through PKCS#1, PKCS#8 and SPKI.
    /// </summary>
    public class PublicKeyDifferentialTests
    {
        private static readonly Random Seeded = new Random(20240611);

        private static byte[] RandomBytes(int length)
        {
            byte[] bytes = new byte[length];
            Seeded.NextBytes(bytes);
            return bytes;
        }

        private static byte[] ExportPrivate(EncoKey key, int format)
        {
            byte[] buffer = new byte[EncoKeyFormat.MaxDerSize];
            return buffer.AsSpan(0, key.ExportPrivate(format, buffer, 0)).ToArray();
        }

        private static byte[] ExportPublic(EncoKey key, int format)
        {
            byte[] buffer = new byte[EncoKeyFormat.MaxDerSize];
            return buffer.AsSpan(0, key.ExportPublic(format, buffer, 0)).ToArray();
        }

        [Theory]
        [InlineData(EncoKeyType.EcP256, "nistP256", 32, 100)]
        [InlineData(EncoKeyType.EcP384, "nistP384", 48, 100)]
        public void EcdsaAgreesWithDotNet(int type, string curveName, int size, int keys)
        {
            ECCurve curve = ECCurve.CreateFromFriendlyName(curveName);
            int hash = size == 32 ? EncoHashAlgorithm.Sha256 : EncoHashAlgorithm.Sha384;
            byte[] signature = new byte[Router.Enco.Ecdsa.MaxSignatureSize];

            for (int i = 0; i < keys; i++)
            {
                using ECDsa theirs = ECDsa.Create(curve);
                byte[] digest = RandomBytes(size);

                // Their key into ours (PKCS#8 and raw d give the same public key as theirs).
                ECParameters parameters = theirs.ExportParameters(true);
                using EncoKey fromPkcs8 = EncoKey.Import(type, 0, EncoKeyFormat.PrivatePkcs8, theirs.ExportPkcs8PrivateKey(), 0, theirs.ExportPkcs8PrivateKey().Length);
                using EncoKey fromRaw = EncoKey.Import(type, 0, EncoKeyFormat.PrivateRaw, parameters.D, 0, parameters.D.Length);
                Assert.Equal(theirs.ExportSubjectPublicKeyInfo(), ExportPublic(fromPkcs8, EncoKeyFormat.PublicSpki));
                Assert.Equal(ExportPublic(fromPkcs8, EncoKeyFormat.PublicRaw), ExportPublic(fromRaw, EncoKeyFormat.PublicRaw));

                // Ours signs (DER and raw), theirs verifies.
                int der = Router.Enco.Ecdsa.Sign(fromPkcs8, hash, digest, 0, size, Router.Enco.Ecdsa.Der, signature, 0);
                Assert.True(theirs.VerifyHash(digest, signature.AsSpan(0, der), DSASignatureFormat.Rfc3279DerSequence));
                int raw = Router.Enco.Ecdsa.Sign(fromRaw, hash, digest, 0, size, Router.Enco.Ecdsa.Raw, signature, 0);
                Assert.True(theirs.VerifyHash(digest, signature.AsSpan(0, raw), DSASignatureFormat.IeeeP1363FixedFieldConcatenation));

                // Theirs signs, ours verifies with their SPKI; a changed digest fails in both.
                byte[] spki = theirs.ExportSubjectPublicKeyInfo();
                byte[] theirDer = theirs.SignHash(digest, DSASignatureFormat.Rfc3279DerSequence);
                byte[] theirRaw = theirs.SignHash(digest, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
                Assert.True(Router.Enco.Ecdsa.Verify(type, spki, 0, spki.Length, EncoKeyFormat.PublicSpki, digest, 0, size, Router.Enco.Ecdsa.Der, theirDer, 0, theirDer.Length));
                Assert.True(Router.Enco.Ecdsa.Verify(type, spki, 0, spki.Length, EncoKeyFormat.PublicSpki, digest, 0, size, Router.Enco.Ecdsa.Raw, theirRaw, 0, theirRaw.Length));
                digest[i % size] ^= 1;
                Assert.False(Router.Enco.Ecdsa.Verify(type, spki, 0, spki.Length, EncoKeyFormat.PublicSpki, digest, 0, size, Router.Enco.Ecdsa.Der, theirDer, 0, theirDer.Length));

                // Our generated key into theirs.
                using EncoKey ours = EncoKey.Generate(type, 0);
                using ECDsa imported = ECDsa.Create();
                imported.ImportPkcs8PrivateKey(ExportPrivate(ours, EncoKeyFormat.PrivatePkcs8), out _);
                Assert.Equal(ExportPublic(ours, EncoKeyFormat.PublicSpki), imported.ExportSubjectPublicKeyInfo());
                der = Router.Enco.Ecdsa.Sign(ours, hash, digest, 0, size, Router.Enco.Ecdsa.Der, signature, 0);
                Assert.True(imported.VerifyHash(digest, signature.AsSpan(0, der), DSASignatureFormat.Rfc3279DerSequence));
            }
        }

        [Theory]
        [InlineData(EncoKeyType.EcP256, "nistP256", 100)]
        [InlineData(EncoKeyType.EcP384, "nistP384", 100)]
        public void EcdhAgreesWithDotNet(int type, string curveName, int keys)
        {
            ECCurve curve = ECCurve.CreateFromFriendlyName(curveName);
            for (int i = 0; i < keys; i++)
            {
                using ECDiffieHellman theirs = ECDiffieHellman.Create(curve);
                using EncoKey ours = EncoKey.Generate(type, 0);
                byte[] ourSpki = ExportPublic(ours, EncoKeyFormat.PublicSpki);
                byte[] theirSpki = theirs.ExportSubjectPublicKeyInfo();
                byte[] secret = new byte[KeyAgreement.SecretSize(ours)];

                using ECDiffieHellman ourPublic = ECDiffieHellman.Create();
                ourPublic.ImportSubjectPublicKeyInfo(ourSpki, out _);
                byte[] expected = theirs.DeriveRawSecretAgreement(ourPublic.PublicKey);

                Assert.Equal(secret.Length, KeyAgreement.Agree(ours, EncoKeyFormat.PublicSpki, theirSpki, 0, theirSpki.Length, secret, 0));
                Assert.Equal(expected, secret);
            }
        }

        [Fact]
        public void RsaSignaturesAgreeWithDotNet()
        {
            byte[] signature = new byte[512];
            int messages = 0;
            foreach (int bits in new[] { 1024, 2048, 2048, 2048, 3072, 4096 })
            {
                for (int k = 0; k < 4; k++)
                {
                    using RSA theirs = RSA.Create(bits);
                    byte[] pkcs1 = theirs.ExportRSAPrivateKey();
                    using EncoKey ours = EncoKey.Import(EncoKeyType.Rsa, 0, EncoKeyFormat.PrivatePkcs1, pkcs1, 0, pkcs1.Length);
                    byte[] spki = theirs.ExportSubjectPublicKeyInfo();
                    Assert.Equal(spki, ExportPublic(ours, EncoKeyFormat.PublicSpki));
                    Assert.Equal(theirs.ExportRSAPublicKey(), ExportPublic(ours, EncoKeyFormat.PublicRaw));

                    for (int m = 0; m < 4; m++, messages++)
                    {
                        bool sha384 = m % 2 == 1;
                        int hash = sha384 ? EncoHashAlgorithm.Sha384 : EncoHashAlgorithm.Sha256;
                        HashAlgorithmName name = sha384 ? HashAlgorithmName.SHA384 : HashAlgorithmName.SHA256;
                        byte[] digest = RandomBytes(sha384 ? 48 : 32);

                        // PKCS#1 v1.5 is deterministic: byte for byte the same signature.
                        int length = Rsa.Sign(ours, Rsa.Pkcs1V15, hash, digest, 0, digest.Length, signature, 0);
                        Assert.Equal(theirs.SignHash(digest, name, RSASignaturePadding.Pkcs1), signature.AsSpan(0, length).ToArray());

                        length = Rsa.Sign(ours, Rsa.Pss, hash, digest, 0, digest.Length, signature, 0);
                        Assert.True(theirs.VerifyHash(digest, signature.AsSpan(0, length).ToArray(), name, RSASignaturePadding.Pss));

                        byte[] theirPss = theirs.SignHash(digest, name, RSASignaturePadding.Pss);
                        Assert.True(Rsa.Verify(spki, 0, spki.Length, EncoKeyFormat.PublicSpki, Rsa.Pss, hash, digest, 0, digest.Length, theirPss, 0, theirPss.Length));
                        Assert.False(Rsa.Verify(spki, 0, spki.Length, EncoKeyFormat.PublicSpki, Rsa.Pkcs1V15, hash, digest, 0, digest.Length, theirPss, 0, theirPss.Length));
                    }
                }
            }

            Assert.Equal(96, messages);
        }

        [Fact]
        public void RsaEncryptionAgreesWithDotNet()
        {
            byte[] ciphertext = new byte[512];
            byte[] plaintext = new byte[512];
            for (int k = 0; k < 12; k++)
            {
                int bits = k % 3 == 0 ? 1024 : 2048;
                using RSA theirs = RSA.Create(bits);
                byte[] pkcs8 = theirs.ExportPkcs8PrivateKey();
                using EncoKey ours = EncoKey.Import(EncoKeyType.Rsa, 0, EncoKeyFormat.PrivatePkcs8, pkcs8, 0, pkcs8.Length);
                byte[] publicKey = theirs.ExportRSAPublicKey();

                for (int m = 0; m < 10; m++)
                {
                    byte[] message = RandomBytes(1 + (m * 13) % (bits / 8 - 11));

                    byte[] theirCiphertext = theirs.Encrypt(message, RSAEncryptionPadding.Pkcs1);
                    Rsa.DecryptImplicit(ours, theirCiphertext, 0, theirCiphertext.Length, plaintext, 0, message.Length);
                    Assert.Equal(message, plaintext.AsSpan(0, message.Length).ToArray());

                    int length = Rsa.Encrypt(publicKey, 0, publicKey.Length, EncoKeyFormat.PublicRaw, message, 0, message.Length, ciphertext, 0);
                    Assert.Equal(message, theirs.Decrypt(ciphertext.AsSpan(0, length).ToArray(), RSAEncryptionPadding.Pkcs1));
                }
            }
        }

        /// <summary>Keys generated by the engine at every size load into .NET from PKCS#1 and PKCS#8.</summary>
        [Theory]
        [InlineData(1024)]
        [InlineData(2048)]
        [InlineData(3072)]
        [InlineData(4096)]
        public void GeneratedRsaKeysLoadIntoDotNet(int bits)
        {
            using EncoKey ours = EncoKey.Generate(EncoKeyType.Rsa, bits);
            using RSA fromPkcs1 = RSA.Create();
            using RSA fromPkcs8 = RSA.Create();
            fromPkcs1.ImportRSAPrivateKey(ExportPrivate(ours, EncoKeyFormat.PrivatePkcs1), out _);
            fromPkcs8.ImportPkcs8PrivateKey(ExportPrivate(ours, EncoKeyFormat.PrivatePkcs8), out _);
            Assert.Equal(bits, fromPkcs1.KeySize);
            Assert.Equal(ExportPublic(ours, EncoKeyFormat.PublicSpki), fromPkcs8.ExportSubjectPublicKeyInfo());
            Assert.Equal(new byte[] { 1, 0, 1 }, fromPkcs1.ExportParameters(false).Exponent);

            byte[] digest = RandomBytes(32);
            byte[] signature = new byte[bits / 8];
            Rsa.Sign(ours, Rsa.Pss, EncoHashAlgorithm.Sha256, digest, 0, 32, signature, 0);
            Assert.True(fromPkcs8.VerifyHash(digest, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pss));

            // The blob the key store persists comes back as the same key.
            byte[] blob = new byte[ours.BlobLength];
            ours.CopyBlobTo(blob, 0);
            using EncoKey restored = EncoKey.FromBlob(blob, 0, blob.Length);
            Assert.Equal(ExportPrivate(ours, EncoKeyFormat.PrivatePkcs1), ExportPrivate(restored, EncoKeyFormat.PrivatePkcs1));
        }
    }
}
