using System;
using Router.Core;

namespace Router.Enco.Tests
{
    /// <summary>NOR flash in RAM (erased to 0xFF, writes only clear bits) whose image the key store tests scan for key bytes.</summary>
    public sealed class KeysNorFlash : IFlash
    {
        private readonly byte[] _bytes;
        private readonly int _eraseBlockSize;

        public KeysNorFlash(int size, int eraseBlockSize)
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
            Array.Copy(_bytes, offset, buffer, bufferOffset, count);
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
                byte wanted = buffer[bufferOffset + i];
                if ((_bytes[offset + i] & wanted) != wanted)
                {
                    throw new FlashException("write would set bits");
                }
            }

            Array.Copy(buffer, bufferOffset, _bytes, offset, count);
        }

        /// <summary>True when any <paramref name="window"/>-byte run of <paramref name="secret"/> appears in the image.</summary>
        public bool ContainsAnyPartOf(byte[] secret, int window)
        {
            for (int from = 0; from + window <= secret.Length; from++)
            {
                for (int start = 0; start + window <= _bytes.Length; start++)
                {
                    int i = 0;
                    while (i < window && _bytes[start + i] == secret[from + i])
                    {
                        i++;
                    }

                    if (i == window)
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
