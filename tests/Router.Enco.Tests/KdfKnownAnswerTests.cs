using nanoFramework.TestFramework;

namespace Router.Enco.Tests
{
    /// <summary>HKDF (RFC 5869 A.1) and the TLS 1.2 PRF (P_SHA256; the vector OpenSSL and the TLS working group use).</summary>
    [TestClass]
    public class KdfKnownAnswerTests
    {
        [TestMethod]
        public void HkdfMatchesRfc5869CaseA1()
        {
            byte[] ikm = Hex.Decode("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
            byte[] salt = Hex.Decode("000102030405060708090a0b0c");
            byte[] info = Hex.Decode("f0f1f2f3f4f5f6f7f8f9");
            byte[] prk = new byte[32];
            byte[] okm = new byte[42];

            Hkdf.Extract(EncoHashAlgorithm.Sha256, salt, 0, salt.Length, ikm, 0, ikm.Length, prk, 0);
            Assert.Equal(Hex.Decode("077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5"), prk);

            Hkdf.Expand(EncoHashAlgorithm.Sha256, prk, 0, prk.Length, info, 0, info.Length, okm, 0, okm.Length);
            Assert.Equal(Hex.Decode("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"), okm);
        }

        [TestMethod]
        public void HkdfRefusesTooMuchOutput()
        {
            byte[] prk = new byte[32];
            byte[] okm = new byte[255 * 32 + 1];
            Assert.AreEqual(EncoStatus.Limit, Refusal.CodeOf(() =>
                Hkdf.Expand(EncoHashAlgorithm.Sha256, prk, 0, 32, prk, 0, 0, okm, 0, okm.Length)));
        }

        [TestMethod]
        public void Tls12PrfMatchesTheKnownSha256Vector()
        {
            byte[] secret = Hex.Decode("9bbe436ba940f017b17652849a71db35");
            byte[] label = Hex.Ascii("test label");
            byte[] seed = Hex.Decode("a0ba9f936cda311827a6f796ffd5198c");
            byte[] output = new byte[100];

            Tls12Prf.Derive(EncoHashAlgorithm.Sha256, secret, 0, secret.Length, label, 0, label.Length, seed, 0, seed.Length,
                output, 0, output.Length);

            Assert.Equal(Hex.Decode(
                "e3f229ba727be17b8d122620557cd453c2aab21d07c3d495329b52d4e61edb5a6b301791e90d35c9c9a46b4e14baf9af0fa022f7077def17abfd3797c0564bab" +
                "4fbc91666e9def9b97fce34f796789baa48082d122ee42c5a72e5a5110fff70187347b66"), output);
        }

        [TestMethod]
        public void Tls12PrfTakesOnlySha256AndSha384()
        {
            byte[] buffer = new byte[16];
            byte[] output = new byte[12];
            Assert.AreEqual(EncoStatus.Unsupported, Refusal.CodeOf(() =>
                Tls12Prf.Derive(EncoHashAlgorithm.Sha1, buffer, 0, 16, buffer, 0, 0, buffer, 0, 0, output, 0, 12)));
        }
    }
}
