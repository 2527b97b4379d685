using Router.Core;

namespace Router.Pki.Der
{
    /// <summary>Comparison and copies of byte ranges, possibly in different buffers (encodings, key identifiers, serials).</summary>
    public static class Bytes
    {
        /// <summary>
        /// A private copy of a caller's segment of at most <paramref name="maxLength"/> bytes, for a
        /// parsed object that keeps its encoding; <paramref name="what"/> names it in the error.
        /// </summary>
        public static byte[] CopySegment(byte[] buffer, int offset, int count, int maxLength, string what)
        {
            if (buffer == null || offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new MalformedInputException(what + " segment outside its buffer");
            }

            if (count > maxLength)
            {
                throw new MalformedInputException(what + " too large");
            }

            byte[] copy = new byte[count];
            System.Array.Copy(buffer, offset, copy, 0, count);
            return copy;
        }

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
