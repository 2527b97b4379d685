namespace Router.Config.Users
{
    /// <summary>
    /// Compares secrets in a time that depends on the buffer sizes only, never on where the
    /// first difference is, so a login attempt cannot learn a password or a hash byte by byte.
    /// </summary>
    public static class FixedTimeComparison
    {
        /// <summary>
        /// True when the first <paramref name="expectedLength"/> characters of
        /// <paramref name="expected"/> equal the first <paramref name="actualLength"/> characters
        /// of <paramref name="actual"/>. Every position of <paramref name="expected"/> is visited
        /// whatever the lengths.
        /// </summary>
        public static bool AreEqual(char[] expected, int expectedLength, char[] actual, int actualLength)
        {
            int difference = expectedLength ^ actualLength;
            for (int i = 0; i < expected.Length; i++)
            {
                int a = i < expectedLength ? expected[i] : 0;
                int b = i < actualLength && i < actual.Length ? actual[i] : 0;
                difference |= a ^ b;
            }

            return difference == 0;
        }

        /// <summary>True when a[aOffset..+count) equals b[bOffset..+count); every byte is visited.</summary>
        public static bool AreEqual(byte[] a, int aOffset, byte[] b, int bOffset, int count)
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
