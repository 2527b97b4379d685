using nanoFramework.TestFramework;

namespace Router.Enco.Tests
{
    /// <summary>AES (NIST SP 800-38A appendix F), DES (FIPS 81) and 3DES through <see cref="BlockCipher"/>.</summary>
    [TestClass]
    public class BlockCipherKnownAnswerTests
    {
        private const string Aes128Key = "2b7e151628aed2a6abf7158809cf4f3c";
        private const string Plaintext = "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51";

        [TestMethod]
        public void AesEcbMatchesF11()
        {
            byte[] key = Hex.Decode(Aes128Key);
            byte[] plain = Hex.Decode(Plaintext);
            byte[] output = new byte[32];
            BlockCipher aes = new BlockCipher(EncoCipherAlgorithm.Aes, key, 0, key.Length);

            aes.EncryptEcb(plain, 0, 32, output, 0);
            Assert.Equal(Hex.Decode("3ad77bb40d7a3660a89ecaf32466ef97f5d3d58503b9699de785895a96fdbaaf"), output);
            aes.DecryptEcb(output, 0, 32, output, 0);
            Assert.Equal(plain, output);
            aes.Dispose();
        }

        [TestMethod]
        public void AesCbcMatchesF21()
        {
            byte[] key = Hex.Decode(Aes128Key);
            byte[] iv = Hex.Decode("000102030405060708090a0b0c0d0e0f");
            byte[] plain = Hex.Decode(Plaintext);
            byte[] output = new byte[32];
            BlockCipher aes = new BlockCipher(EncoCipherAlgorithm.Aes, key, 0, key.Length);

            aes.EncryptCbc(iv, 0, plain, 0, 32, output, 0);
            Assert.Equal(Hex.Decode("7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2"), output);
            aes.DecryptCbc(iv, 0, output, 0, 32, output, 0);
            Assert.Equal(plain, output);
            Assert.AreEqual(EncoStatus.BlockSize, Refusal.CodeOf(() => aes.EncryptCbc(iv, 0, plain, 0, 17, output, 0)));
        }

        [TestMethod]
        public void AesCtrMatchesF51()
        {
            byte[] key = Hex.Decode(Aes128Key);
            byte[] counter = Hex.Decode("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff");
            byte[] plain = Hex.Decode(Plaintext);
            byte[] output = new byte[32];
            BlockCipher aes = new BlockCipher(EncoCipherAlgorithm.Aes, key, 0, key.Length);

            aes.TransformCtr(counter, 0, plain, 0, 32, output, 0);
            Assert.Equal(Hex.Decode("874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff"), output);
        }

        [TestMethod]
        public void DesMatchesFips81()
        {
            byte[] key = Hex.Decode("0123456789abcdef");
            byte[] iv = Hex.Decode("1234567890abcdef");
            byte[] plain = Hex.Ascii("Now is the time for all ");
            byte[] output = new byte[24];
            BlockCipher des = new BlockCipher(EncoCipherAlgorithm.Des, key, 0, key.Length);

            Assert.AreEqual(8, des.BlockSize);
            des.EncryptEcb(plain, 0, 24, output, 0);
            Assert.Equal(Hex.Decode("3fa40e8a984d48156a271787ab8883f9893d51ec4b563b53"), output);
            des.EncryptCbc(iv, 0, plain, 0, 24, output, 0);
            Assert.Equal(Hex.Decode("e5c7cdde872bf27c43e934008c389c0f683788499a7c05f6"), output);
        }

        [TestMethod]
        public void TripleDesThreeKeyCbc()
        {
            byte[] key = Hex.Decode("0123456789abcdef23456789abcdef01456789abcdef0123");
            byte[] iv = Hex.Decode("1234567890abcdef");
            byte[] plain = Hex.Ascii("Now is the time for all ");
            byte[] output = new byte[24];
            BlockCipher des3 = new BlockCipher(EncoCipherAlgorithm.TripleDes, key, 0, key.Length);

            des3.EncryptCbc(iv, 0, plain, 0, 24, output, 0);
            Assert.Equal(Hex.Decode("f3c0ff026c023089656fbb169def7edb30ba36075d6f0176"), output);
            des3.DecryptCbc(iv, 0, output, 0, 24, output, 0);
            Assert.Equal(plain, output);
        }

        [TestMethod]
        public void WrongKeyLengthsAreRefused()
        {
            byte[] key = new byte[32];
            Assert.AreEqual(EncoStatus.BadKey, Refusal.CodeOf(() => new BlockCipher(EncoCipherAlgorithm.Aes, key, 0, 20)));
            Assert.AreEqual(EncoStatus.BadKey, Refusal.CodeOf(() => new BlockCipher(EncoCipherAlgorithm.Des, key, 0, 16)));
            Assert.AreEqual(EncoStatus.BadKey, Refusal.CodeOf(() => new BlockCipher(EncoCipherAlgorithm.TripleDes, key, 0, 8)));
        }
    }
}
