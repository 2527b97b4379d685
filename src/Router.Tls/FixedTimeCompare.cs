namespace Router.Tls
{
    /// <summary>Byte comparison without an early exit, so the time does not tell where a forged Finished or binder differs.</summary>
    internal static class FixedTimeCompare
    {
        /// <summary>True when a[aOffset..+count) equals b[bOffset..+count); the caller has checked the bounds.</summary>
        public static bool Equal(byte[] a, int aOffset, byte[] b, int bOffset, int count)
        {
            int difference = 0;
            for (int i = 0; i < count; i++)
            {
                difference |= a[aOffset + i] ^ b[bOffset + i];
            }

            return difference == 0;
        }
    }
}
