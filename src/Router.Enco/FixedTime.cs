namespace Router.Enco
{
    /// <summary>Comparisons whose time does not depend on where the bytes differ (MAC and tag checks).</summary>
    internal static class FixedTime
    {
        /// <summary>True when a[aOffset..+count) equals b[bOffset..+count); segments already checked.</summary>
        internal static bool Equal(byte[] a, int aOffset, byte[] b, int bOffset, int count)
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
