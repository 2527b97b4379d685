using nanoFramework.TestFramework;

namespace Router.Enco.Tests
{
    /// <summary>
    /// Known answers of the public-key facade: RFC 7748 X25519 (section 5.2 and the section 6.1
    /// exchange), RFC 6979 deterministic ECDSA (A.2.5, P-256 with SHA-256), and a MODP exchange
    /// whose secret is computable by hand.
    /// </summary>
    [TestClass]
    public class PublicKeyKnownAnswerTests
    {
        [TestMethod]
        [DataRow("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4",
            "e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c",
            "c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552")]
        [DataRow("4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d",
            "e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493",
            "95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957")]
        public void X25519MatchesRfc7748Section5(string scalarHex, string uHex, string expectedHex)
        {
            byte[] scalar = Hex.Decode(scalarHex);
            byte[] u = Hex.Decode(uHex);
            byte[] secret = new byte[32];
            EncoKey key = EncoKey.Import(EncoKeyType.X25519, 0, EncoKeyFormat.PrivateRaw, scalar, 0, 32);

            Assert.AreEqual(32, KeyAgreement.Agree(key, EncoKeyFormat.PublicRaw, u, 0, 32, secret, 0));
            Assert.Equal(Hex.Decode(expectedHex), secret);
            key.Dispose();
        }

        [TestMethod]
        public void X25519ExchangeOfRfc7748Section6()
        {
            byte[] alicePrivate = Hex.Decode("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
            byte[] bobPrivate = Hex.Decode("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
            EncoKey alice = EncoKey.Import(EncoKeyType.X25519, 0, EncoKeyFormat.PrivateRaw, alicePrivate, 0, 32);
            EncoKey bob = EncoKey.Import(EncoKeyType.X25519, 0, EncoKeyFormat.PrivateRaw, bobPrivate, 0, 32);
            byte[] alicePublic = new byte[32];
            byte[] bobPublic = new byte[32];
            byte[] secret = new byte[40];

            Assert.AreEqual(32, alice.ExportPublic(EncoKeyFormat.PublicRaw, alicePublic, 0));
            Assert.AreEqual(32, bob.ExportPublic(EncoKeyFormat.PublicRaw, bobPublic, 0));
            Assert.Equal(Hex.Decode("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"), alicePublic);
            Assert.Equal(Hex.Decode("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f"), bobPublic);

            Assert.AreEqual(32, KeyAgreement.Agree(alice, EncoKeyFormat.PublicRaw, bobPublic, 0, 32, secret, 8));
            Assert.Equal(Hex.Decode("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"), Refusal.Slice(secret, 8, 32));
            Assert.AreEqual(32, KeyAgreement.Agree(bob, EncoKeyFormat.PublicRaw, alicePublic, 0, 32, secret, 0));
            Assert.Equal(Hex.Decode("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"), Refusal.Slice(secret, 0, 32));
        }

        [TestMethod]
        [DataRow("sample", "efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8")]
        [DataRow("test", "f1abb023518351cd71d881567b1ea663ed3efcf6c5132b354f28d3b0b7d38367019f4113742a2b14bd25926b49c649155f267e60d3814b4c0cc84250e46f0083")]
        public void EcdsaP256MatchesRfc6979(string message, string expectedRs)
        {
            byte[] x = Hex.Decode("c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721");
            byte[] text = Hex.Ascii(message);
            byte[] digest = new byte[32];
            byte[] signature = new byte[Ecdsa.MaxSignatureSize];
            byte[] point = new byte[65];
            EncoKey key = EncoKey.Import(EncoKeyType.EcP256, 0, EncoKeyFormat.PrivateRaw, x, 0, 32);
            Sha256.Hash(text, 0, text.Length, digest, 0);

            Assert.AreEqual(64, Ecdsa.Sign(key, EncoHashAlgorithm.Sha256, digest, 0, 32, Ecdsa.Raw, signature, 0));
            Assert.Equal(Hex.Decode(expectedRs), Refusal.Slice(signature, 0, 64));

            Assert.AreEqual(65, key.ExportPublic(EncoKeyFormat.PublicRaw, point, 0));
            Assert.Equal(Hex.Decode("0460fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb67903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299"), point);
            Assert.IsTrue(Ecdsa.Verify(EncoKeyType.EcP256, point, 0, 65, EncoKeyFormat.PublicRaw, digest, 0, 32, Ecdsa.Raw, signature, 0, 64));
        }

        [TestMethod]
        public void DhWithSmallExponentsGivesTheSecretByHand()
        {
            // x = 2 and a peer y = 3 in group 14: our y = 2^2 = 4, the secret 3^2 = 9.
            byte[] two = new byte[] { 2 };
            byte[] three = new byte[] { 3 };
            byte[] y = new byte[256];
            byte[] secret = new byte[256];
            EncoKey key = EncoKey.Import(EncoKeyType.Dh, 14, EncoKeyFormat.PrivateRaw, two, 0, 1);

            Assert.AreEqual(256, key.ExportPublic(EncoKeyFormat.PublicRaw, y, 0));
            Assert.AreEqual((byte)4, y[255]);
            Assert.AreEqual((byte)0, y[0]);
            Assert.AreEqual(256, KeyAgreement.SecretSize(key));
            Assert.AreEqual(256, KeyAgreement.Agree(key, EncoKeyFormat.PublicRaw, three, 0, 1, secret, 0));
            Assert.AreEqual((byte)9, secret[255]);
            Assert.AreEqual((byte)0, secret[254]);
        }
    }
}
