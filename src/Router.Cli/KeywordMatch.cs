namespace Router.Cli
{
    /// <summary>
    /// The manuals' abbreviation rule: a keyword written <c>CREate</c> may be typed as any
    /// prefix from its capitalised part up to the whole word, in any case. The capitalised
    /// part is the leading run of characters that are not lowercase letters, so digits
    /// count (<c>3DES2key</c> needs "3des2").
    /// </summary>
    internal static class KeywordMatch
    {
        public const int None = 0;

        /// <summary>The input is a prefix of the keyword but shorter than its capitals.</summary>
        public const int TooShort = 1;

        /// <summary>The input is an accepted abbreviation (at least the capitals, not the whole word).</summary>
        public const int Abbreviation = 2;

        /// <summary>The input is the whole keyword.</summary>
        public const int Exact = 3;

        public static int Compare(string input, int inputStart, int inputLength, string syntax, int wordStart, int wordLength)
        {
            if (inputLength == 0 || inputLength > wordLength)
            {
                return None;
            }

            if (!Ascii.EqualsIgnoreCase(input, inputStart, syntax, wordStart, inputLength))
            {
                return None;
            }

            if (inputLength == wordLength)
            {
                return Exact;
            }

            return inputLength >= MinimumLength(syntax, wordStart, wordLength) ? Abbreviation : TooShort;
        }

        /// <summary>The length of the capitalised part; a word written all in lowercase must be typed in full.</summary>
        public static int MinimumLength(string syntax, int wordStart, int wordLength)
        {
            int n = 0;
            while (n < wordLength && !Ascii.IsLower(syntax[wordStart + n]))
            {
                n++;
            }

            return n == 0 ? wordLength : n;
        }
    }
}
