namespace Router.Core.Storage
{
    /// <summary>
    /// CRC-32 of IEEE 802.3 (zip, Ethernet: reflected polynomial 0xEDB88320), computed a nibble at
    /// a time from a 16-entry table, so it costs 64 bytes of table instead of 1 KiB. It is a
    /// managed per-byte loop: fine for the flash store's records (a few KB at a time), not for
    /// packet payloads. If the ENCO engine gains a CRC, only <see cref="Update"/> changes.
    /// </summary>
    public static class Crc32
    {
        /// <summary>The running value to start with; <see cref="Finish"/> turns a running value into the CRC.</summary>
        public const uint Initial = 0xFFFFFFFF;

        private static readonly uint[] NibbleTable = new uint[]
        {
            0x00000000, 0x1DB71064, 0x3B6E20C8, 0x26D930AC, 0x76DC4190, 0x6B6B51F4, 0x4DB26158, 0x5005713C,
            0xEDB88320, 0xF00F9344, 0xD6D6A3E8, 0xCB61B38C, 0x9B64C2B0, 0x86D3D2D4, 0xA00AE278, 0xBDBDF21C,
        };

        /// <summary>Feeds <paramref name="data"/>[<paramref name="offset"/> .. +<paramref name="count"/>) into a running value.</summary>
        public static uint Update(uint running, byte[] data, int offset, int count)
        {
            uint[] table = NibbleTable;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                running ^= data[i];
                running = (running >> 4) ^ table[running & 0x0F];
                running = (running >> 4) ^ table[running & 0x0F];
            }

            return running;
        }

        public static uint Finish(uint running)
        {
            return ~running;
        }

        /// <summary>The CRC-32 of one segment of a buffer.</summary>
        public static uint Compute(byte[] data, int offset, int count)
        {
            return Finish(Update(Initial, data, offset, count));
        }
    }
}
