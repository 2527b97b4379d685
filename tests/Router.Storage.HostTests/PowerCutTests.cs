using System;
using System.IO;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace Router.Storage.HostTests
{
    /// <summary>
    /// DESIGN rule 5 for the flash store: a power cut at any byte of any write, overwrite,
    /// delete or compaction leaves each file with its old or its new content, never a mix, and
    /// never loses a file committed before. See <see cref="PowerCutCampaign"/>.
    /// </summary>
    public class PowerCutTests
    {
        private readonly ITestOutputHelper _output;

        public PowerCutTests(ITestOutputHelper output)
        {
            _output = output;
        }

        public static readonly StoreGeometry[] Geometries =
        {
            // Six 512-byte segments: compaction every few writes.
            new StoreGeometry(BlockSize: 256, Blocks: 12, BlocksPerSegment: 2, MaxFiles: 9, MaxData: 300),
            // The smallest store: two one-block segments, the reserve and the log.
            new StoreGeometry(BlockSize: 1024, Blocks: 2, BlocksPerSegment: 1, MaxFiles: 4, MaxData: 200),
            // Files up to most of a segment: one file per segment, and DiskFull often.
            new StoreGeometry(BlockSize: 512, Blocks: 6, BlocksPerSegment: 1, MaxFiles: 7, MaxData: 460),
        };

        [Theory]
        [InlineData(0, false, 11)]
        [InlineData(0, true, 12)]
        [InlineData(1, false, 21)]
        [InlineData(1, true, 22)]
        [InlineData(2, false, 31)]
        [InlineData(2, true, 32)]
        public void EveryFileIsOldOrNewAfterACutAnywhere(int geometry, bool tornBytes, int seed)
        {
            SimulatedNorFlash flash = Geometries[geometry].NewFlash(seed);
            flash.TornBytes = tornBytes;
            var campaign = new PowerCutCampaign(Geometries[geometry], flash, seed, session: false);
            campaign.Run(400);

            Report(campaign, Geometries[geometry] + (tornBytes ? ", torn bytes" : ", whole bytes") + ", boot before each operation:");
            Assert.True(campaign.Cuts >= 250, "too few cuts: " + campaign.Cuts);
            Assert.True(campaign.OldAfterCut > 0 && campaign.NewAfterCut > 0);
            Assert.Contains(campaign.CutsByPhase.Keys, k => k.StartsWith("compaction", StringComparison.Ordinal));
            Assert.Contains("commit word", campaign.CutsByPhase.Keys);
            Assert.Contains("wipe (old version or delete)", campaign.CutsByPhase.Keys);
        }

        [Theory]
        [InlineData(0, false, 41)]
        [InlineData(0, true, 42)]
        [InlineData(1, true, 43)]
        [InlineData(2, true, 44)]
        public void LongSessionsCutAtRandomStayConsistent(int geometry, bool tornBytes, int seed)
        {
            SimulatedNorFlash flash = Geometries[geometry].NewFlash(seed);
            flash.TornBytes = tornBytes;
            var campaign = new PowerCutCampaign(Geometries[geometry], flash, seed, session: true);
            campaign.Run(1500);

            Report(campaign, Geometries[geometry] + (tornBytes ? ", torn bytes" : ", whole bytes") + ", long sessions:");
            Assert.True(campaign.Cuts >= 250, "too few cuts: " + campaign.Cuts);
            Assert.Contains(campaign.CutsByPhase.Keys, k => k.StartsWith("compaction", StringComparison.Ordinal));
        }

        /// <summary>The same campaign on the virtual device's own flash file and its power-cut hook.</summary>
        [Fact]
        public void TheHostBoardFlashFileSurvivesCutsToo()
        {
            StoreGeometry geometry = new StoreGeometry(BlockSize: 4096, Blocks: 4, BlocksPerSegment: 1, MaxFiles: 6, MaxData: 1500);
            string directory = Path.Combine(Path.GetTempPath(), "flashstore-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            try
            {
                using var flash = new HostFileFlash(Path.Combine(directory, "flash.bin"), geometry.BlockSize * geometry.Blocks, geometry.BlockSize);
                var campaign = new PowerCutCampaign(geometry, flash, 51, session: false);
                campaign.Run(300);
                Report(campaign, geometry + ", FileFlash (board-support/host), boot before each operation:");
                Assert.True(campaign.Cuts >= 200, "too few cuts: " + campaign.Cuts);
            }
            finally
            {
                Directory.Delete(directory, true);
            }
        }

        private void Report(PowerCutCampaign campaign, string title)
        {
            _output.WriteLine(title);
            _output.WriteLine("  " + campaign.Cuts + " cuts during operations, " + campaign.MountCuts
                + " more during the repair mount after a cut; all consistent");
            _output.WriteLine("  after a cut: " + campaign.OldAfterCut + " files had their old content, "
                + campaign.NewAfterCut + " their new content");
            _output.WriteLine("  " + campaign.Completed + " operations ran uncut, " + campaign.Refused + " were refused (full)");
            foreach (var phase in campaign.CutsByPhase)
            {
                _output.WriteLine("  " + phase.Value.ToString().PadLeft(5) + "  " + phase.Key);
            }
        }
    }
}
