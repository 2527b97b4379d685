using nanoFramework.TestFramework;

namespace Router.Enco.Tests
{
    /// <summary>SHA-1, SHA-384, SHA-512 (FIPS 180-4 examples) and MD5 (RFC 1321 A.5) through <see cref="EncoHash"/>.</summary>
    [TestClass]
    public class HashKnownAnswerTests
    {
        [TestMethod]
        [DataRow(EncoHashAlgorithm.Sha1, "abc", "a9993e364706816aba3e25717850c26c9cd0d89d")]
        [DataRow(EncoHashAlgorithm.Sha1, "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1")]
        [DataRow(EncoHashAlgorithm.Sha384, "abc", "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7")]
        [DataRow(EncoHashAlgorithm.Sha512, "abc", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")]
        [DataRow(EncoHashAlgorithm.Md5, "", "d41d8cd98f00b204e9800998ecf8427e")]
        [DataRow(EncoHashAlgorithm.Md5, "message digest", "f96b697d7cb7938d525a2f31aaf161d0")]
        public void OneShotAndIncrementalMatchTheStandards(int algorithm, string message, string expectedHex)
        {
            byte[] data = Hex.Ascii(message);
            byte[] expected = Hex.Decode(expectedHex);
            byte[] digest = new byte[expected.Length];

            EncoHash.Hash(algorithm, data, 0, data.Length, digest, 0);
            Assert.Equal(expected, digest);

            EncoHash hash = new EncoHash(algorithm);
            Assert.AreEqual(expected.Length, hash.HashSize);
            hash.Update(data, 0, data.Length / 2);
            hash.Update(data, data.Length / 2, data.Length - data.Length / 2);
            hash.Finish(digest, 0);
            Assert.Equal(expected, digest);
            hash.Dispose();
        }

        [TestMethod]
        public void UnknownAlgorithmIsRefused()
        {
            Assert.AreEqual(EncoStatus.Unsupported, Refusal.CodeOf(() => new EncoHash(9)));
        }
    }
}
