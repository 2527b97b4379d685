using nanoFramework.TestFramework;

namespace Router.Enco.Tests
{
    /// <summary>
    /// The opaque key object: its header fields, refusals of bad peers and wrong key types with
    /// their ENCO codes, and Dispose wiping the key so that later use is refused.
    /// </summary>
    [TestClass]
    public class EncoKeyTests
    {
        [TestMethod]
        [DataRow(2, 0, 256, 113)]
        [DataRow(3, 384, 384, 161)]
        [DataRow(4, 0, 255, 80)]
        [DataRow(5, 1, 1, 208)]
        public void GeneratedKeysDescribeThemselves(int type, int parameter, int expectedParameter, int blobLength)
        {
            EncoKey key = EncoKey.Generate(type, parameter);
            Assert.AreEqual(type, key.Type);
            Assert.AreEqual(expectedParameter, key.Parameter);
            Assert.AreEqual(blobLength, key.BlobLength);
            Assert.AreEqual(blobLength, EncoKey.BlobSize(type, parameter));
        }

        [TestMethod]
        public void UnsupportedParametersAreRefused()
        {
            Assert.AreEqual(EncoStatus.KeySize, Refusal.CodeOf(() => EncoKey.Generate(EncoKeyType.Rsa, 512)));
            Assert.AreEqual(EncoStatus.KeySize, Refusal.CodeOf(() => EncoKey.Generate(EncoKeyType.Rsa, 2049)));
            Assert.AreEqual(EncoStatus.Unsupported, Refusal.CodeOf(() => EncoKey.Generate(EncoKeyType.Dh, 15)));
            Assert.AreEqual(EncoStatus.Unsupported, Refusal.CodeOf(() => EncoKey.Generate(9, 0)));
        }

        [TestMethod]
        public void BadPeersAreRefused()
        {
            EncoKey ec = EncoKey.Generate(EncoKeyType.EcP256, 0);
            EncoKey x25519 = EncoKey.Generate(EncoKeyType.X25519, 0);
            byte[] point = new byte[65];
            byte[] zero = new byte[32];
            byte[] secret = new byte[32];
            ec.ExportPublic(EncoKeyFormat.PublicRaw, point, 0);

            point[64] ^= 1; // off the curve
            Assert.AreEqual(EncoStatus.BadPeerKey, Refusal.CodeOf(() => KeyAgreement.Agree(ec, EncoKeyFormat.PublicRaw, point, 0, 65, secret, 0)));
            point[0] = 2; // compressed
            Assert.AreEqual(EncoStatus.BadPeerKey, Refusal.CodeOf(() => KeyAgreement.Agree(ec, EncoKeyFormat.PublicRaw, point, 0, 33, secret, 0)));
            Assert.AreEqual(EncoStatus.BadPeerKey, Refusal.CodeOf(() => KeyAgreement.Agree(x25519, EncoKeyFormat.PublicRaw, zero, 0, 32, secret, 0)));
            Assert.AreEqual(EncoStatus.BadLength, Refusal.CodeOf(() => KeyAgreement.Agree(x25519, EncoKeyFormat.PublicRaw, zero, 1, 32, secret, 0)));
            Assert.Equal(new byte[32], secret);
        }

        [TestMethod]
        public void WrongKeyTypesAreRefused()
        {
            EncoKey x25519 = EncoKey.Generate(EncoKeyType.X25519, 0);
            byte[] digest = new byte[32];
            byte[] output = new byte[128];

            Assert.AreEqual(EncoStatus.WrongKeyType, Refusal.CodeOf(() => Ecdsa.Sign(x25519, EncoHashAlgorithm.Sha256, digest, 0, 32, Ecdsa.Der, output, 0)));
            Assert.AreEqual(EncoStatus.WrongKeyType, Refusal.CodeOf(() => Rsa.Sign(x25519, Rsa.Pkcs1V15, EncoHashAlgorithm.Sha256, digest, 0, 32, output, 0)));
            Assert.AreEqual(EncoStatus.NullPointer, Refusal.CodeOf(() => Rsa.Sign(null, Rsa.Pkcs1V15, EncoHashAlgorithm.Sha256, digest, 0, 32, output, 0)));
            Assert.AreEqual(EncoStatus.Unsupported, Refusal.CodeOf(() => x25519.ExportPublic(EncoKeyFormat.PrivatePkcs8, output, 0)));
        }

        [TestMethod]
        public void DisposedKeysAreRefused()
        {
            EncoKey key = EncoKey.Generate(EncoKeyType.X25519, 0);
            byte[] output = new byte[32];
            key.Dispose();
            Assert.AreEqual(EncoStatus.KeyFormat, Refusal.CodeOf(() => key.ExportPublic(EncoKeyFormat.PublicRaw, output, 0)));
            Assert.AreEqual(EncoStatus.KeyFormat, Refusal.CodeOf(() => KeyAgreement.Agree(key, EncoKeyFormat.PublicRaw, output, 0, 32, output, 0)));
        }

        [TestMethod]
        public void DamagedBlobsAreRefused()
        {
            byte[] blob = new byte[80];
            Assert.AreEqual(EncoStatus.KeyFormat, Refusal.CodeOf(() => EncoKey.FromBlob(blob, 0, 80)));
        }
    }
}
