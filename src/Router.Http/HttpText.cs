namespace Router.Http
{
    /// <summary>Character classes and small conversions of HTTP/1.1 text (RFC 9110 5.6), on bytes, allocation-aware.</summary>
    public static class HttpText
    {
        private static readonly string[] KnownMethods = { "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH" };

        private static readonly string[] KnownHeaders =
        {
            "Host", "User-Agent", "Accept", "Accept-Encoding", "Accept-Language", "Connection", "Content-Length",
            "Content-Type", "Cookie", "Referer", "Origin", "Cache-Control", "Upgrade-Insecure-Requests",
            "Sec-Fetch-Site", "Sec-Fetch-Mode", "Sec-Fetch-Dest", "Sec-Fetch-User", "If-None-Match", "Pragma",
            "Authorization", "X-Requested-With", "Transfer-Encoding", "Expect", "Priority",
        };

        /// <summary>tchar (RFC 9110 5.6.2).</summary>
        public static bool IsTokenChar(byte b)
        {
            if ((b >= (byte)'a' && b <= (byte)'z') || (b >= (byte)'A' && b <= (byte)'Z') || (b >= (byte)'0' && b <= (byte)'9'))
            {
                return true;
            }

            switch (b)
            {
                case (byte)'!':
                case (byte)'#':
                case (byte)'$':
                case (byte)'%':
                case (byte)'&':
                case (byte)'\'':
                case (byte)'*':
                case (byte)'+':
                case (byte)'-':
                case (byte)'.':
                case (byte)'^':
                case (byte)'_':
                case (byte)'`':
                case (byte)'|':
                case (byte)'~':
                    return true;
                default:
                    return false;
            }
        }

        public static bool IsDigit(byte b)
        {
            return b >= (byte)'0' && b <= (byte)'9';
        }

        public static bool IsWhitespace(byte b)
        {
            return b == (byte)' ' || b == (byte)'\t';
        }

        /// <summary>The methods this server implements; others are answered 501 (RFC 9110 9.1).</summary>
        public static bool IsImplementedMethod(string method)
        {
            for (int i = 0; i < KnownMethods.Length; i++)
            {
                if ((object)KnownMethods[i] == (object)method)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The method as a shared string for the known ones (no allocation), a new string otherwise.</summary>
        public static string Method(byte[] data, int start, int end)
        {
            for (int i = 0; i < KnownMethods.Length; i++)
            {
                if (BytesEqual(data, start, end, KnownMethods[i], false))
                {
                    return KnownMethods[i];
                }
            }

            return Ascii(data, start, end);
        }

        /// <summary>A header name: the shared spelling of a common one (names compare case-insensitively), else a new string.</summary>
        public static string HeaderName(byte[] data, int start, int end)
        {
            for (int i = 0; i < KnownHeaders.Length; i++)
            {
                if (BytesEqual(data, start, end, KnownHeaders[i], true))
                {
                    return KnownHeaders[i];
                }
            }

            return Ascii(data, start, end);
        }

        /// <summary>Bytes [start, end) as a string, one char per byte (obs-text kept as Latin-1).</summary>
        public static string Ascii(byte[] data, int start, int end)
        {
            if (end <= start)
            {
                return string.Empty;
            }

            char[] chars = new char[end - start];
            for (int i = start; i < end; i++)
            {
                chars[i - start] = (char)data[i];
            }

            return new string(chars);
        }

        public static bool StartsWithIgnoringCase(byte[] data, int start, int end, string prefix)
        {
            if (end - start < prefix.Length)
            {
                return false;
            }

            return BytesEqual(data, start, start + prefix.Length, prefix, true);
        }

        public static bool EqualsIgnoringCase(string a, string b)
        {
            if (a == null || b == null || a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (Lower(a[i]) != Lower(b[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether a comma-separated list (Connection, Transfer-Encoding) holds <paramref name="token"/>, case-insensitively.</summary>
        public static bool ContainsToken(string list, string token)
        {
            int start = 0;
            while (start <= list.Length)
            {
                int end = list.IndexOf(',', start);
                if (end < 0)
                {
                    end = list.Length;
                }

                int a = start;
                int b = end;
                while (a < b && (list[a] == ' ' || list[a] == '\t'))
                {
                    a++;
                }

                while (b > a && (list[b - 1] == ' ' || list[b - 1] == '\t'))
                {
                    b--;
                }

                if (b - a == token.Length)
                {
                    bool same = true;
                    for (int i = 0; i < token.Length && same; i++)
                    {
                        same = Lower(list[a + i]) == Lower(token[i]);
                    }

                    if (same)
                    {
                        return true;
                    }
                }

                start = end + 1;
            }

            return false;
        }

        /// <summary>Content-Length = 1*DIGIT (RFC 9110 8.6): the value, -1 when malformed, -2 when absurdly large.</summary>
        public static int ParseLength(string value)
        {
            if (value.Length == 0)
            {
                return -1;
            }

            int result = 0;
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c < '0' || c > '9')
                {
                    return -1;
                }

                if (result > 100000000)
                {
                    return -2;
                }

                result = result * 10 + (c - '0');
            }

            return result;
        }

        private static bool BytesEqual(byte[] data, int start, int end, string text, bool ignoreCase)
        {
            if (end - start != text.Length)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char a = (char)data[start + i];
                char b = text[i];
                if (ignoreCase ? Lower(a) != Lower(b) : a != b)
                {
                    return false;
                }
            }

            return true;
        }

        private static char Lower(char c)
        {
            return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }
    }
}
