using System;
using Router.Core;

namespace Router.Pki.HostTests
{
    /// <summary>NOR flash in RAM (erase to 0xFF, writes clear bits only), for the flash store under the database.</summary>
    internal sealed class RamFlash : IFlash
    {
        private readonly byte[] _bytes;

        public RamFlash(int size, int eraseBlockSize)
        {
            _bytes = new byte[size];
            EraseBlockSize = eraseBlockSize;
            Array.Fill(_bytes, (byte)0xFF);
        }

        public int Size => _bytes.Length;

        public int EraseBlockSize { get; }

        public byte[] Image => _bytes;

        public void Read(int offset, byte[] buffer, int bufferOffset, int count) => Array.Copy(_bytes, offset, buffer, bufferOffset, count);

        public void Erase(int blockIndex) => Array.Fill(_bytes, (byte)0xFF, blockIndex * EraseBlockSize, EraseBlockSize);

        public void Write(int offset, byte[] buffer, int bufferOffset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                byte value = buffer[bufferOffset + i];
                if ((_bytes[offset + i] & value) != value)
                {
                    throw new FlashException("write would set a bit at " + (offset + i));
                }

                _bytes[offset + i] = value;
            }
        }
    }
}
