namespace Router.Core
{
    /// <summary>
    /// NOR flash as the chip offers it: reads anywhere, erases whole blocks to 0xFF, and writes
    /// that can only clear bits (1 to 0). Setting a bit back to 1 needs an erase of its block.
    /// A real chip silently ANDs such a write; the host board refuses it with
    /// <see cref="FlashException"/> so that tests catch the mistake.
    /// </summary>
    public interface IFlash
    {
        /// <summary>Size in bytes, a multiple of <see cref="EraseBlockSize"/>.</summary>
        int Size { get; }

        int EraseBlockSize { get; }

        void Read(int offset, byte[] buffer, int bufferOffset, int count);

        /// <summary>Sets every byte of block <paramref name="blockIndex"/> to 0xFF.</summary>
        void Erase(int blockIndex);

        /// <summary>Programs the bytes; each may only clear bits of what the flash holds.</summary>
        void Write(int offset, byte[] buffer, int bufferOffset, int count);
    }
}
