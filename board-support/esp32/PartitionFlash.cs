using System.Runtime.CompilerServices;
using Router.Core;

namespace Router.Esp32
{
    /// <summary>
    /// The "router" data partition of the ESP32's SPI flash (partitions.csv in
    /// native-interop/esp32-board), reached through esp_partition_* in our interop library.
    /// The chip is NOR flash: the same contract as <see cref="IFlash"/>.
    /// </summary>
    public sealed class PartitionFlash : IFlash
    {
        // The SPI flash's sector: the smallest erasable unit.
        private const int SectorSize = 4096;

        private readonly int _size;

        public PartitionFlash()
        {
            _size = NativeOpen();
            if (_size <= 0)
            {
                throw new FlashException("no \"router\" data partition in the flash partition table");
            }
        }

        public int Size
        {
            get { return _size; }
        }

        public int EraseBlockSize
        {
            get { return SectorSize; }
        }

        public void Read(int offset, byte[] buffer, int bufferOffset, int count)
        {
            Check(offset, buffer, bufferOffset, count);
            Result(NativeRead(offset, buffer, bufferOffset, count), "read");
        }

        public void Erase(int blockIndex)
        {
            if (blockIndex < 0 || blockIndex >= _size / SectorSize)
            {
                throw new FlashException("erase block out of range");
            }

            Result(NativeErase(blockIndex * SectorSize, SectorSize), "erase");
        }

        public void Write(int offset, byte[] buffer, int bufferOffset, int count)
        {
            Check(offset, buffer, bufferOffset, count);
            Result(NativeWrite(offset, buffer, bufferOffset, count), "write");
        }

        private void Check(int offset, byte[] buffer, int bufferOffset, int count)
        {
            if (buffer == null || offset < 0 || count < 0 || bufferOffset < 0
                || offset > _size - count || bufferOffset > buffer.Length - count)
            {
                throw new FlashException("flash access out of range");
            }
        }

        private static void Result(int espError, string operation)
        {
            if (espError != 0)
            {
                throw new FlashException("flash " + operation + " failed, esp_err " + espError.ToString());
            }
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeOpen();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeRead(int offset, byte[] buffer, int bufferOffset, int count);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeErase(int offset, int count);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeWrite(int offset, byte[] buffer, int bufferOffset, int count);
    }
}
