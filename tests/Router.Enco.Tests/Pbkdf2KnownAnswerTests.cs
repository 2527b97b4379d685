using nanoFramework.TestFramework;

namespace Router.Enco.Tests
{
    /// <summary>
    /// PBKDF2-HMAC-SHA256 through the facade, the native declaration and the engine of the board the
    /// tests run on: RFC 7914 section 11's vectors, RFC 6070's inputs with SHA-256, RFC 6070's SHA-1
    /// vector, and the refusals the facade and the engine share.
    /// </summary>
    [TestClass]
    public class Pbkdf2KnownAnswerTests
    {
        [TestMethod]
        [DataRow("passwd", "salt", 1,
            "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783")]
        [DataRow("Password", "NaCl", 80000,
            "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d")]
        public void MatchesRfc7914Section11(string password, string salt, int iterations, string expectedHex)
        {
            AssertDerives(EncoHashAlgorithm.Sha256, password, salt, iterations, expectedHex);
        }

        [TestMethod]
        [DataRow("password", "salt", 1, "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b")]
        [DataRow("password", "salt", 2, "ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43")]
        [DataRow("password", "salt", 4096, "c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a")]
        [DataRow("passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096,
            "348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9")]
        public void MatchesRfc6070InputsWithSha256(string password, string salt, int iterations, string expectedHex)
        {
            AssertDerives(EncoHashAlgorithm.Sha256, password, salt, iterations, expectedHex);
        }

        [TestMethod]
        public void MatchesRfc6070WithSha1()
        {
            AssertDerives(EncoHashAlgorithm.Sha1, "password", "salt", 4096, "4b007901b765489abead49d926f721d065a429c1");
        }

        [TestMethod]
        public void EmbeddedZerosAndOffsetsAreHonoured()
        {
            // RFC 6070's "pass\0word" / "sa\0lt" case, each inside a larger buffer.
            byte[] password = Hex.Decode("ff" + "7061737300776f7264" + "ff");
            byte[] salt = Hex.Decode("ffff" + "7361006c74");
            byte[] output = new byte[20];
            Pbkdf2.DeriveKey(EncoHashAlgorithm.Sha256, password, 1, 9, salt, 2, 5, 4096, output, 2, 16);

            byte[] expected = Hex.Decode("000089b69d0516f829893c696226650a86870000");
            Assert.Equal(expected, output);
        }

        [TestMethod]
        public void RefusalsCarryTheEngineCodes()
        {
            byte[] password = Hex.Ascii("password");
            byte[] salt = Hex.Ascii("salt");
            byte[] output = new byte[Pbkdf2.MaxOutput + 1];

            Assert.Equal(EncoStatus.Limit, CodeOf(EncoHashAlgorithm.Sha256, password, salt, 0, output, 32));
            Assert.Equal(EncoStatus.Limit, CodeOf(EncoHashAlgorithm.Sha256, password, salt, Pbkdf2.MaxIterations + 1, output, 32));
            Assert.Equal(EncoStatus.Limit, CodeOf(EncoHashAlgorithm.Sha256, password, salt, 1, output, Pbkdf2.MaxOutput + 1));
            Assert.Equal(EncoStatus.BadLength, CodeOf(EncoHashAlgorithm.Sha256, password, salt, 1, output, 0));
            Assert.Equal(EncoStatus.Unsupported, CodeOf(99, password, salt, 1, output, 32));
            Assert.Equal(EncoStatus.BadLength, CodeOf(EncoHashAlgorithm.Sha256, password, salt, 1, output, output.Length + 1));
            for (int i = 0; i < output.Length; i++)
            {
                Assert.Equal((byte)0, output[i], "a refused call writes nothing");
            }
        }

        private static int CodeOf(int hash, byte[] password, byte[] salt, int iterations, byte[] output, int count)
        {
            try
            {
                Pbkdf2.DeriveKey(hash, password, 0, password.Length, salt, 0, salt.Length, iterations, output, 0, count);
                return EncoStatus.Ok;
            }
            catch (EncoException e)
            {
                return e.Code;
            }
        }

        private static void AssertDerives(int hash, string password, string salt, int iterations, string expectedHex)
        {
            byte[] passwordBytes = Hex.Ascii(password);
            byte[] saltBytes = Hex.Ascii(salt);
            byte[] expected = Hex.Decode(expectedHex);
            byte[] output = new byte[expected.Length];

            Pbkdf2.DeriveKey(hash, passwordBytes, 0, passwordBytes.Length, saltBytes, 0, saltBytes.Length, iterations, output, 0, output.Length);

            Assert.Equal(expected, output);
        }
    }
}
