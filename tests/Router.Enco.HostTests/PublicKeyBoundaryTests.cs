using Xunit;

namespace Router.Enco.HostTests
{
    /// <summary>
    /// The managed and native halves of the public-key part agree: blob sizes and header layout, and the codes
    /// the P/Invoke entry points return for segments the facade never lets through.
    /// </summary>
    public class PublicKeyBoundaryTests
    {
        [Fact]
        public void BlobSizesAndHeaderAgree()
        {
            Assert.Equal(EncoKey.HeaderSize + 97, EncoNative.KeyBlobSize(EncoKeyType.EcP256, 0));
            Assert.Equal(EncoKey.HeaderSize + 145, EncoNative.KeyBlobSize(EncoKeyType.EcP384, 0));
            Assert.Equal(EncoKey.HeaderSize + 64, EncoNative.KeyBlobSize(EncoKeyType.X25519, 0));
            Assert.Equal(EncoKey.HeaderSize + 512, EncoNative.KeyBlobSize(EncoKeyType.Dh, 14));
            Assert.True(EncoNative.KeyBlobSize(EncoKeyType.Rsa, EncoKeyType.RsaMaxBits) <= EncoKey.HeaderSize + EncoKeyFormat.MaxDerSize);
            Assert.Equal(EncoStatus.KeySize, EncoNative.KeyBlobSize(EncoKeyType.Rsa, 1016));

            using EncoKey key = EncoKey.Generate(EncoKeyType.Rsa, 2048);
            byte[] blob = new byte[key.BlobLength];
            key.CopyBlobTo(blob, 0);
            Assert.Equal("ENK1", System.Text.Encoding.ASCII.GetString(blob, 0, 4));
            Assert.Equal(EncoKeyType.Rsa, key.Type);
            Assert.Equal(2048, key.Parameter);
            Assert.Equal(blob.Length, EncoNative.KeyCheck(blob, 0, blob.Length));
            using EncoKey dh = EncoKey.Generate(EncoKeyType.Dh, 5);
            Assert.Equal(192, KeyAgreement.SecretSize(dh));
        }

        [Fact]
        public void PInvokeEntryPointsRefuseWhatTheyCanSee()
        {
            byte[] blob = new byte[200];
            byte[] buffer = new byte[64];
            Assert.Equal(EncoStatus.BadLength, EncoNative.KeyGenerate(EncoKeyType.X25519, 0, blob, -1, 100));
            Assert.Equal(EncoStatus.NullPointer, EncoNative.KeyGenerate(EncoKeyType.X25519, 0, null, 0, 100));
            Assert.Equal(EncoStatus.BadLength, EncoNative.KeyAgree(blob, 0, 200, EncoKeyFormat.PublicRaw, buffer, 0, -32, buffer, 0, 32));
            Assert.Equal(EncoStatus.NullPointer, EncoNative.RsaVerify(null, 0, 10, EncoKeyFormat.PublicSpki, Rsa.Pkcs1V15,
                EncoHashAlgorithm.Sha256, buffer, 0, 32, buffer, 0, 64));
            Assert.Equal(EncoStatus.KeyFormat, EncoNative.EcdsaSign(blob, 0, 200, EncoHashAlgorithm.Sha256, buffer, 0, 32,
                Ecdsa.Der, buffer, 0, 64));
            Assert.Equal(new byte[64], buffer);

            // A blob at an offset inside a larger buffer works.
            int used = EncoNative.KeyGenerate(EncoKeyType.X25519, 0, blob, 50, 150);
            Assert.Equal(80, used);
            Assert.Equal(32, EncoNative.KeyExport(blob, 50, used, EncoKeyFormat.PublicRaw, buffer, 32, 32));
        }
    }
}
