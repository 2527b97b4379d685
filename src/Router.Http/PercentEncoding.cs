namespace Router.Http
{
    /// <summary>
    /// Decoding of percent-encoded text (RFC 3986 2.1) and of application/x-www-form-urlencoded pairs (WHATWG URL,
    /// "application/x-www-form-urlencoded parsing": '+' is a space). Malformed escapes are kept literally, bytes
    /// are UTF-8; nothing here throws on hostile input.
    /// </summary>
    public static class PercentEncoding
    {
        /// <summary>Longest decoded name or value, in bytes; longer ones are cut (the request is bounded anyway).</summary>
        public const int MaxDecoded = 8192;

        /// <summary>Decodes bytes [start, end) of <paramref name="data"/>.</summary>
        public static string Decode(byte[] data, int start, int end, bool plusIsSpace)
        {
            int length = end - start;
            if (length <= 0)
            {
                return string.Empty;
            }

            if (length > MaxDecoded)
            {
                length = MaxDecoded;
                end = start + length;
            }

            byte[] decoded = new byte[length];
            int n = 0;
            for (int i = start; i < end; i++)
            {
                byte b = data[i];
                if (b == (byte)'+' && plusIsSpace)
                {
                    decoded[n++] = (byte)' ';
                    continue;
                }

                if (b == (byte)'%' && i + 2 < end)
                {
                    int high = HexValue(data[i + 1]);
                    int low = HexValue(data[i + 2]);
                    if (high >= 0 && low >= 0)
                    {
                        decoded[n++] = (byte)((high << 4) | low);
                        i += 2;
                        continue;
                    }
                }

                decoded[n++] = b;
            }

            return Utf8(decoded, n);
        }

        /// <summary>Decodes characters [start, end) of <paramref name="text"/> (a query string: ASCII on the wire).</summary>
        public static string Decode(string text, int start, int end, bool plusIsSpace)
        {
            if (end - start <= 0)
            {
                return string.Empty;
            }

            byte[] bytes = new byte[end - start];
            for (int i = start; i < end; i++)
            {
                char c = text[i];
                bytes[i - start] = c < 0x100 ? (byte)c : (byte)'?';
            }

            return Decode(bytes, 0, bytes.Length, plusIsSpace);
        }

        /// <summary>
        /// The decoded value of the first pair named <paramref name="name"/> in "a=1&amp;b=2" form within bytes
        /// [start, end), or null when there is none. A pair without '=' has the value "".
        /// </summary>
        public static string FindPair(byte[] data, int start, int end, string name)
        {
            if (data == null || name == null)
            {
                return null;
            }

            int at = start;
            while (at < end)
            {
                int pairEnd = at;
                while (pairEnd < end && data[pairEnd] != (byte)'&' && data[pairEnd] != (byte)';')
                {
                    pairEnd++;
                }

                int equals = at;
                while (equals < pairEnd && data[equals] != (byte)'=')
                {
                    equals++;
                }

                if (equals > at && Decode(data, at, equals, true) == name)
                {
                    return equals < pairEnd ? Decode(data, equals + 1, pairEnd, true) : string.Empty;
                }

                at = pairEnd + 1;
            }

            return null;
        }

        /// <summary>The same as <see cref="FindPair(byte[], int, int, string)"/> over a query string.</summary>
        public static string FindPair(string text, string name)
        {
            if (text == null || text.Length == 0 || name == null)
            {
                return null;
            }

            int at = 0;
            while (at < text.Length)
            {
                int pairEnd = at;
                while (pairEnd < text.Length && text[pairEnd] != '&' && text[pairEnd] != ';')
                {
                    pairEnd++;
                }

                int equals = text.IndexOf('=', at);
                if (equals < 0 || equals > pairEnd)
                {
                    equals = pairEnd;
                }

                if (equals > at && Decode(text, at, equals, true) == name)
                {
                    return equals < pairEnd ? Decode(text, equals + 1, pairEnd, true) : string.Empty;
                }

                at = pairEnd + 1;
            }

            return null;
        }

        private static int HexValue(byte c)
        {
            if (c >= (byte)'0' && c <= (byte)'9')
            {
                return c - '0';
            }

            if (c >= (byte)'a' && c <= (byte)'f')
            {
                return c - 'a' + 10;
            }

            if (c >= (byte)'A' && c <= (byte)'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }

        /// <summary>UTF-8 to a string; an invalid or overlong sequence becomes U+FFFD (no exception on hostile bytes).</summary>
        private static string Utf8(byte[] bytes, int count)
        {
            char[] chars = new char[count];
            int n = 0;
            int i = 0;
            while (i < count)
            {
                int b = bytes[i];
                int extra;
                int value;
                if (b < 0x80)
                {
                    chars[n++] = (char)b;
                    i++;
                    continue;
                }

                if ((b & 0xE0) == 0xC0)
                {
                    extra = 1;
                    value = b & 0x1F;
                }
                else if ((b & 0xF0) == 0xE0)
                {
                    extra = 2;
                    value = b & 0x0F;
                }
                else if ((b & 0xF8) == 0xF0)
                {
                    extra = 3;
                    value = b & 0x07;
                }
                else
                {
                    chars[n++] = '\uFFFD';
                    i++;
                    continue;
                }

                bool valid = i + extra < count;
                for (int k = 1; valid && k <= extra; k++)
                {
                    int next = bytes[i + k];
                    valid = (next & 0xC0) == 0x80;
                    value = (value << 6) | (next & 0x3F);
                }

                int minimum = extra == 1 ? 0x80 : (extra == 2 ? 0x800 : 0x10000);
                if (!valid || value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
                {
                    chars[n++] = '\uFFFD';
                    i++;
                    continue;
                }

                if (value >= 0x10000)
                {
                    value -= 0x10000;
                    chars[n++] = (char)(0xD800 + (value >> 10));
                    chars[n++] = (char)(0xDC00 + (value & 0x3FF));
                }
                else
                {
                    chars[n++] = (char)value;
                }

                i += extra + 1;
            }

            return new string(chars, 0, n);
        }
    }
}
