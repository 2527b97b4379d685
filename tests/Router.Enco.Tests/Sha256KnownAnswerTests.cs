using nanoFramework.TestFramework;

namespace Router.Enco.Tests
{
    /// <summary>
    /// The SHA-256 examples of FIPS 180-4 (NIST "Examples with Intermediate Values"), through
    /// the facade, the native declarations and the engine of the board the tests run on.
    /// </summary>
    [TestClass]
    public class Sha256KnownAnswerTests
    {
        private const string MillionADigest = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";

        [TestMethod]
        [DataRow("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
        [DataRow("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
        [DataRow("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
        [DataRow("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")]
        public void OneShotMatchesFips180Examples(string message, string expectedHex)
        {
            byte[] data = Hex.Ascii(message);
            byte[] digest = new byte[Sha256.HashSize];

            Sha256.Hash(data, 0, data.Length, digest, 0);

            Assert.Equal(Hex.Decode(expectedHex), digest);
        }

        [TestMethod]
        [DataRow("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
        [DataRow("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
        [DataRow("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
        public void IncrementalMatchesFips180Examples(string message, string expectedHex)
        {
            byte[] data = Hex.Ascii(message);
            byte[] digest = new byte[Sha256.HashSize];
            Sha256 sha = new Sha256();

            sha.Update(data, 0, data.Length);
            sha.Finish(digest, 0);

            Assert.Equal(Hex.Decode(expectedHex), digest);
        }

        [TestMethod]
        public void OneMillionAStreamedInThousandByteBlocks()
        {
            byte[] block = new byte[1000];
            for (int i = 0; i < block.Length; i++)
            {
                block[i] = (byte)'a';
            }

            byte[] digest = new byte[Sha256.HashSize];
            Sha256 sha = new Sha256();
            for (int i = 0; i < 1000; i++)
            {
                sha.Update(block, 0, block.Length);
            }

            sha.Finish(digest, 0);

            Assert.Equal(Hex.Decode(MillionADigest), digest);
        }

        [TestMethod]
        public void DigestLandsAtTheOutputOffset()
        {
            byte[] data = Hex.Ascii("xxabcxx");
            byte[] output = new byte[Sha256.HashSize + 10];

            Sha256.Hash(data, 2, 3, output, 7);

            byte[] digest = new byte[Sha256.HashSize];
            System.Array.Copy(output, 7, digest, 0, Sha256.HashSize);
            Assert.Equal(Hex.Decode("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"), digest);
            Assert.AreEqual((byte)0, output[6]);
            Assert.AreEqual((byte)0, output[7 + Sha256.HashSize]);
        }
    }
}
