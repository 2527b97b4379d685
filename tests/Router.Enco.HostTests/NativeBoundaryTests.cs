using System.Reflection;
using Xunit;

namespace Router.Enco.HostTests
{
    /// <summary>
    /// The managed and native halves agree: version, sizes and the codes the P/Invoke entry points
    /// return for arguments the facade never lets through.
    /// </summary>
    public class NativeBoundaryTests
    {
        [Fact]
        public void AssemblyNativeVersionIsTheNativeAbiVersion()
        {
            Assembly assembly = typeof(Sha256).Assembly;
            string nativeVersion = null;
            foreach (CustomAttributeData attribute in assembly.CustomAttributes)
            {
                if (attribute.AttributeType.Name == "AssemblyNativeVersionAttribute")
                {
                    nativeVersion = (string)attribute.ConstructorArguments[0].Value;
                }
            }

            Assert.NotNull(nativeVersion);
            string[] parts = nativeVersion.Split('.');
            int packed = (int.Parse(parts[0]) << 24) | (int.Parse(parts[1]) << 16) | (int.Parse(parts[2]) << 8) | int.Parse(parts[3]);
            Assert.Equal(EncoNative.AbiVersion(), packed);
            Assert.Equal(EncoEngine.ExpectedAbiVersion, packed);
        }

        [Fact]
        public void ManagedSizesAreTheNativeSizes()
        {
            Assert.Equal(Sha256.ContextSize, EncoNative.HashContextSize(EncoHashAlgorithm.Sha256));
            Assert.Equal(Sha256.HashSize, EncoNative.HashDigestSize(EncoHashAlgorithm.Sha256));
            Assert.Equal(EncoStatus.Unsupported, EncoNative.HashDigestSize(0));
        }

        [Fact]
        public void PInvokeEntryPointsRefuseWhatTheyCanSee()
        {
            byte[] data = new byte[8];
            byte[] digest = new byte[Sha256.HashSize];
            byte[] context = new byte[Sha256.ContextSize];

            Assert.Equal(EncoStatus.NullPointer, EncoNative.Hash(EncoHashAlgorithm.Sha256, null, 0, 3, digest, 0, 32));
            Assert.Equal(EncoStatus.NullPointer, EncoNative.Hash(EncoHashAlgorithm.Sha256, data, 0, 3, null, 0, 32));
            Assert.Equal(EncoStatus.BadLength, EncoNative.Hash(EncoHashAlgorithm.Sha256, data, -1, 3, digest, 0, 32));
            Assert.Equal(EncoStatus.BadLength, EncoNative.Hash(EncoHashAlgorithm.Sha256, data, 0, -3, digest, 0, 32));
            Assert.Equal(EncoStatus.BufferTooSmall, EncoNative.Hash(EncoHashAlgorithm.Sha256, data, 0, 3, digest, 0, 31));
            Assert.Equal(EncoStatus.Unsupported, EncoNative.Hash(99, data, 0, 3, digest, 0, 32));
            Assert.Equal(EncoStatus.BufferTooSmall, EncoNative.HashInit(EncoHashAlgorithm.Sha256, context, 0, 255));
            Assert.Equal(EncoStatus.BadContext, EncoNative.HashUpdate(context, 0, 256, data, 0, 8));
            Assert.Equal(new byte[Sha256.HashSize], digest);
        }

        [Fact]
        public void EmptyAndNullSegmentsReachTheEngine()
        {
            // A zero-length managed array may arrive as a null or a non-null pointer; both hash "".
            byte[] digest = new byte[Sha256.HashSize];
            Assert.Equal(EncoStatus.Ok, EncoNative.Hash(EncoHashAlgorithm.Sha256, new byte[0], 0, 0, digest, 0, 32));
            Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", System.Convert.ToHexStringLower(digest));
            System.Array.Clear(digest);
            Assert.Equal(EncoStatus.Ok, EncoNative.Hash(EncoHashAlgorithm.Sha256, null, 0, 0, digest, 0, 32));
            Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", System.Convert.ToHexStringLower(digest));
        }
    }
}
