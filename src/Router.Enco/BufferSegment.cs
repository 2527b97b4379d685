namespace Router.Enco
{
    /// <summary>
    /// Checks (array, offset, count) arguments before they reach <see cref="EncoNative"/>, with the
    /// codes the native engine would use. On the host this is the only bounds check: P/Invoke hands
    /// the engine a bare pointer.
    /// </summary>
    internal static class BufferSegment
    {
        /// <summary>An input segment lying inside its array.</summary>
        internal static void CheckInput(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new EncoException(EncoStatus.NullPointer);
            }

            // Subtraction, so offset + count cannot overflow.
            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new EncoException(EncoStatus.BadLength);
            }
        }

        /// <summary>An output position with at least <paramref name="size"/> bytes after it.</summary>
        internal static void CheckOutput(byte[] buffer, int offset, int size)
        {
            if (buffer == null)
            {
                throw new EncoException(EncoStatus.NullPointer);
            }

            if (offset < 0 || offset > buffer.Length)
            {
                throw new EncoException(EncoStatus.BadLength);
            }

            if (buffer.Length - offset < size)
            {
                throw new EncoException(EncoStatus.BufferTooSmall);
            }
        }
    }
}
