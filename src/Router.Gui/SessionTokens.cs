using Router.Enco;

namespace Router.Gui
{
    /// <summary>
    /// Session identifiers and CSRF tokens: 128 random bits from the ENCO engine's DRBG as 32 lower-case hex
    /// digits (OWASP session management: at least 64 bits of entropy), compared in fixed time so the time a
    /// comparison takes does not reveal how much of a guess was right.
    /// </summary>
    public static class SessionTokens
    {
        public const int Bytes = 16;
        public const int Length = Bytes * 2;

        private const string Digits = "0123456789abcdef";

        public static string NewToken()
        {
            byte[] random = new byte[Bytes];
            EncoRandom.Fill(random, 0, Bytes);
            char[] text = new char[Length];
            for (int i = 0; i < Bytes; i++)
            {
                text[2 * i] = Digits[random[i] >> 4];
                text[2 * i + 1] = Digits[random[i] & 0x0F];
            }

            System.Array.Clear(random, 0, Bytes);
            return new string(text);
        }

        /// <summary>True when both are non-null and equal; the time depends only on the expected token's length.</summary>
        public static bool AreEqual(string expected, string presented)
        {
            if (expected == null || presented == null)
            {
                return false;
            }

            int difference = expected.Length ^ presented.Length;
            for (int i = 0; i < expected.Length; i++)
            {
                char other = i < presented.Length ? presented[i] : '\0';
                difference |= expected[i] ^ other;
            }

            return difference == 0;
        }
    }
}
