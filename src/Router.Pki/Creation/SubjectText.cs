using System.Text;
using Router.Pki.Der;
using Router.Pki.X509;

namespace Router.Pki.Creation
{
    /// <summary>
    /// Turns the subject= text of the PKI commands into a DER Name. The text is an RFC 4514
    /// string, most specific attribute first: "cn=172.30.1.105, o=my_company, c=us" (seed 000)
    /// is written to the certificate as C, O, CN. Attributes of one RDN are joined with '+';
    /// values may be quoted or use RFC 4514 backslash escapes (\, \+ \" \\ and \XX). Types are
    /// the short names of <see cref="NameAttributeTypes"/>; each value is 1..64 characters
    /// (RFC 5280 Appendix A upper bounds), a country exactly two letters.
    /// </summary>
    public static class SubjectText
    {
        public const int MaxValueLength = 64;
        public const int MaxAttributes = 16;

        /// <summary>The DER of the Name, or null with a message in <paramref name="error"/>.</summary>
        public static byte[] Encode(string text, out string error)
        {
            error = null;
            string[] types = new string[MaxAttributes];
            string[] values = new string[MaxAttributes];
            int[] rdnOf = new int[MaxAttributes];
            int count = 0;
            int rdn = 0;
            int position = 0;
            while (true)
            {
                if (count == MaxAttributes)
                {
                    error = "too many attributes";
                    return null;
                }

                int equals = text.IndexOf('=', position);
                if (equals < 0)
                {
                    error = "attribute \"" + text.Substring(position).Trim() + "\" has no value";
                    return null;
                }

                types[count] = text.Substring(position, equals - position).Trim();
                char separator;
                values[count] = ReadValue(text, equals + 1, out position, out separator, out error);
                if (values[count] == null)
                {
                    return null;
                }

                rdnOf[count++] = rdn;
                if (separator == '\0')
                {
                    break;
                }

                if (separator != '+')
                {
                    rdn++;
                }
            }

            DerWriter writer = new DerWriter(1024);
            int name = writer.Begin(DerTag.Sequence);

            // RFC 4514 2.1: the string starts with the last RDN of the sequence.
            for (int r = rdn; r >= 0; r--)
            {
                byte[][] pairs = new byte[count][];
                int inSet = 0;
                for (int i = 0; i < count; i++)
                {
                    if (rdnOf[i] == r)
                    {
                        pairs[inSet] = EncodeAttribute(types[i], values[i], out error);
                        if (pairs[inSet++] == null)
                        {
                            return null;
                        }
                    }
                }

                // X.690 11.6: the members of a SET OF in ascending order of their encodings.
                SortEncodings(pairs, inSet);
                int set = writer.Begin(DerTag.Set);
                for (int i = 0; i < inSet; i++)
                {
                    writer.WriteEncoded(pairs[i], 0, pairs[i].Length);
                }

                writer.End(set);
            }

            writer.End(name);
            return writer.ToArray();
        }

        /// <summary>One AttributeTypeAndValue, or null with a message.</summary>
        private static byte[] EncodeAttribute(string type, string value, out string error)
        {
            error = null;
            byte[] oid = NameAttributeTypes.FromShortName(type);
            if (oid == null)
            {
                error = "unknown attribute type \"" + type + "\"";
                return null;
            }

            if (value.Length < 1 || value.Length > MaxValueLength)
            {
                error = "value of " + type.ToUpper() + " must be 1 to " + MaxValueLength.ToString() + " characters";
                return null;
            }

            int tag = NameAttributeTypes.StringTagFor(oid);
            if (oid == KnownOids.Country && (value.Length != 2 || !IsLetter(value[0]) || !IsLetter(value[1])))
            {
                error = "country must be a two-letter code";
                return null;
            }

            if ((tag == DerTag.PrintableString && !IsPrintable(value)) || (tag == DerTag.Ia5String && !IsAscii(value)))
            {
                error = "value of " + type.ToUpper() + " has characters it cannot hold";
                return null;
            }

            DerWriter writer = new DerWriter(4 * MaxValueLength + 32);
            int pair = writer.Begin(DerTag.Sequence);
            writer.WriteObjectIdentifier(oid);
            writer.WriteString(tag, value);
            writer.End(pair);
            return writer.ToArray();
        }

