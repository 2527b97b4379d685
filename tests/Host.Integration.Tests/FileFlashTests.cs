using System;
using System.IO;
using Router.Core;
using Router.HostBoard;
using Xunit;

namespace Host.Integration.Tests
{
    /// <summary>The virtual device's flash file: NOR rules, persistence, geometry and the power-cut hook.</summary>
    public sealed class FileFlashTests : IDisposable
    {
        private const int Size = 64 * 1024;
        private const int Block = 4096;

        private readonly TemporaryDirectory _dir = new TemporaryDirectory();
        private readonly string _path;

        public FileFlashTests()
        {
            _path = _dir.File("flash.bin");
        }

        public void Dispose()
        {
            _dir.Dispose();
        }

        private byte[] ReadAll(FileFlash flash)
        {
            byte[] all = new byte[flash.Size];
            flash.Read(0, all, 0, all.Length);
            return all;
        }

        [Fact]
        public void ANewImageIsErased()
        {
            using FileFlash flash = FileFlash.Open(_path, Size, Block);
            Assert.Equal(Size, flash.Size);
            Assert.Equal(Block, flash.EraseBlockSize);
            Assert.Equal(Size, new FileInfo(_path).Length);
            Assert.All(ReadAll(flash), b => Assert.Equal(0xFF, b));
            Assert.False(File.Exists(_path + ".new"));
        }

        [Fact]
        public void WritesCanOnlyClearBits()
        {
            using FileFlash flash = FileFlash.Open(_path, Size, Block);
            flash.Write(100, new byte[] { 0xF0, 0x0F }, 0, 2);
            flash.Write(100, new byte[] { 0x30, 0x0F }, 0, 2);

            FlashException refused = Assert.Throws<FlashException>(() => flash.Write(100, new byte[] { 0x00, 0x1F }, 0, 2));
            Assert.Contains("offset 101", refused.Message);

            byte[] read = new byte[2];
            flash.Read(100, read, 0, 2);
            Assert.Equal(new byte[] { 0x30, 0x0F }, read);
        }

        [Fact]
        public void EraseSetsOneWholeBlockBackTo0xFF()
        {
            using FileFlash flash = FileFlash.Open(_path, Size, Block);
            byte[] zeros = new byte[Block * 3];
            flash.Write(0, zeros, 0, zeros.Length);

            flash.Erase(1);

            byte[] all = ReadAll(flash);
            Assert.All(new ArraySegment<byte>(all, 0, Block), b => Assert.Equal(0x00, b));
            Assert.All(new ArraySegment<byte>(all, Block, Block), b => Assert.Equal(0xFF, b));
            Assert.All(new ArraySegment<byte>(all, 2 * Block, Block), b => Assert.Equal(0x00, b));

            flash.Write(Block, new byte[] { 0x12 }, 0, 1);
        }

        [Fact]
        public void ContentSurvivesANewBoardInstance()
        {
            using (FileFlash flash = FileFlash.Open(_path, Size, Block))
            {
                flash.Write(Size - 4, new byte[] { 1, 2, 3, 4 }, 0, 4);
            }

            using (FileFlash again = FileFlash.Open(_path, Size, Block))
            {
                byte[] read = new byte[4];
                again.Read(Size - 4, read, 0, 4);
                Assert.Equal(new byte[] { 1, 2, 3, 4 }, read);
            }
        }

        [Fact]
        public void AnImageOfAnotherSizeIsRefused()
        {
            using (FileFlash.Open(_path, Size, Block))
            {
            }

            FlashException refused = Assert.Throws<FlashException>(() => FileFlash.Open(_path, Size * 2, Block));
            Assert.Contains("holds " + Size + " bytes", refused.Message);
        }

        [Theory]
        [InlineData(Size, 1000)]
        [InlineData(Size, 128)]
        [InlineData(Size + 1, Block)]
        [InlineData(0, Block)]
        public void BadGeometryIsRefused(int size, int block)
        {
            Assert.Throws<FlashException>(() => FileFlash.Open(_path, size, block));
            Assert.False(File.Exists(_path));
        }

        [Fact]
        public void AccessOutsideTheFlashIsRefused()
        {
            using FileFlash flash = FileFlash.Open(_path, Size, Block);
            byte[] buffer = new byte[8];
            Assert.Throws<FlashException>(() => flash.Read(Size - 4, buffer, 0, 8));
            Assert.Throws<FlashException>(() => flash.Write(-1, buffer, 0, 1));
            Assert.Throws<FlashException>(() => flash.Erase(Size / Block));
            Assert.Throws<FlashException>(() => flash.Erase(-1));
            Assert.Throws<ArgumentOutOfRangeException>(() => flash.Read(0, buffer, 4, 8));
        }

        [Fact]
        public void PowerCutLetsExactlyNBytesThroughThenEverythingFails()
        {
            using (FileFlash flash = FileFlash.Open(_path, Size, Block))
            {
                int powerLost = 0;
                flash.PowerLost += () => powerLost++;
                flash.CutPowerAfter(10);

                flash.Write(0, new byte[] { 0, 1, 2, 3 }, 0, 4);
                Assert.Throws<PowerCutException>(() => flash.Write(4, new byte[] { 4, 5, 6, 7, 8, 9, 10, 11 }, 0, 8));

                Assert.Equal(1, powerLost);
                Assert.True(flash.IsPowerLost);
                Assert.Equal(10, flash.BytesWritten);
                Assert.Throws<PowerCutException>(() => flash.Read(0, new byte[1], 0, 1));
                Assert.Throws<PowerCutException>(() => flash.Erase(0));
                Assert.Throws<PowerCutException>(() => flash.Write(20, new byte[1], 0, 1));
                Assert.Equal(1, powerLost);
            }

            // Power back on: a new board instance sees what reached the chip before the cut.
            using (FileFlash after = FileFlash.Open(_path, Size, Block))
            {
                byte[] read = new byte[12];
                after.Read(0, read, 0, 12);
                Assert.Equal(new byte[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0xFF, 0xFF }, read);
                after.Write(10, new byte[] { 10 }, 0, 1);
            }
        }

        [Fact]
        public void ARefusedWriteDoesNotSpendThePowerCutBudget()
        {
            using FileFlash flash = FileFlash.Open(_path, Size, Block);
            flash.Write(0, new byte[] { 0x00 }, 0, 1);
            flash.CutPowerAfter(2);
            Assert.Throws<FlashException>(() => flash.Write(0, new byte[] { 0x01, 0x00 }, 0, 2));
            flash.Write(1, new byte[] { 0x00 }, 0, 1);
            Assert.Throws<PowerCutException>(() => flash.Write(2, new byte[] { 0x00, 0x00 }, 0, 2));
            Assert.Equal(3, flash.BytesWritten);
        }
    }
}
