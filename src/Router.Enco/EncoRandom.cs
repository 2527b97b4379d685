namespace Router.Enco
{
    /// <summary>
    /// Random bytes from the engine's CTR_DRBG (SP 800-90A), seeded from the OS on the host and from the
    /// ESP32's hardware RNG on the device. For keys, nonces, IVs, cookies and session identifiers.
    /// </summary>
    public static class EncoRandom
    {
        /// <summary>Fills <paramref name="buffer"/>[<paramref name="offset"/> .. +<paramref name="count"/>) with random bytes.</summary>
        public static void Fill(byte[] buffer, int offset, int count)
        {
            BufferSegment.CheckInput(buffer, offset, count);
            EncoException.ThrowIfFailed(EncoNative.RandomFill(buffer, offset, count));
        }

        /// <summary>
        /// Reseeds the generator from its entropy source now, mixing in an optional segment. The ESP32 board
        /// calls it once Wi-Fi is up: only then does the hardware RNG draw on RF noise.
        /// </summary>
        public static void Reseed(byte[] additional, int offset, int count)
        {
            BufferSegment.CheckInput(additional, offset, count);
            EncoException.ThrowIfFailed(EncoNative.RandomReseed(additional, offset, count));
        }
    }
}
