using nanoFramework.TestFramework;

namespace Router.Enco.Tests
{
    /// <summary>
    /// Round trips through the public-key facade on generated keys: RSA and ECDSA signatures,
    /// RSA encryption with both decryptions, key agreement for every key type, key export and
    /// re-import. RSA keys are 1024 bits here, to keep the device run short.
    /// </summary>
    [TestClass]
    public class PublicKeyRoundTripTests
    {
        [TestMethod]
        [DataRow(1, 1, 32)] // PKCS#1 v1.5, SHA-256
        [DataRow(1, 3, 48)] // PKCS#1 v1.5, SHA-384
        [DataRow(1, 0, 36)] // PKCS#1 v1.5 without DigestInfo (IKEv1)
        [DataRow(2, 1, 32)] // PSS, SHA-256
        [DataRow(2, 3, 48)] // PSS, SHA-384
        public void RsaSignaturesVerify(int padding, int hash, int digestSize)
        {
            EncoKey key = EncoKey.Generate(EncoKeyType.Rsa, 1024);
            byte[] spki = new byte[300];
            byte[] digest = new byte[digestSize];
            byte[] signature = new byte[140];
            int spkiLength = key.ExportPublic(EncoKeyFormat.PublicSpki, spki, 0);
            digest[0] = 0x5A;

            Assert.AreEqual(128, Rsa.ModulusSize(key));
            Assert.AreEqual(128, Rsa.Sign(key, padding, hash, digest, 0, digestSize, signature, 4));
            Assert.IsTrue(Rsa.Verify(spki, 0, spkiLength, EncoKeyFormat.PublicSpki, padding, hash, digest, 0, digestSize, signature, 4, 128));

            signature[40] ^= 1;
            Assert.IsFalse(Rsa.Verify(spki, 0, spkiLength, EncoKeyFormat.PublicSpki, padding, hash, digest, 0, digestSize, signature, 4, 128));
            key.Dispose();
        }

        [TestMethod]
        public void RsaEncryptionRoundTrips()
        {
            EncoKey key = EncoKey.Generate(EncoKeyType.Rsa, 1024);
            byte[] publicKey = new byte[200];
            byte[] message = Hex.Ascii("a premaster secret of 48 bytes, for the record.!");
            byte[] ciphertext = new byte[128];
            byte[] output = new byte[128];
            int publicLength = key.ExportPublic(EncoKeyFormat.PublicRaw, publicKey, 0);

            Assert.AreEqual(48, message.Length);
            Assert.AreEqual(128, Rsa.Encrypt(publicKey, 0, publicLength, EncoKeyFormat.PublicRaw, message, 0, 48, ciphertext, 0));
            Assert.AreEqual(48, Rsa.DecryptExplicit(key, ciphertext, 0, 128, output, 0));
            Assert.Equal(message, Refusal.Slice(output, 0, 48));

            Rsa.DecryptImplicit(key, ciphertext, 0, 128, output, 10, 48);
            Assert.Equal(message, Refusal.Slice(output, 10, 48));

            // Tampered: the explicit API reports it, the implicit one answers stable bytes.
            ciphertext[100] ^= 0x40;
            Assert.AreEqual(EncoStatus.DecryptFailed, Refusal.CodeOf(() => Rsa.DecryptExplicit(key, ciphertext, 0, 128, output, 0)));
            byte[] first = new byte[48];
            byte[] second = new byte[48];
            Rsa.DecryptImplicit(key, ciphertext, 0, 128, first, 0, 48);
            Rsa.DecryptImplicit(key, ciphertext, 0, 128, second, 0, 48);
            Assert.Equal(first, second);
            Assert.NotEqual(message, first);
        }

        [TestMethod]
        [DataRow(2, 1, 32)]
        [DataRow(3, 3, 48)]
        public void EcdsaSignaturesVerify(int type, int hash, int size)
        {
            EncoKey key = EncoKey.Generate(type, 0);
            byte[] spki = new byte[160];
            byte[] digest = new byte[size];
            byte[] signature = new byte[Ecdsa.MaxSignatureSize];
            int spkiLength = key.ExportPublic(EncoKeyFormat.PublicSpki, spki, 0);
            digest[size - 1] = 7;

            int derLength = Ecdsa.Sign(key, hash, digest, 0, size, Ecdsa.Der, signature, 0);
            Assert.IsTrue(Ecdsa.Verify(type, spki, 0, spkiLength, EncoKeyFormat.PublicSpki, digest, 0, size, Ecdsa.Der, signature, 0, derLength));
            Assert.AreEqual(2 * size, Ecdsa.Sign(key, hash, digest, 0, size, Ecdsa.Raw, signature, 0));
            Assert.IsTrue(Ecdsa.Verify(type, spki, 0, spkiLength, EncoKeyFormat.PublicSpki, digest, 0, size, Ecdsa.Raw, signature, 0, 2 * size));

            digest[0] ^= 1;
            Assert.IsFalse(Ecdsa.Verify(type, spki, 0, spkiLength, EncoKeyFormat.PublicSpki, digest, 0, size, Ecdsa.Raw, signature, 0, 2 * size));
        }

        [TestMethod]
        [DataRow(2, 0, 65)]
        [DataRow(3, 0, 97)]
        [DataRow(4, 0, 32)]
        [DataRow(5, 2, 128)]
        [DataRow(5, 14, 256)]
        public void KeyAgreementMatchesOnBothSides(int type, int parameter, int publicSize)
        {
            EncoKey a = EncoKey.Generate(type, parameter);
            EncoKey b = EncoKey.Generate(type, parameter);
            byte[] aPublic = new byte[publicSize];
            byte[] bPublic = new byte[publicSize];
            int size = KeyAgreement.SecretSize(a);
            byte[] s1 = new byte[size];
            byte[] s2 = new byte[size];

            Assert.AreEqual(publicSize, a.ExportPublic(EncoKeyFormat.PublicRaw, aPublic, 0));
            Assert.AreEqual(publicSize, b.ExportPublic(EncoKeyFormat.PublicRaw, bPublic, 0));
            Assert.AreEqual(size, KeyAgreement.Agree(a, EncoKeyFormat.PublicRaw, bPublic, 0, publicSize, s1, 0));
            Assert.AreEqual(size, KeyAgreement.Agree(b, EncoKeyFormat.PublicRaw, aPublic, 0, publicSize, s2, 0));
            Assert.Equal(s1, s2);
        }
    }
}
