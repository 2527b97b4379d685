using System;
using Router.Core;
using Router.HostBoard;

namespace Router.Storage.HostTests
{
    /// <summary>
    /// NOR flash in RAM with the chip's rules (erase to 0xFF, writes only clear bits; a write
    /// that would set one is refused like FileFlash does) and a power cut after N programmed
    /// bytes. Harsher than FileFlash when <see cref="TornBytes"/> is set: the byte being
    /// programmed when the power goes keeps a random subset of the bits it was clearing, as
    /// a real chip's half-programmed cell may. Erases are atomic, as in FileFlash.
    /// </summary>
    public sealed class SimulatedNorFlash : ITestFlash
    {
        private readonly byte[] _bytes;
        private readonly int _eraseBlockSize;
        private readonly Random _random;
        private long _budget = -1;
        private bool _powerLost;

        public SimulatedNorFlash(int size, int eraseBlockSize, int seed = 0)
        {
            _bytes = new byte[size];
            _eraseBlockSize = eraseBlockSize;
            _random = new Random(seed);
            Array.Fill(_bytes, (byte)0xFF);
        }

        private SimulatedNorFlash(byte[] bytes, int eraseBlockSize, bool tornBytes)
        {
            _bytes = bytes;
            _eraseBlockSize = eraseBlockSize;
            _random = new Random(1);
            TornBytes = tornBytes;
        }

        /// <summary>A chip holding a copy of <paramref name="image"/>.</summary>
        public static SimulatedNorFlash FromImage(byte[] image, int eraseBlockSize) =>
            new SimulatedNorFlash((byte[])image.Clone(), eraseBlockSize, false);

        public int Size => _bytes.Length;

        public int EraseBlockSize => _eraseBlockSize;

        /// <summary>The chip image, live: tests scan it and damage it.</summary>
        public byte[] Image => _bytes;

        public bool TornBytes { get; set; }

        public long BytesWritten { get; private set; }

        public long Erases { get; private set; }

        public ITestFlash Clone() => new SimulatedNorFlash((byte[])_bytes.Clone(), _eraseBlockSize, TornBytes);

        public byte[] Snapshot() => (byte[])_bytes.Clone();

        public void CutPowerAfter(long bytes) => _budget = bytes;

        public void Dispose()
        {
        }

        /// <summary>The board boots again: power back, no cut planned.</summary>
        public void RestorePower()
        {
            _powerLost = false;
            _budget = -1;
        }

        public void Read(int offset, byte[] buffer, int bufferOffset, int count)
        {
            CheckPowered();
            CheckRange(offset, count);
            Array.Copy(_bytes, offset, buffer, bufferOffset, count);
        }

        public void Erase(int blockIndex)
        {
            CheckPowered();
            CheckRange(blockIndex * _eraseBlockSize, _eraseBlockSize);
            Array.Fill(_bytes, (byte)0xFF, blockIndex * _eraseBlockSize, _eraseBlockSize);
            Erases++;
        }

        public void Write(int offset, byte[] buffer, int bufferOffset, int count)
        {
            CheckPowered();
            CheckRange(offset, count);
            for (int i = 0; i < count; i++)
            {
                byte wanted = buffer[bufferOffset + i];
                if ((_bytes[offset + i] & wanted) != wanted)
                {
                    throw new FlashException("write at " + (offset + i) + " would set bits");
                }
            }

            int allowed = _budget < 0 ? count : (int)Math.Min(count, _budget);
            Array.Copy(buffer, bufferOffset, _bytes, offset, allowed);
            BytesWritten += allowed;
            if (_budget < 0)
            {
                return;
            }

            _budget -= allowed;
            if (_budget == 0)
            {
                if (TornBytes && allowed < count)
                {
                    // The cell being programmed: some of the bits it was clearing are cleared.
                    int at = offset + allowed;
                    byte clearing = (byte)(_bytes[at] & ~buffer[bufferOffset + allowed]);
                    _bytes[at] &= (byte)~(clearing & _random.Next(256));
                }

                _powerLost = true;
                _budget = -1;
                throw new PowerCutException("power cut after " + BytesWritten + " bytes");
            }
        }

        private void CheckPowered()
        {
            if (_powerLost)
            {
                throw new PowerCutException("the board has no power");
            }
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
