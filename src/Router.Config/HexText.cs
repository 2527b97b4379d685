using System.Text;

namespace Router.Config
{
    /// <summary>Bytes as lower-case hex digits and back, for the text forms of stored values.</summary>
    public static class HexText
    {
        private const string Digits = "0123456789abcdef";

        public static void Append(StringBuilder text, byte[] bytes, int offset, int count)
        {
            for (int i = offset; i < offset + count; i++)
            {
                text.Append(Digits[bytes[i] >> 4]);
                text.Append(Digits[bytes[i] & 0x0F]);
            }
        }

        /// <summary>
        /// Decodes exactly <paramref name="count"/> bytes from <paramref name="text"/>[<paramref name="start"/>..]
        /// (2 × count digits, either case). Returns false, leaving the output partly written, on
        /// any character that is not a hex digit or when the text is too short.
        /// </summary>
        public static bool TryDecode(string text, int start, byte[] output, int count)
        {
            if (start < 0 || text.Length - start < 2 * count)
            {
                return false;
            }

            for (int i = 0; i < count; i++)
            {
                int high = Nibble(text[start + 2 * i]);
                int low = Nibble(text[start + 2 * i + 1]);
                if (high < 0 || low < 0)
                {
                    return false;
                }

                output[i] = (byte)((high << 4) | low);
            }

            return true;
        }

        private static int Nibble(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }
    }
}
