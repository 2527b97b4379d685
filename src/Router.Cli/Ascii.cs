namespace Router.Cli
{
    /// <summary>
    /// Culture-free character tests. nanoFramework's Char has no static IsDigit/ToUpper, and
    /// the command language is ASCII anyway (only quoted values may hold other characters).
    /// </summary>
    internal static class Ascii
    {
        public static bool IsLower(char c)
        {
            return c >= 'a' && c <= 'z';
        }

        public static bool IsDigit(char c)
        {
            return c >= '0' && c <= '9';
        }

        public static bool IsHexDigit(char c)
        {
            return IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }

        public static int HexValue(char c)
        {
            if (IsDigit(c))
            {
                return c - '0';
            }

            return (c >= 'a' && c <= 'f') ? c - 'a' + 10 : c - 'A' + 10;
        }

        public static char ToUpper(char c)
        {
            return IsLower(c) ? (char)(c - ('a' - 'A')) : c;
        }

        public static char ToLower(char c)
        {
            return (c >= 'A' && c <= 'Z') ? (char)(c + ('a' - 'A')) : c;
        }

        public static bool IsBlank(char c)
        {
            return c == ' ' || c == '\t';
        }

        /// <summary>The straight quote and the manuals' typographic quotes, which open and close alike.</summary>
        public static bool IsQuote(char c)
        {
            return c == '"' || c == '\u201C' || c == '\u201D';
        }

        /// <summary>Case-insensitive comparison of two ranges of equal length.</summary>
        public static bool EqualsIgnoreCase(string a, int aStart, string b, int bStart, int length)
        {
            for (int i = 0; i < length; i++)
            {
                if (ToUpper(a[aStart + i]) != ToUpper(b[bStart + i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the range equals the whole of <paramref name="word"/>, ignoring case.</summary>
        public static bool RangeIs(string text, int start, int length, string word)
        {
            return length == word.Length && EqualsIgnoreCase(text, start, word, 0, length);
        }
    }
}
