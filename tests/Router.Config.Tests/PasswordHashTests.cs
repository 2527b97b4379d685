using nanoFramework.TestFramework;
using Router.Config.Users;
using Router.Core;

namespace Router.Config.Tests
{
    /// <summary>Salted PBKDF2-HMAC-SHA256 password hashes: verification, the text form scripts carry, hostile input.</summary>
    [TestClass]
    public class PasswordHashTests
    {
        private static char[] Chars(string text)
        {
            return text.ToCharArray();
        }

        [TestMethod]
        public void VerifiesTheRightPasswordOnly()
        {
            PasswordHash hash = PasswordHash.Create(Chars("officer-pass"), 12, 1000);
            Assert.IsTrue(hash.Verify(Chars("officer-pass"), 12));
            Assert.IsFalse(hash.Verify(Chars("officer-pasS"), 12));
            Assert.IsFalse(hash.Verify(Chars("officer-pass!"), 13));
            Assert.IsFalse(hash.Verify(Chars("officer-pas"), 11));
        }

        [TestMethod]
        public void TwoHashesOfOnePasswordDifferByTheirSalt()
        {
            PasswordHash one = PasswordHash.Create(Chars("same-password"), 13, 1000);
            PasswordHash two = PasswordHash.Create(Chars("same-password"), 13, 1000);
            Assert.AreNotEqual(one.ToText(), two.ToText());
            Assert.IsFalse(one.SameAs(two));
        }

        [TestMethod]
        public void TheTextFormRoundTripsAndCarriesTheIterationCount()
        {
            PasswordHash hash = PasswordHash.Create(Chars("officer-pass"), 12, 1234);
            string text = hash.ToText();
            Assert.IsTrue(text.StartsWith("pbkdf2-sha256:1234:"));
            Assert.AreEqual(13 + 1 + 4 + 1 + 32 + 1 + 64, text.Length);

            PasswordHash back = PasswordHash.Parse(text);
            Assert.IsNotNull(back);
            Assert.AreEqual(1234, back.Iterations);
            Assert.IsTrue(back.SameAs(hash));
            Assert.IsTrue(back.Verify(Chars("officer-pass"), 12));
            Assert.AreEqual(text, PasswordHash.Parse(PasswordHash.Scheme + text.Substring(PasswordHash.Scheme.Length).ToUpper()).ToText(), "hex digits in either case");
        }

        [TestMethod]
        public void AKnownHashVerifies()
        {
            // PBKDF2-HMAC-SHA256("password", salt 00..0f, 1000 iterations, 32 bytes), from Python's hashlib.
            PasswordHash hash = PasswordHash.Parse("pbkdf2-sha256:1000:000102030405060708090a0b0c0d0e0f:"
                + "25eb86acc76e43018f18b9a8f90c2fed462d1c799e83d48ae3d7c69046a60b67");
            Assert.IsNotNull(hash);
            Assert.IsTrue(hash.Verify(Chars("password"), 8));
            Assert.IsFalse(hash.Verify(Chars("password!"), 9));
        }

        [TestMethod]
        [DataRow(null)]
        [DataRow("")]
        [DataRow("pbkdf2-sha1:1000:000102030405060708090a0b0c0d0e0f:00")]
        [DataRow("pbkdf2-sha256:999:000102030405060708090a0b0c0d0e0f:0000000000000000000000000000000000000000000000000000000000000000")]
        [DataRow("pbkdf2-sha256:200001:000102030405060708090a0b0c0d0e0f:0000000000000000000000000000000000000000000000000000000000000000")]
        [DataRow("pbkdf2-sha256:1000000000:000102030405060708090a0b0c0d0e0f:0000000000000000000000000000000000000000000000000000000000000000")]
        [DataRow("pbkdf2-sha256:+1000:000102030405060708090a0b0c0d0e0f:0000000000000000000000000000000000000000000000000000000000000000")]
        [DataRow("pbkdf2-sha256::000102030405060708090a0b0c0d0e0f:0000000000000000000000000000000000000000000000000000000000000000")]
        [DataRow("pbkdf2-sha256:1000:000102030405060708090a0b0c0d0e:0000000000000000000000000000000000000000000000000000000000000000")]
        [DataRow("pbkdf2-sha256:1000:000102030405060708090a0b0c0d0e0f:000000000000000000000000000000000000000000000000000000000000000")]
        [DataRow("pbkdf2-sha256:1000:000102030405060708090a0b0c0d0e0f:00000000000000000000000000000000000000000000000000000000000000000")]
        [DataRow("pbkdf2-sha256:1000:000102030405060708090a0b0c0d0e0g:0000000000000000000000000000000000000000000000000000000000000000")]
        [DataRow("pbkdf2-sha256:1000:000102030405060708090a0b0c0d0e0f;0000000000000000000000000000000000000000000000000000000000000000")]
        public void ParseRefusesWhatThisRouterDoesNotMake(string text)
        {
            Assert.IsNull(PasswordHash.Parse(text));
        }

        [TestMethod]
        public void TheBinaryFormRoundTripsAndRefusesAnIterationCountOutOfBounds()
        {
            PasswordHash hash = PasswordHash.Create(Chars("officer-pass"), 12, 1000);
            byte[] bytes = new byte[PasswordHash.EncodedSize];
            hash.WriteTo(bytes, 0);
            Assert.IsTrue(PasswordHash.ReadFrom(new ByteReader(bytes, 0, bytes.Length)).SameAs(hash));

            BigEndian.WriteUInt32(bytes, 0, 0xFFFFFFFF);
            Assert.IsNull(PasswordHash.ReadFrom(new ByteReader(bytes, 0, bytes.Length)));
            BigEndian.WriteUInt32(bytes, 0, 1);
            Assert.IsNull(PasswordHash.ReadFrom(new ByteReader(bytes, 0, bytes.Length)));
        }
    }
}
