namespace Router.Cli
{
    /// <summary>
    /// Strict readers for the address forms of the command language, working on a range of
    /// the command line so that checking a value allocates nothing.
    /// </summary>
    public static class AddressText
    {
        /// <summary>Dotted decimal IPv4: four parts of 1-3 digits, each 0-255.</summary>
        public static bool TryParseIpv4(string text, int start, int length, out uint value)
        {
            value = 0;
            int end = start + length;
            int parts = 0;
            int i = start;
            while (parts < 4)
            {
                int digits = 0;
                uint part = 0;
                while (i < end && Ascii.IsDigit(text[i]) && digits < 4)
                {
                    part = (part * 10) + (uint)(text[i] - '0');
                    digits++;
                    i++;
                }

                if (digits == 0 || digits > 3 || part > 255)
                {
                    return false;
                }

                value = (value << 8) | part;
                parts++;
                if (parts < 4)
                {
                    if (i >= end || text[i] != '.')
                    {
                        return false;
                    }

                    i++;
                }
            }

            return i == end;
        }

        /// <summary>An IPv4 network mask: a valid address whose one bits are contiguous from the top.</summary>
        public static bool TryParseMask(string text, int start, int length, out uint value)
        {
            if (!TryParseIpv4(text, start, length, out value))
            {
                return false;
            }

            uint inverted = ~value;
            return (inverted & (inverted + 1)) == 0;
        }

        /// <summary>
        /// An IPv6 address in the usual text forms (hex groups, one "::", an optional dotted
        /// IPv4 tail). Writes the 16 bytes to <paramref name="destination"/> when it is not null.
        /// </summary>
        public static bool TryParseIpv6(string text, int start, int length, byte[] destination, int offset)
        {
            if (length < 2 || length > 45)
            {
                return false;
            }

            // First pass checks the form and counts the groups; the second, only when bytes
            // are wanted, writes them with the "::" gap filled by zero groups.
            int gapAt;
            int groups = ScanIpv6(text, start, length, null, 0, 0, out gapAt);
            if (groups < 0 || (gapAt < 0 && groups != 8) || (gapAt >= 0 && groups > 7))
            {
                return false;
            }

            if (destination != null)
            {
                for (int k = 0; k < 16; k++)
                {
                    destination[offset + k] = 0;
                }

                ScanIpv6(text, start, length, destination, offset, 8 - groups, out gapAt);
            }

            return true;
        }

        /// <summary>IPv4 address or range "a.b.c.d-e.f.g.h".</summary>
        public static bool IsIpv4Range(string text, int start, int length)
        {
            uint ignored;
            int dash = IndexOf(text, start, length, '-');
            if (dash < 0)
            {
                return TryParseIpv4(text, start, length, out ignored);
            }

            return TryParseIpv4(text, start, dash - start, out ignored)
                && TryParseIpv4(text, dash + 1, start + length - dash - 1, out ignored);
        }

        /// <summary>IPv6 address, "address/prefix-length" (1-128), or range "address-address".</summary>
        public static bool IsIpv6Range(string text, int start, int length)
        {
            int slash = IndexOf(text, start, length, '/');
            if (slash >= 0)
            {
                int digits = start + length - slash - 1;
                if (digits < 1 || digits > 3)
                {
                    return false;
                }

                int prefix = 0;
                for (int i = slash + 1; i < start + length; i++)
                {
                    if (!Ascii.IsDigit(text[i]))
                    {
                        return false;
                    }

                    prefix = (prefix * 10) + (text[i] - '0');
                }

                return prefix >= 1 && prefix <= 128 && TryParseIpv6(text, start, slash - start, null, 0);
            }

            int dash = IndexOf(text, start, length, '-');
            if (dash >= 0)
            {
                return TryParseIpv6(text, start, dash - start, null, 0)
                    && TryParseIpv6(text, dash + 1, start + length - dash - 1, null, 0);
            }

            return TryParseIpv6(text, start, length, null, 0);
        }

        private static int IndexOf(string text, int start, int length, char c)
        {
            for (int i = start; i < start + length; i++)
            {
                if (text[i] == c)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// Reads the 16-bit groups of an IPv6 text. Returns the number of groups (a dotted
        /// IPv4 tail counts as two) or -1 when malformed; <paramref name="gapAt"/> is the group
        /// index where "::" stands, or -1. With a destination, group g is written at slot g,
        /// or g + <paramref name="gapWidth"/> once past the gap.
        /// </summary>
        private static int ScanIpv6(string text, int start, int length, byte[] destination, int offset, int gapWidth, out int gapAt)
        {
            int end = start + length;
            int groups = 0;
            int i = start;
            gapAt = -1;
            if (text[i] == ':')
            {
                if (text[i + 1] != ':')
                {
                    return -1;
                }

                gapAt = 0;
                i += 2;
            }

            while (i < end)
            {
                if (groups >= 8)
                {
                    return -1;
                }

                int groupStart = i;
                uint group = 0;
                while (i < end && Ascii.IsHexDigit(text[i]) && i - groupStart < 5)
                {
                    group = (group << 4) | (uint)Ascii.HexValue(text[i]);
                    i++;
                }

                if (i < end && text[i] == '.')
                {
                    uint tail;
                    if (groups > 6 || !TryParseIpv4(text, groupStart, end - groupStart, out tail))
                    {
                        return -1;
                    }

                    WriteGroup(destination, offset, Slot(groups, gapAt, gapWidth), tail >> 16);
                    WriteGroup(destination, offset, Slot(groups + 1, gapAt, gapWidth), tail & 0xFFFF);
                    return groups + 2;
                }

                int digits = i - groupStart;
                if (digits == 0 || digits > 4)
                {
                    return -1;
                }

                WriteGroup(destination, offset, Slot(groups, gapAt, gapWidth), group);
                groups++;
                if (i == end)
                {
                    break;
                }

                if (text[i] != ':' || i + 1 == end)
                {
                    return -1;
                }

                i++;
                if (text[i] == ':')
                {
                    if (gapAt >= 0)
                    {
                        return -1;
                    }

                    gapAt = groups;
                    i++;
                }
            }

            return groups;
        }

        private static int Slot(int group, int gapAt, int gapWidth)
        {
            return (gapAt >= 0 && group >= gapAt) ? group + gapWidth : group;
        }

        private static void WriteGroup(byte[] destination, int offset, int slot, uint value)
        {
            if (destination != null && slot < 8)
            {
                destination[offset + (slot * 2)] = (byte)(value >> 8);
                destination[offset + (slot * 2) + 1] = (byte)value;
            }
        }
    }
}
