namespace Router.Tls.Diagnostics
{
    /// <summary>
    /// Reads the cipher suite list of <c>set ssl ciphers=...</c>: items separated by ',' or ':' (OpenSSL's
    /// separator), optionally in parentheses as seed 003's CIPHLIST "(47,10,9)"; each item an IANA number in
    /// decimal (4865) or hex (0x1301), an IANA name (TLS_AES_128_GCM_SHA256) or an OpenSSL name
    /// (ECDHE-ECDSA-AES128-GCM-SHA256), any case. Only suites this server negotiates
    /// (<see cref="CipherSuite.IsSupported"/>) are accepted; a repeated suite is kept once, in its first place.
    /// </summary>
    public static class SslSuiteList
    {
        /// <summary>Most suites a list may hold: every suite the server negotiates.</summary>
        public static readonly int MaxSuites = CipherSuite.DefaultOrder.Length;

        // OpenSSL's names, in the order of CipherSuite.DefaultOrder (TLS 1.3 suites have the IANA name only).
        private static readonly string[] OpenSslNames =
        {
            "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
            "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384",
            "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-CHACHA20-POLY1305",
        };

        /// <summary>
        /// Parses <paramref name="text"/> into <paramref name="suites"/> (at least <see cref="MaxSuites"/> long).
        /// Returns the number of suites, or -1 when an item is not a suite of this server: then
        /// <paramref name="badStart"/> and <paramref name="badLength"/> locate it in the text (an empty item too).
        /// </summary>
        public static int Parse(string text, int[] suites, out int badStart, out int badLength)
        {
            badStart = 0;
            badLength = text == null ? 0 : text.Length;
            if (text == null)
            {
                return -1;
            }

            int start = 0;
            int end = text.Length;
            if (end - start >= 2 && text[start] == '(' && text[end - 1] == ')')
            {
                start++;
                end--;
            }

            int count = 0;
            int itemStart = start;
            for (int i = start; i <= end; i++)
            {
                if (i < end && text[i] != ',' && text[i] != ':')
                {
                    continue;
                }

                int suite = Suite(text, itemStart, i - itemStart);
                if (suite < 0)
                {
                    badStart = itemStart;
                    badLength = i - itemStart;
                    return -1;
                }

                if (IndexOf(suites, count, suite) < 0 && count < suites.Length)
                {
                    suites[count++] = suite;
                }

                itemStart = i + 1;
            }

            return count;
        }

        /// <summary>The list as set ssl ciphers= reads it back: hex IANA numbers joined by commas ("0x1301,0xC02B").</summary>
        public static string Format(int[] suites)
        {
            string text = string.Empty;
            for (int i = 0; suites != null && i < suites.Length; i++)
            {
                text += (i > 0 ? ",0x" : "0x") + suites[i].ToString("X4");
            }

            return text;
        }

        /// <summary>The OpenSSL name of a suite this server negotiates (the IANA name for TLS 1.3), or "none".</summary>
        public static string OpenSslName(int suite)
        {
            int at = IndexOf(CipherSuite.DefaultOrder, CipherSuite.DefaultOrder.Length, suite);
            return at < 0 ? "none" : OpenSslNames[at];
        }

        /// <summary>The suite an item names, or -1.</summary>
        private static int Suite(string text, int start, int length)
        {
            while (length > 0 && text[start] == ' ')
            {
                start++;
                length--;
            }

            while (length > 0 && text[start + length - 1] == ' ')
            {
                length--;
            }

            if (length == 0)
            {
                return -1;
            }

            int number = Number(text, start, length);
            if (number >= 0)
            {
                return CipherSuite.IsSupported(number) ? number : -1;
            }

            int[] known = CipherSuite.DefaultOrder;
            for (int i = 0; i < known.Length; i++)
            {
                if (SameText(text, start, length, CipherSuite.Name(known[i])) || SameText(text, start, length, OpenSslNames[i]))
                {
                    return known[i];
                }
            }

            return -1;
        }

        /// <summary>A decimal or 0x-hex number up to 0xFFFF, or -1 when the item is not one.</summary>
        private static int Number(string text, int start, int length)
        {
            bool hex = length > 2 && text[start] == '0' && (text[start + 1] == 'x' || text[start + 1] == 'X');
            int i = hex ? start + 2 : start;
            int end = start + length;
            int value = 0;
            for (; i < end; i++)
            {
                int digit = Digit(text[i], hex);
                if (digit < 0)
                {
                    return -1;
                }

                value = value * (hex ? 16 : 10) + digit;
                if (value > 0xFFFF)
                {
                    return -1;
                }
            }

            return value;
        }

        private static int Digit(char c, bool hex)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (hex && c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            return hex && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        }

        private static bool SameText(string text, int start, int length, string name)
        {
            if (name.Length != length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                char a = text[start + i];
                char b = name[i];
                if (a >= 'a' && a <= 'z')
                {
                    a = (char)(a - 32);
                }

                if (a != b)
                {
                    return false;
                }
            }

            return true;
        }

        private static int IndexOf(int[] values, int count, int value)
        {
            for (int i = 0; i < count; i++)
            {
                if (values[i] == value)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
