using nanoFramework.TestFramework;

namespace Router.Enco.Tests
{
    /// <summary>HMAC through <see cref="Hmac"/>: RFC 4231 (SHA-2) and RFC 2202 (SHA-1, MD5) test cases 1 and 2.</summary>
    [TestClass]
    public class HmacKnownAnswerTests
    {
        private const string Case1Key = "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b";

        [TestMethod]
        [DataRow(EncoHashAlgorithm.Sha256, Case1Key, "Hi There", "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")]
        [DataRow(EncoHashAlgorithm.Sha384, Case1Key, "Hi There", "afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6")]
        [DataRow(EncoHashAlgorithm.Sha512, "4a656665", "what do ya want for nothing?", "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737")]
        [DataRow(EncoHashAlgorithm.Sha1, Case1Key, "Hi There", "b617318655057264e28bc0b6fb378c8ef146be00")]
        [DataRow(EncoHashAlgorithm.Md5, "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "Hi There", "9294727a3638bb1c13f48ef8158bfc9d")]
        public void OneShotAndKeyedMatchTheRfcs(int hash, string keyHex, string message, string expectedHex)
        {
            byte[] key = Hex.Decode(keyHex);
            byte[] data = Hex.Ascii(message);
            byte[] expected = Hex.Decode(expectedHex);
            byte[] mac = new byte[expected.Length];

            Hmac.Compute(hash, key, 0, key.Length, data, 0, data.Length, mac, 0);
            Assert.Equal(expected, mac);

            // Keyed once, then two messages in a row.
            Hmac hmac = new Hmac(hash, key, 0, key.Length);
            for (int round = 0; round < 2; round++)
            {
                hmac.Update(data, 0, 3);
                hmac.Update(data, 3, data.Length - 3);
                hmac.Finish(mac, 0);
                Assert.Equal(expected, mac);
            }

            hmac.Dispose();
        }

        [TestMethod]
        public void FinishAndVerifyComparesTruncatedTags()
        {
            // RFC 4231 test case 1, HMAC-SHA-256 truncated to 128 bits (as in ESP's HMAC-SHA-256-128).
            byte[] key = Hex.Decode(Case1Key);
            byte[] data = Hex.Ascii("Hi There");
            byte[] tag = Hex.Decode("b0344c61d8db38535ca8afceaf0bf12b");
            Hmac hmac = new Hmac(EncoHashAlgorithm.Sha256, key, 0, key.Length);

            hmac.Update(data, 0, data.Length);
            Assert.IsTrue(hmac.FinishAndVerify(tag, 0, 16));

            tag[15] ^= 1;
            hmac.Update(data, 0, data.Length);
            Assert.IsFalse(hmac.FinishAndVerify(tag, 0, 16));
            Assert.AreEqual(EncoStatus.BadLength, Refusal.CodeOf(() => hmac.FinishAndVerify(tag, 0, 0)));
        }

        [TestMethod]
        public void ContextInASliceOfAChannelBuffer()
        {
            byte[] channel = new byte[5 + Hmac.ContextSize + 1];
            channel[channel.Length - 1] = 0x5A;
            byte[] key = Hex.Decode(Case1Key);
            byte[] data = Hex.Ascii("Hi There");
            byte[] mac = new byte[32];

            Hmac hmac = new Hmac(EncoHashAlgorithm.Sha256, key, 0, key.Length, channel, 5);
            hmac.Update(data, 0, data.Length);
            hmac.Finish(mac, 0);

            Assert.Equal(Hex.Decode("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"), mac);
            Assert.AreEqual((byte)0x5A, channel[channel.Length - 1]);
            Assert.AreEqual(EncoStatus.BufferTooSmall, Refusal.CodeOf(() => new Hmac(EncoHashAlgorithm.Sha256, key, 0, 20, channel, 7)));
        }
    }
}
