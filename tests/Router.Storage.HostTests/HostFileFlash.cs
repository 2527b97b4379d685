using System;
using System.IO;
using Router.HostBoard;

namespace Router.Storage.HostTests
{
    /// <summary>
    /// The virtual device's flash (board-support/host FileFlash, an image file) as a test chip: a
    /// cut uses FileFlash's own power-cut hook, and powering up again reopens the image file.
    /// </summary>
    public sealed class HostFileFlash : ITestFlash
    {
        private readonly string _path;
        private readonly int _size;
        private readonly int _blockSize;
        private readonly bool _deleteOnDispose;
        private FileFlash _chip;
        private long _writtenBefore;

        public HostFileFlash(string path, int size, int blockSize)
            : this(path, size, blockSize, false)
        {
        }

        private HostFileFlash(string path, int size, int blockSize, bool deleteOnDispose)
        {
            _path = path;
            _deleteOnDispose = deleteOnDispose;
            _size = size;
            _blockSize = blockSize;
            _chip = FileFlash.Open(path, size, blockSize);
        }

        public int Size => _size;

        public int EraseBlockSize => _blockSize;

        public long BytesWritten => _writtenBefore + _chip.BytesWritten;

        public ITestFlash Clone()
        {
            string copy = Path.Combine(Path.GetDirectoryName(_path), Guid.NewGuid().ToString("N") + ".bin");
            File.WriteAllBytes(copy, Snapshot());
            return new HostFileFlash(copy, _size, _blockSize, true);
        }

        public void CutPowerAfter(long bytes) => _chip.CutPowerAfter(bytes);

        public void RestorePower()
        {
            _writtenBefore += _chip.BytesWritten;
            _chip.Dispose();
            _chip = FileFlash.Open(_path, _size, _blockSize);
        }

        public byte[] Snapshot()
        {
            using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            byte[] image = new byte[_size];
            stream.ReadExactly(image);
            return image;
        }

        public void Read(int offset, byte[] buffer, int bufferOffset, int count) => _chip.Read(offset, buffer, bufferOffset, count);

        public void Erase(int blockIndex) => _chip.Erase(blockIndex);

        public void Write(int offset, byte[] buffer, int bufferOffset, int count) => _chip.Write(offset, buffer, bufferOffset, count);

        public void Dispose()
        {
            _chip.Dispose();
            if (_deleteOnDispose)
            {
                File.Delete(_path);
            }
        }
    }
}
