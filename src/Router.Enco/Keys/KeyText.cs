namespace Router.Enco.Keys
{
    /// <summary>Key values as the administrator types and reads them: text for general keys, hexadecimal for the others.</summary>
    internal static class KeyText
    {
        private const string HexDigits = "0123456789ABCDEF";

        /// <summary>The bytes of a general key typed as text (' '..'~'), or null for anything else.</summary>
        public static byte[] FromText(string text)
        {
            if (text == null || text.Length < 1 || text.Length > EncoKeyStore.MaxGeneralLength)
            {
                return null;
            }

            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < ' ' || c > '~')
                {
                    return null;
                }

                bytes[i] = (byte)c;
            }

            return bytes;
        }

        /// <summary>The bytes of "[0x]hexdigits" (an even number of digits, at least two), or null.</summary>
        public static byte[] FromHex(string text)
        {
            if (text == null)
            {
                return null;
            }

            int start = text.Length > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X') ? 2 : 0;
            int digits = text.Length - start;
            if (digits < 2 || digits % 2 != 0 || digits > 2 * EncoKeyStore.MaxGeneralLength)
            {
                return null;
            }

            byte[] bytes = new byte[digits / 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                int high = Nibble(text[start + 2 * i]);
                int low = Nibble(text[start + 2 * i + 1]);
                if (high < 0 || low < 0)
                {
                    System.Array.Clear(bytes, 0, bytes.Length);
                    return null;
                }

                bytes[i] = (byte)((high << 4) | low);
            }

            return bytes;
        }

        /// <summary>
        /// How show enco key prints a general key's value: as the text, so that it can be typed as
        /// VALUE= on the peer; as 0x and hexadecimal when it holds a byte that is not printable.
        /// </summary>
        public static string Display(byte[] value)
        {
            bool printable = true;
            for (int i = 0; i < value.Length && printable; i++)
            {
                printable = value[i] >= 0x20 && value[i] <= 0x7E;
            }

            char[] text = new char[printable ? value.Length : 2 + 2 * value.Length];
            if (printable)
            {
                for (int i = 0; i < value.Length; i++)
                {
                    text[i] = (char)value[i];
                }
            }
            else
            {
                text[0] = '0';
                text[1] = 'x';
                for (int i = 0; i < value.Length; i++)
                {
                    text[2 + 2 * i] = HexDigits[value[i] >> 4];
                    text[3 + 2 * i] = HexDigits[value[i] & 0x0F];
                }
            }

            string shown = new string(text);
            System.Array.Clear(text, 0, text.Length);
            return shown;
        }

        /// <summary>Bytes as upper-case hexadecimal without a prefix (public values only: fingerprints).</summary>
        public static string Hex(byte[] value)
        {
            char[] text = new char[2 * value.Length];
            for (int i = 0; i < value.Length; i++)
            {
                text[2 * i] = HexDigits[value[i] >> 4];
                text[2 * i + 1] = HexDigits[value[i] & 0x0F];
            }

            return new string(text);
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
