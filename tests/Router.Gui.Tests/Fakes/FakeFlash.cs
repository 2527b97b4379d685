using System;
using Router.Core;

namespace Router.Gui.Tests.Fakes
{
    /// <summary>NOR flash in RAM with the chip's rules: erased to 0xFF, writes may only clear bits (as Router.Config.Tests' fake).</summary>
    public sealed class FakeFlash : IFlash
    {
        private readonly byte[] _bytes;
        private readonly int _eraseBlockSize;

        public FakeFlash(int size, int eraseBlockSize)
        {
            _bytes = new byte[size];
            _eraseBlockSize = eraseBlockSize;
            for (int i = 0; i < size; i++)
            {
                _bytes[i] = 0xFF;
            }
        }

        public int Size
        {
            get { return _bytes.Length; }
        }

        public int EraseBlockSize
        {
            get { return _eraseBlockSize; }
        }

        /// <summary>The raw chip, for tests that look for leftovers.</summary>
        public byte[] Bytes
        {
            get { return _bytes; }
        }

        public void Read(int offset, byte[] buffer, int bufferOffset, int count)
        {
            CheckRange(offset, count);
            Array.Copy(_bytes, offset, buffer, bufferOffset, count);
        }

        public void Erase(int blockIndex)
        {
            CheckRange(blockIndex * _eraseBlockSize, _eraseBlockSize);
            for (int i = 0; i < _eraseBlockSize; i++)
            {
                _bytes[blockIndex * _eraseBlockSize + i] = 0xFF;
            }
        }

        public void Write(int offset, byte[] buffer, int bufferOffset, int count)
        {
            CheckRange(offset, count);
            for (int i = 0; i < count; i++)
            {
                byte wanted = buffer[bufferOffset + i];
                if ((_bytes[offset + i] & wanted) != wanted)
                {
                    throw new FlashException("write would set bits");
                }
            }

            Array.Copy(buffer, bufferOffset, _bytes, offset, count);
        }

        private void CheckRange(int offset, int count)
        {
            if (offset < 0 || count < 0 || offset > _bytes.Length - count)
            {
                throw new FlashException("outside the flash");
            }
        }
    }
}