        private static void SortEncodings(byte[][] items, int count)
        {
            for (int i = 1; i < count; i++)
            {
                byte[] item = items[i];
                int j = i - 1;
                while (j >= 0 && Compare(items[j], item) > 0)
                {
                    items[j + 1] = items[j];
                    j--;
                }

                items[j + 1] = item;
            }
        }

        /// <summary>Octet-wise comparison, the shorter one padded with zeros (X.690 11.6).</summary>
        private static int Compare(byte[] a, byte[] b)
        {
            int length = a.Length > b.Length ? a.Length : b.Length;
            for (int i = 0; i < length; i++)
            {
                int x = i < a.Length ? a[i] : 0;
                int y = i < b.Length ? b[i] : 0;
                if (x != y)
                {
                    return x - y;
                }
            }

            return 0;
        }

        /// <summary>Reads a value up to an unescaped ',', ';', '+' or the end; returns null on a bad escape or quote.</summary>
        private static string ReadValue(string text, int start, out int next, out char separator, out string error)
        {
            error = null;
            separator = '\0';
            StringBuilder value = new StringBuilder();
            int i = start;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            bool quoted = i < text.Length && text[i] == '"';
            if (quoted)
            {
                i++;
            }

            int trailingSpaces = 0;
            while (i < text.Length)
            {
                char c = text[i];
                if (quoted && c == '"')
                {
                    quoted = false;
                    i++;
                    while (i < text.Length && text[i] == ' ')
                    {
                        i++;
                    }

                    if (i < text.Length && text[i] != ',' && text[i] != ';' && text[i] != '+')
                    {
                        error = "text after a quoted value";
                        next = i;
                        return null;
                    }

                    trailingSpaces = 0;
                    continue;
                }

                if (!quoted && (c == ',' || c == ';' || c == '+'))
                {
                    separator = c;
                    i++;
                    break;
                }

                if (c == '\\')
                {
                    int escaped = Unescape(text, i, out i);
                    if (escaped < 0)
                    {
                        error = "bad escape in subject";
                        next = i;
                        return null;
                    }

                    value.Append((char)escaped);
                    trailingSpaces = 0;
                    continue;
                }

                value.Append(c);
                trailingSpaces = c == ' ' ? trailingSpaces + 1 : 0;
                i++;
            }

            if (quoted)
            {
                error = "missing closing quote in subject";
                next = i;
                return null;
            }

            next = i;
            string result = value.ToString();
            return trailingSpaces > 0 ? result.Substring(0, result.Length - trailingSpaces) : result;
        }

        /// <summary>"\c" for a special character, or "\XX" for an ASCII octet; returns the character or -1.</summary>
        private static int Unescape(string text, int at, out int next)
        {
            next = at + 1;
            if (next >= text.Length)
            {
                return -1;
            }

            char c = text[next];
            int high = Hex(c);
            if (high >= 0 && next + 1 < text.Length && Hex(text[next + 1]) >= 0)
            {
                int octet = high * 16 + Hex(text[next + 1]);
                next += 2;
                return octet >= 0x20 && octet < 0x7F ? octet : -1;
            }

            if ("\\,+\"<>;=# ".IndexOf(c) < 0)
            {
                return -1;
            }

            next++;
            return c;
        }

        private static int Hex(char c)
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

        private static bool IsLetter(char c)
        {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        /// <summary>PrintableString's characters (X.680 41.4).</summary>
        private static bool IsPrintable(string value)
        {
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                bool ok = IsLetter(c) || (c >= '0' && c <= '9') || " '()+,-./:=?".IndexOf(c) >= 0;
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAscii(string value)
        {
            for (int i = 0; i < value.Length; i++)
            {
                if (value[i] < ' ' || value[i] > '~')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
