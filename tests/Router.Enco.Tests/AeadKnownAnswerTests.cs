using nanoFramework.TestFramework;

namespace Router.Enco.Tests
{
    /// <summary>
    /// AES-GCM (the GCM specification's test case 4) and ChaCha20-Poly1305 (RFC 8439 section 2.8.2) through
    /// <see cref="Aead"/>; a forged record is refused without writing plaintext.
    /// </summary>
    [TestClass]
    public class AeadKnownAnswerTests
    {
        private const string GcmPlaintext = "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39";
        private const string GcmRecord = "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091" +
            "5bc94fbc3221a5db94fae95ae7121a47";

        [TestMethod]
        public void GcmMatchesTestCase4()
        {
            byte[] key = Hex.Decode("feffe9928665731c6d6a8f9467308308");
            byte[] nonce = Hex.Decode("cafebabefacedbaddecaf888");
            byte[] aad = Hex.Decode("feedfacedeadbeeffeedfacedeadbeefabaddad2");
            byte[] plain = Hex.Decode(GcmPlaintext);
            byte[] record = new byte[plain.Length + Aead.TagSize];
            byte[] opened = new byte[plain.Length];
            Aead gcm = new Aead(EncoAeadAlgorithm.AesGcm, key, 0, key.Length);

            gcm.Seal(nonce, 0, 12, aad, 0, aad.Length, plain, 0, plain.Length, record, 0);
            Assert.Equal(Hex.Decode(GcmRecord), record);
            Assert.IsTrue(gcm.Open(nonce, 0, 12, aad, 0, aad.Length, record, 0, record.Length, opened, 0));
            Assert.Equal(plain, opened);
            gcm.Dispose();
        }

        [TestMethod]
        public void ChaCha20Poly1305MatchesRfc8439()
        {
            byte[] key = Hex.Decode("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f");
            byte[] nonce = Hex.Decode("070000004041424344454647");
            byte[] aad = Hex.Decode("50515253c0c1c2c3c4c5c6c7");
            byte[] plain = Hex.Ascii("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.");
            byte[] record = new byte[plain.Length + Aead.TagSize];
            Aead aead = new Aead(EncoAeadAlgorithm.ChaCha20Poly1305, key, 0, key.Length);

            aead.Seal(nonce, 0, 12, aad, 0, aad.Length, plain, 0, plain.Length, record, 0);

            Assert.Equal(Hex.Decode("d31a8d34648e60db7b86afbc53ef7ec2"), Refusal.Slice(record, 0, 16));
            Assert.Equal(Hex.Decode("1ae10b594f09e26a7e902ecbd0600691"), Refusal.Slice(record, plain.Length, 16));
        }

        [TestMethod]
        [DataRow(EncoAeadAlgorithm.AesGcm)]
        [DataRow(EncoAeadAlgorithm.ChaCha20Poly1305)]
        public void ForgedRecordWritesNothing(int algorithm)
        {
            byte[] key = new byte[32];
            byte[] nonce = new byte[12];
            byte[] plain = Hex.Ascii("GET /status HTTP/1.1");
            byte[] record = new byte[plain.Length + Aead.TagSize];
            byte[] opened = new byte[plain.Length];
            Aead aead = new Aead(algorithm, key, 0, 32);

            aead.Seal(nonce, 0, 12, nonce, 0, 0, plain, 0, plain.Length, record, 0);
            record[3] ^= 0x80;

            Assert.IsFalse(aead.Open(nonce, 0, 12, nonce, 0, 0, record, 0, record.Length, opened, 0));
            Assert.Equal(new byte[plain.Length], opened);
            Assert.IsFalse(aead.Open(nonce, 0, 12, nonce, 0, 0, record, 0, 15, opened, 0));
        }

        [TestMethod]
        public void OnlyTwelveByteNoncesAreTaken()
        {
            byte[] key = new byte[16];
            byte[] nonce = new byte[16];
            byte[] output = new byte[32];
            Aead gcm = new Aead(EncoAeadAlgorithm.AesGcm, key, 0, 16);

            Assert.AreEqual(EncoStatus.BadNonce, Refusal.CodeOf(() => gcm.Seal(nonce, 0, 16, nonce, 0, 0, key, 0, 16, output, 0)));
            Assert.AreEqual(EncoStatus.BadNonce, Refusal.CodeOf(() => gcm.Seal(nonce, 0, 8, nonce, 0, 0, key, 0, 16, output, 0)));
            Assert.AreEqual(EncoStatus.BadKey, Refusal.CodeOf(() => new Aead(EncoAeadAlgorithm.ChaCha20Poly1305, key, 0, 16)));
        }

        [TestMethod]
        public void PreferenceNamesBothAlgorithms()
        {
            int first = EncoAeadAlgorithm.Preferred(0);
            int second = EncoAeadAlgorithm.Preferred(1);
            Assert.AreNotEqual(first, second);
            Assert.IsTrue(first == EncoAeadAlgorithm.AesGcm || first == EncoAeadAlgorithm.ChaCha20Poly1305);
            Assert.IsTrue(second == EncoAeadAlgorithm.AesGcm || second == EncoAeadAlgorithm.ChaCha20Poly1305);
            Assert.AreEqual(EncoStatus.Unsupported, Refusal.CodeOf(() => EncoAeadAlgorithm.Preferred(2)));
        }
    }
}
