namespace Router.Pki.Der
{
    /// <summary>Comparison of byte ranges, possibly in different buffers (encodings, key identifiers, serials).</summary>
    public static class Bytes
    {
        public static bool Equal(byte[] a, int aOffset, int aLength, byte[] b, int bOffset, int bLength)
        {
            if (aLength != bLength)
            {
                return false;
            }

            for (int i = 0; i < aLength; i++)
            {
                if (a[aOffset + i] != b[bOffset + i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the contents of two elements are equal.</summary>
        public static bool Equal(byte[] a, DerElement first, byte[] b, DerElement second)
        {
            return Equal(a, first.Offset, first.Length, b, second.Offset, second.Length);
        }
    }
}
