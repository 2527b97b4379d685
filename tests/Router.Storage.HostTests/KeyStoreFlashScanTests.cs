using System;
using System.Collections.Generic;
using System.IO;
using Router.Core.Storage;
using Router.Enco.Keys;
using Router.HostBoard;
using Xunit;
using Xunit.Abstractions;

namespace Router.Storage.HostTests
{
    /// <summary>
    /// DESIGN rule 6 end to end: keys are on flash only in security mode, and once system security
    /// is disabled (even by a disable a power cut interrupted, finished at the next boot) a scan of
    /// the whole flash image finds no 8-byte run of any key ever created, including keys
    /// destroyed earlier and versions moved by compaction.
    /// </summary>
    public class KeyStoreFlashScanTests
    {
        private static readonly StoreGeometry Geometry = new StoreGeometry(BlockSize: 512, Blocks: 16, BlocksPerSegment: 1, MaxFiles: 24, MaxData: 0);

        private readonly ITestOutputHelper _output;

        public KeyStoreFlashScanTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void DisablingSecurityLeavesNoKeyByteInTheFlashImage(int seed)
        {
            SimulatedNorFlash flash = Geometry.NewFlash(seed);
            List<byte[]> secrets = CreateKeysWithHistory(flash, seed, out EncoKeyStore store);
            Assert.True(AnyFound(flash.Snapshot(), secrets), "the scan must find the keys while security is on");
            Assert.True(flash.Erases > Geometry.Blocks, "compaction should have moved key files: " + flash.Erases + " erases");

            store.OnSecurityModeChanged(false);

            Assert.False(AnyFound(flash.Snapshot(), secrets), "key bytes are still in the flash image");
            Assert.Equal(0, store.Count);
        }

        [Fact]
        public void ADisableCutShortByPowerLossIsFinishedAtBoot()
        {
            int cuts = 0;
            var random = new Random(99);
            for (int trial = 0; trial < 150; trial++)
            {
                SimulatedNorFlash flash = Geometry.NewFlash(trial);
                flash.TornBytes = trial % 2 == 0;
                List<byte[]> secrets = CreateKeysWithHistory(flash, 1000 + trial, out EncoKeyStore store);

                // How many bytes does the disable write? Cut it somewhere in them.
                long total;
                using (ITestFlash dry = flash.Clone())
                {
                    FlashStore dryFiles = Geometry.Open(dry);
                    dryFiles.Mount();
                    var dryStore = new EncoKeyStore(16, dryFiles, new SeededRandom(1));
                    dryStore.Load(true);
                    long before = dry.BytesWritten;
                    dryStore.OnSecurityModeChanged(false);
                    total = dry.BytesWritten - before;
                }

                flash.CutPowerAfter(random.NextInt64(0, total));
                Assert.Throws<PowerCutException>(() => store.OnSecurityModeChanged(false));
                flash.RestorePower();
                cuts++;

                // The board boots with security off (the mode itself is saved by the config before the keys go).
                FlashStore files = Geometry.Open(flash);
                files.Mount();
                var rebooted = new EncoKeyStore(16, files, new SeededRandom(2));
                Assert.Equal(0, rebooted.Load(false));
                Assert.False(AnyFound(flash.Snapshot(), secrets), "trial " + trial + ": key bytes survived an interrupted disable and a boot");
            }

            _output.WriteLine(cuts + " power cuts during disable system security; after the next boot no key byte was left in any image");
        }

        [Fact]
        public void OnTheHostBoardFlashFileToo()
        {
            string directory = Path.Combine(Path.GetTempPath(), "keystore-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(directory);
            try
            {
                using var flash = new HostFileFlash(Path.Combine(directory, "flash.bin"), 4096 * 4, 4096);
                FlashStore files = new FlashStore(flash, 0, 4, 1, 24);
                files.Format();
                var store = new EncoKeyStore(16, files, new SeededRandom(5));
                store.Load(true);
                var secrets = new List<byte[]>();
                for (int id = 0; id < 16; id++)
                {
                    secrets.Add((byte[])store.CreateRandom(id, id % 2 == 0 ? EncoKeyKind.Aes : EncoKeyKind.General, 0, "key " + id).Material.Clone());
                }

                for (int round = 0; round < 40; round++)
                {
                    store.SetDescription(round % 16, "round " + round);
                }

                Assert.True(AnyFound(flash.Snapshot(), secrets));
                store.OnSecurityModeChanged(false);
                Assert.False(AnyFound(flash.Snapshot(), secrets), "key bytes are still in the flash file");
            }
            finally
            {
                Directory.Delete(directory, true);
            }
        }

        /// <summary>
        /// Security on, keys created, rewritten (descriptions) and some destroyed, enough writes for
        /// compaction to move key files. Returns every key's bytes, destroyed ones included.
        /// </summary>
        private static List<byte[]> CreateKeysWithHistory(SimulatedNorFlash flash, int seed, out EncoKeyStore store)
        {
            FlashStore files = Geometry.Open(flash);
            files.Format();
            store = new EncoKeyStore(16, files, new SeededRandom(seed));
            store.Load(true);
            var random = new Random(seed);
            var secrets = new List<byte[]>();
            for (int round = 0; round < 150; round++)
            {
                int id = random.Next(12);
                if (store.Find(id) != null)
                {
                    if (random.Next(3) == 0)
                    {
                        store.Destroy(id);
                    }
                    else
                    {
                        store.SetDescription(id, "description " + round);
                    }

                    continue;
                }

                if (store.Count == store.MaxKeys)
                {
                    store.Destroy(store.GetAt(random.Next(store.Count)).Id);
                    continue;
                }

                int[] kinds = { EncoKeyKind.Aes, EncoKeyKind.General, EncoKeyKind.TripleDes, EncoKeyKind.Des };
                EncoKeyEntry key = store.CreateRandom(id, kinds[random.Next(kinds.Length)], 0, "key " + id);
                secrets.Add((byte[])key.Material.Clone());
                if (random.Next(4) == 0)
                {
                    byte[] blob = new byte[random.Next(64, 300)];
                    random.NextBytes(blob);
                    int blobId = 100 + round;
                    if (store.Count < store.MaxKeys)
                    {
                        store.CreatePrivateKey(blobId, EncoKeyKind.Ecdsa, 256, blob, 0, blob.Length, null);
                        secrets.Add(blob);
                    }
                }
            }

            return secrets;
        }

        private static bool AnyFound(byte[] image, List<byte[]> secrets)
        {
            HashSet<ulong> windows = StaleContentScanner.WindowsOf(image);
            foreach (byte[] secret in secrets)
            {
                for (int i = 0; i + 8 <= secret.Length; i++)
                {
                    if (windows.Contains(BitConverter.ToUInt64(secret, i)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private sealed class SeededRandom : IRandomSource
        {
            private readonly Random _random;

            public SeededRandom(int seed)
            {
                _random = new Random(seed);
            }

            public void GetBytes(byte[] buffer, int offset, int count) => _random.NextBytes(buffer.AsSpan(offset, count));
        }
    }
}
