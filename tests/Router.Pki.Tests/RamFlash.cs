using Router.Core;

namespace Router.Pki.Tests
{
    /// <summary>NOR flash in RAM (erase to 0xFF, writes clear bits only), under the flash store in the database tests.</summary>
    internal sealed class RamFlash : IFlash
    {
        private readonly byte[] _bytes;
        private readonly int _eraseBlockSize;

        public RamFlash(int size, int eraseBlockSize)
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

        public void Read(int offset, byte[] buffer, int bufferOffset, int count)
        {
            System.Array.Copy(_bytes, offset, buffer, bufferOffset, count);
        }

        public void Erase(int blockIndex)
        {
            for (int i = 0; i < _eraseBlockSize; i++)
            {
                _bytes[blockIndex * _eraseBlockSize + i] = 0xFF;
            }
        }

        public void Write(int offset, byte[] buffer, int bufferOffset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                int value = buffer[bufferOffset + i];
                if ((_bytes[offset + i] & value) != value)
                {
                    throw new FlashException("write would set a bit");
                }

                _bytes[offset + i] = (byte)value;
            }
        }
    }
}
