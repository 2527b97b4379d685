using System;
using System.Collections.Generic;
using System.Linq;
using Router.Core;
using Router.Core.Storage;
using Xunit;
using Xunit.Abstractions;

namespace Router.Storage.HostTests
{
    /// <summary>
    /// Flash content is hostile: bit flips, garbage, zeroed or erased ranges, and forged headers
    /// with sound CRCs but lying lengths or states. Mounting, listing, reading, writing and
    /// deleting on such an image may fail only with StorageException, and a file the store
    /// returns always has content that was written under that name.
    /// </summary>
    public class CorruptionTests
    {
        private static readonly StoreGeometry Geometry = new StoreGeometry(BlockSize: 256, Blocks: 12, BlocksPerSegment: 2, MaxFiles: 9, MaxData: 150);

        private readonly ITestOutputHelper _output;

        public CorruptionTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void DamagedImagesOnlyEverRaiseStorageErrors(int seed)
        {
            var random = new Random(seed);
            SimulatedNorFlash original = Geometry.NewFlash(seed);
            Dictionary<string, byte[]> written = Populate(original, random);
            byte[] image = original.Snapshot();

            int mounted = 0;
            int refused = 0;
            var counts = new Dictionary<string, int>();
            for (int trial = 0; trial < 600; trial++)
            {
                SimulatedNorFlash damaged = SimulatedNorFlash.FromImage(image, Geometry.BlockSize);
                string kind = Damage(damaged.Image, random);
                counts[kind] = counts.GetValueOrDefault(kind) + 1;
                try
                {
                    UseDamagedStore(damaged, written, random);
                    mounted++;
                }
                catch (StorageException e)
                {
                    refused++;
                    string error = "refusal: " + StorageError.Describe(e.Error);
                    counts[error] = counts.GetValueOrDefault(error) + 1;
                }
            }

            _output.WriteLine("600 damaged images: " + mounted + " mounted and used, " + refused + " refused with StorageException; "
                + string.Join(", ", counts.Select(c => c.Value + " " + c.Key)));
        }

        [Fact]
        public void PureGarbageAndBlankImagesMountEmptyAndWork()
        {
            var random = new Random(7);
            foreach (byte fill in new byte[] { 0x00, 0xFF, 0x55 })
            {
                byte[] image = Enumerable.Repeat(fill, Geometry.BlockSize * Geometry.Blocks).ToArray();
                UseDamagedStore(SimulatedNorFlash.FromImage(image, Geometry.BlockSize), new Dictionary<string, byte[]>(), random);
            }

            for (int i = 0; i < 50; i++)
            {
                byte[] image = new byte[Geometry.BlockSize * Geometry.Blocks];
                random.NextBytes(image);
                UseDamagedStore(SimulatedNorFlash.FromImage(image, Geometry.BlockSize), new Dictionary<string, byte[]>(), random);
            }
        }

        [Fact]
        public void AForeignFormatIsRefusedNotErased()
        {
            SimulatedNorFlash flash = Geometry.NewFlash();
            FlashStore store = Geometry.Open(flash);
            store.Format();
            store.Write("a", new byte[] { 1, 2, 3 }, 0, 3);

            // The same blocks read with another segment size: every header names 2 blocks, not 1.
            var other = new FlashStore(flash, 0, Geometry.Blocks, 1, Geometry.MaxFiles);
            StorageException e = Assert.Throws<StorageException>(() => other.Mount());
            Assert.Equal(StorageError.IncompatibleFormat, e.Error);

            store = Geometry.Open(flash);
            store.Mount();
            Assert.Equal(3, store.GetLength("a"));
        }

        /// <summary>Writes files with some history, so the image has current, wiped and compacted records.</summary>
        private static Dictionary<string, byte[]> Populate(SimulatedNorFlash flash, Random random)
        {
            FlashStore store = Geometry.Open(flash);
            store.Format();
            var written = new Dictionary<string, byte[]>();
            for (int i = 0; i < 60; i++)
            {
                string name = "cfg" + random.Next(Geometry.MaxFiles);
                byte[] data = new byte[random.Next(0, Geometry.MaxData)];
                random.NextBytes(data);
                store.Write(name, data, 0, data.Length);
                written[name] = data;
            }

            return written;
        }

