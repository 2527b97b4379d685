using System.Text;

namespace Router.Pki.X509
{
    /// <summary>
    /// Addresses as text and back: IPv4 dotted decimal, IPv6 in the RFC 5952 form (lower-case
    /// hex, longest run of two or more zero groups as "::"). Parsing accepts both forms, with
    /// "::" and without embedded IPv4.
    /// </summary>
    public static class IpAddressText
    {
        public static string Format(byte[] buffer, int offset, int length)
        {
            StringBuilder text = new StringBuilder(40);
            if (length == 4)
            {
                for (int i = 0; i < 4; i++)
                {
                    if (i > 0)
                    {
                        text.Append('.');
                    }

                    text.Append((int)buffer[offset + i]);
                }

                return text.ToString();
            }

            if (length != 16)
            {
                return HexText.Of(buffer, offset, length, true);
            }

            int bestStart = -1;
            int bestLength = 1;
            for (int group = 0; group < 8;)
            {
                int run = 0;
                while (group + run < 8 && Group(buffer, offset, group + run) == 0)
                {
                    run++;
                }

                if (run > bestLength)
                {
                    bestStart = group;
                    bestLength = run;
                }

                group += run > 0 ? run : 1;
            }

            for (int group = 0; group < 8; group++)
            {
                if (group == bestStart)
                {
                    text.Append("::");
                    group += bestLength - 1;
                    continue;
                }

                if (group > 0 && group != bestStart + bestLength)
                {
                    text.Append(':');
                }

                text.Append(Group(buffer, offset, group).ToString("x"));
            }

            return text.ToString();
        }

        /// <summary>Parses an IPv4 or IPv6 address into 4 or 16 bytes; null when the text is not an address.</summary>
        public static byte[] Parse(string text)
        {
            if (text == null || text.Length == 0)
            {
                return null;
            }

            return text.IndexOf(':') >= 0 ? ParseIpv6(text) : ParseIpv4(text);
        }

        private static byte[] ParseIpv4(string text)
        {
            byte[] address = new byte[4];
            int part = 0;
            int value = -1;
            for (int i = 0; i <= text.Length; i++)
            {
                char c = i < text.Length ? text[i] : '.';
                if (c == '.')
                {
                    if (value < 0 || part == 4)
                    {
                        return null;
                    }

                    address[part++] = (byte)value;
                    value = -1;
                }
                else if (c >= '0' && c <= '9')
                {
                    value = (value < 0 ? 0 : value * 10) + (c - '0');
                    if (value > 255)
                    {
                        return null;
                    }
                }
                else
                {
                    return null;
                }
            }

            return part == 4 ? address : null;
        }

        private static byte[] ParseIpv6(string text)
        {
            int[] groups = new int[8];
            int count = 0;
            int gap = -1;
            int i = 0;
            if (text.Length >= 2 && text[0] == ':' && text[1] == ':')
            {
                gap = 0;
                i = 2;
            }
            else if (text[0] == ':')
            {
                return null;
            }

            while (i < text.Length)
            {
                int value = 0;
                int digits = 0;
                while (i < text.Length && HexValue(text[i]) >= 0 && digits < 5)
                {
                    value = (value << 4) | HexValue(text[i]);
                    digits++;
                    i++;
                }

                if (digits == 0 || digits > 4 || count == 8)
                {
                    return null;
                }

                groups[count++] = value;
                if (i == text.Length)
                {
                    break;
                }

                if (text[i] != ':')
                {
                    return null;
                }

                i++;
                if (i < text.Length && text[i] == ':')
                {
                    if (gap >= 0)
                    {
                        return null;
                    }

                    gap = count;
                    i++;
                }
                else if (i == text.Length)
                {
                    return null;
                }
            }

            if ((gap < 0 && count != 8) || (gap >= 0 && count > 7))
            {
                return null;
            }

            byte[] address = new byte[16];
            int zeros = 8 - count;
            int position = 0;
            for (int g = 0; g < count; g++)
            {
                if (g == gap)
                {
                    position += zeros;
                }

                address[position * 2] = (byte)(groups[g] >> 8);
                address[position * 2 + 1] = (byte)groups[g];
                position++;
            }

            return address;
        }

        private static int Group(byte[] buffer, int offset, int group)
        {
            return (buffer[offset + group * 2] << 8) | buffer[offset + group * 2 + 1];
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        }
    }
}
