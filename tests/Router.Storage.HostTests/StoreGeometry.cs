using Router.Core;
using Router.Core.Storage;

namespace Router.Storage.HostTests
{
    /// <summary>A store layout for a test: small segments so that compaction runs often.</summary>
    public sealed record StoreGeometry(int BlockSize, int Blocks, int BlocksPerSegment, int MaxFiles, int MaxData)
    {
        public FlashStore Open(IFlash flash) => new FlashStore(flash, 0, Blocks, BlocksPerSegment, MaxFiles);

        public SimulatedNorFlash NewFlash(int seed = 0) => new SimulatedNorFlash(BlockSize * Blocks, BlockSize, seed);

        public override string ToString() =>
            $"{Blocks / BlocksPerSegment} segments of {BlockSize * BlocksPerSegment} B, {MaxFiles} files of up to {MaxData} B";
    }
}