        /// <summary>Mounts, reads everything, writes and deletes a little, remounts and reads again.</summary>
        private static void UseDamagedStore(SimulatedNorFlash flash, Dictionary<string, byte[]> written, Random random)
        {
            FlashStore store = Geometry.Open(flash);
            store.Mount();
            Dictionary<string, byte[]> model = StoreContents.ReadAll(store, random);
            foreach (var file in model)
            {
                Assert.True(written.TryGetValue(file.Key, out byte[] expected), "a file appeared from nowhere: " + file.Key);
                Assert.True(StoreContents.Same(expected, file.Value), "file " + file.Key + " came back with other content");
            }

            for (int i = 0; i < 6; i++)
            {
                string name = "new" + random.Next(4);
                if (random.Next(3) == 0)
                {
                    store.Delete(name);
                    model.Remove(name);
                    continue;
                }

                byte[] data = new byte[random.Next(0, Geometry.MaxData)];
                random.NextBytes(data);
                try
                {
                    store.Write(name, data, 0, data.Length);
                    model[name] = data;
                }
                catch (StorageException e) when (e.Error == StorageError.DiskFull || e.Error == StorageError.TooManyFiles
                    || e.Error == StorageError.WriteFailed)
                {
                    // Refused cleanly; a damaged image may well be full of unusable space.
                }
            }

            StoreContents.AssertEqual(model, StoreContents.ReadAll(store, random), "before remount");
            FlashStore again = Geometry.Open(flash);
            again.Mount();
            StoreContents.AssertEqual(model, StoreContents.ReadAll(again, random), "after remount");
        }

        private static string Damage(byte[] image, Random random)
        {
            int at = random.Next(image.Length);
            int length = Math.Min(random.Next(1, 65), image.Length - at);
            switch (random.Next(6))
            {
                case 0:
                    for (int i = random.Next(1, 9); i > 0; i--)
                    {
                        image[random.Next(image.Length)] ^= (byte)(1 << random.Next(8));
                    }

                    return "bit flips";
                case 1:
                    random.NextBytes(image.AsSpan(at, length));
                    return "garbage ranges";
                case 2:
                    image.AsSpan(at, length).Clear();
                    return "zeroed ranges";
                case 3:
                    image.AsSpan(at, length).Fill(0xFF);
                    return "erased ranges";
                case 4:
                    ForgeRecordHeader(image, random);
                    return "forged record headers";
                default:
                    ForgeSegmentHeader(image, random);
                    return "forged segment headers";
            }
        }

        /// <summary>A record header with a sound header CRC and random lengths, sequence and state, at a 4-aligned place.</summary>
        private static void ForgeRecordHeader(byte[] image, Random random)
        {
            int at = random.Next(image.Length / 4 - 6) * 4;
            byte[] header = new byte[24];
            random.NextBytes(header);
            BigEndian.WriteUInt16(header, 0, 0x5246);
            header[2] = 1;
            header[3] = (byte)random.Next(0, 40);
            BigEndian.WriteUInt32(header, 8, random.Next(2) == 0 ? (uint)random.Next(0, 600) : (uint)random.Next());
            if (random.Next(2) == 0)
            {
                BigEndian.WriteUInt32(header, 4, uint.MaxValue - (uint)random.Next(3));
            }

            BigEndian.WriteUInt32(header, 12, Crc32.Compute(header, 0, 12));
            uint[] states = { 0x434F4D54, 0xFFFFFFFF, 0x00000054, 0, (uint)random.Next() };
            BigEndian.WriteUInt32(header, 20, states[random.Next(states.Length)]);
            Array.Copy(header, 0, image, at, 24);
        }

        /// <summary>A sound segment header (random sequence, kind and completion word) over a random segment.</summary>
        private static void ForgeSegmentHeader(byte[] image, Random random)
        {
            int segmentSize = Geometry.BlockSize * Geometry.BlocksPerSegment;
            int at = random.Next(image.Length / segmentSize) * segmentSize;
            byte[] header = new byte[20];
            BigEndian.WriteUInt32(header, 0, 0x52465347);
            header[4] = 1;
            header[5] = (byte)random.Next(1, 4);
            BigEndian.WriteUInt16(header, 6, Geometry.BlocksPerSegment);
            BigEndian.WriteUInt32(header, 8, random.Next(2) == 0 ? (uint)random.Next(0, 40) : uint.MaxValue);
            BigEndian.WriteUInt32(header, 12, Crc32.Compute(header, 0, 12));
            BigEndian.WriteUInt32(header, 16, random.Next(2) == 0 ? 0x444F4E45u : 0xFFFFFFFFu);
            Array.Copy(header, 0, image, at, 20);
        }
    }
}
