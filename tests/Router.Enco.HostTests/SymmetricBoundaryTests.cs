using Xunit;

namespace Router.Enco.HostTests
{
    /// <summary>The managed constants of the symmetric facades are the engine's, and every new code is described.</summary>
    public class SymmetricBoundaryTests
    {
        [Fact]
        public void ContextSizesAreTheNativeSizes()
        {
            Assert.Equal(Hmac.ContextSize, EncoNative.HmacContextSize(EncoHashAlgorithm.Sha512));
            Assert.Equal(BlockCipher.ContextSize, EncoNative.CipherContextSize(EncoCipherAlgorithm.TripleDes));
            Assert.Equal(Aead.ContextSize, EncoNative.AeadContextSize(EncoAeadAlgorithm.AesGcm));
            Assert.Equal(Aead.ContextSize, EncoNative.AeadContextSize(EncoAeadAlgorithm.ChaCha20Poly1305));
            Assert.Equal(EncoHash.ContextSize, EncoNative.HashContextSize(EncoHashAlgorithm.Md5));
            Assert.Equal(EncoStatus.Unsupported, EncoNative.AeadContextSize(0));
        }

        [Theory]
        [InlineData(EncoHashAlgorithm.Sha1)]
        [InlineData(EncoHashAlgorithm.Sha256)]
        [InlineData(EncoHashAlgorithm.Sha384)]
        [InlineData(EncoHashAlgorithm.Sha512)]
        [InlineData(EncoHashAlgorithm.Md5)]
        public void DigestSizesAreTheNativeSizes(int algorithm)
        {
            Assert.Equal(EncoHashAlgorithm.DigestSize(algorithm), EncoNative.HashDigestSize(algorithm));
        }

        [Fact]
        public void EverySymmetricCodeIsDescribed()
        {
            for (int code = EncoStatus.AuthenticationFailed; code >= EncoStatus.Entropy; code--)
            {
                Assert.NotEqual("unknown ENCO status", EncoStatus.Describe(code));
            }
        }

        [Fact]
        public void DeflateWorkspacesAreSizedByTheEngine()
        {
            Assert.True(EncoNative.DeflateWorkspaceSize(1) > 0);
            Assert.True(EncoNative.DeflateWorkspaceSize(2) > 0);
            Assert.Equal(EncoStatus.Unsupported, EncoNative.DeflateWorkspaceSize(3));
        }

        [Fact]
        public void PInvokeEntryPointsRefuseWhatTheyCanSee()
        {
            byte[] context = new byte[Aead.ContextSize];
            byte[] data = new byte[32];
            Assert.Equal(EncoStatus.NullPointer, EncoNative.AeadSeal(context, 0, context.Length, null, 0, 12, data, 0, 0, data, 0, 0, data, 0, 16));
            Assert.Equal(EncoStatus.BadLength, EncoNative.AeadSeal(context, 0, context.Length, data, -1, 12, data, 0, 0, data, 0, 0, data, 0, 16));
            Assert.Equal(EncoStatus.BadContext, EncoNative.AeadSeal(context, 0, context.Length, data, 0, 12, data, 0, 0, data, 0, 0, data, 0, 16));
            Assert.Equal(EncoStatus.BufferTooSmall, EncoNative.HmacInit(EncoHashAlgorithm.Sha256, data, 0, 16, context, 0, 100));
        }
    }
}
