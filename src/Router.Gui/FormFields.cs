using System.Text;

namespace Router.Gui
{
    /// <summary>
    /// application/x-www-form-urlencoded fields (WHATWG URL, "application/x-www-form-urlencoded parsing") read
    /// straight from the request body or query: '+' is a space, %XX a byte, the bytes UTF-8. A malformed escape
    /// makes the field unreadable (null) rather than guessed. The password is decoded into a caller's char
    /// array, so it never becomes an immutable string.
    /// </summary>
    public static class FormFields
    {
        /// <summary>The decoded value of the first field named <paramref name="name"/>, or null.</summary>
        public static string Value(byte[] data, int offset, int count, string name)
        {
            int start;
            int length;
            if (!Find(data, offset, count, name, out start, out length))
            {
                return null;
            }

            byte[] decoded = new byte[length];
            int decodedLength = Decode(data, start, length, decoded);
            if (decodedLength < 0)
            {
                return null;
            }

            try
            {
                return Encoding.UTF8.GetString(decoded, 0, decodedLength);
            }
            catch (System.Exception)
            {
                return null;
            }
        }

        /// <summary>A field of a query string ("a=1&amp;b=2"), or null.</summary>
        public static string QueryValue(string query, string name)
        {
            if (query == null || query.Length == 0)
            {
                return null;
            }

            byte[] bytes = Encoding.UTF8.GetBytes(query);
            return Value(bytes, 0, bytes.Length, name);
        }

        /// <summary>
        /// Decodes field <paramref name="name"/> as ASCII-or-Latin characters into <paramref name="destination"/>;
        /// returns the number of characters, or -1 when the field is missing, malformed, longer than the array,
        /// or holds a byte outside printable ASCII (passwords are typed on a console: ASCII only).
        /// </summary>
        public static int DecodeInto(byte[] data, int offset, int count, string name, char[] destination)
        {
            int start;
            int length;
            if (!Find(data, offset, count, name, out start, out length))
            {
                return -1;
            }

            int written = 0;
            int end = start + length;
            for (int i = start; i < end; i++)
            {
                int value = data[i];
                if (value == '+')
                {
                    value = ' ';
                }
                else if (value == '%')
                {
                    if (i + 2 >= end)
                    {
                        System.Array.Clear(destination, 0, destination.Length);
                        return -1;
                    }

                    int high = JsonText.HexDigit((char)data[i + 1]);
                    int low = JsonText.HexDigit((char)data[i + 2]);
                    if (high < 0 || low < 0)
                    {
                        System.Array.Clear(destination, 0, destination.Length);
                        return -1;
                    }

                    value = (high << 4) | low;
                    i += 2;
                }

                if (value < 0x20 || value > 0x7E || written == destination.Length)
                {
                    System.Array.Clear(destination, 0, destination.Length);
                    return -1;
                }

                destination[written++] = (char)value;
            }

            return written;
        }

        /// <summary>Percent-decodes a path segment ('+' stays '+'); null when malformed.</summary>
        public static string DecodePathSegment(string segment)
        {
            if (segment.IndexOf('%') < 0)
            {
                return segment;
            }

            byte[] bytes = Encoding.UTF8.GetBytes(segment);
            byte[] decoded = new byte[bytes.Length];
            int length = 0;
            for (int i = 0; i < bytes.Length; i++)
            {
                byte b = bytes[i];
                if (b == '%')
                {
                    if (i + 2 >= bytes.Length)
                    {
                        return null;
                    }

                    int high = JsonText.HexDigit((char)bytes[i + 1]);
                    int low = JsonText.HexDigit((char)bytes[i + 2]);
                    if (high < 0 || low < 0)
                    {
                        return null;
                    }

                    b = (byte)((high << 4) | low);
                    i += 2;
                }

                decoded[length++] = b;
            }

            try
            {
                return Encoding.UTF8.GetString(decoded, 0, length);
            }
            catch (System.Exception)
            {
                return null;
            }
        }

        /// <summary>Percent-encodes everything but unreserved characters (RFC 3986 2.3), for links built from names.</summary>
        public static string EncodePathSegment(string text)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            StringBuilder encoded = new StringBuilder(bytes.Length * 3);
            for (int i = 0; i < bytes.Length; i++)
            {
                byte b = bytes[i];
                bool unreserved = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-' || b == '.' || b == '_' || b == '~';
                if (unreserved)
                {
                    encoded.Append((char)b);
                }
                else
                {
                    encoded.Append('%');
                    encoded.Append(((int)b).ToString("X2"));
                }
            }

            return encoded.ToString();
        }

        /// <summary>Where the raw value of the first field called <paramref name="name"/> lies.</summary>
        private static bool Find(byte[] data, int offset, int count, string name, out int start, out int length)
        {
            start = 0;
            length = 0;
            if (data == null || offset < 0 || count < 0 || offset > data.Length - count)
            {
                return false;
            }

            int end = offset + count;
            int pair = offset;
            while (pair < end)
            {
                int pairEnd = pair;
                while (pairEnd < end && data[pairEnd] != '&')
                {
                    pairEnd++;
                }

                if (NameMatches(data, pair, pairEnd, name))
                {
                    start = pair + name.Length + 1;
                    length = pairEnd - start;
                    return true;
                }

                pair = pairEnd + 1;
            }

            return false;
        }

        // Field names in our forms are plain ASCII, so they are compared unencoded.
        private static bool NameMatches(byte[] data, int pair, int pairEnd, string name)
        {
            if (pairEnd - pair < name.Length + 1 || data[pair + name.Length] != '=')
            {
                return false;
            }

            for (int i = 0; i < name.Length; i++)
            {
                if (data[pair + i] != name[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Decodes data[start..+length) into destination; returns the length, or -1 for a malformed escape.</summary>
        private static int Decode(byte[] data, int start, int length, byte[] destination)
        {
            int written = 0;
            int end = start + length;
            for (int i = start; i < end; i++)
            {
                byte b = data[i];
                if (b == '+')
                {
                    b = (byte)' ';
                }
                else if (b == '%')
                {
                    if (i + 2 >= end)
                    {
                        return -1;
                    }

                    int high = JsonText.HexDigit((char)data[i + 1]);
                    int low = JsonText.HexDigit((char)data[i + 2]);
                    if (high < 0 || low < 0)
                    {
                        return -1;
                    }

                    b = (byte)((high << 4) | low);
                    i += 2;
                }

                destination[written++] = b;
            }

            return written;
        }
    }
}
