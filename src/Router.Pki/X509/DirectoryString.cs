using System.Text;
using Router.Pki.Der;

namespace Router.Pki.X509
{
    /// <summary>
    /// Turns the string types of names and general names into console-safe text: UTF8String,
    /// BMPString (UTF-16BE) and UniversalString (UTF-32BE) are decoded; the 8-bit types
    /// (Printable, IA5, Teletex, Visible, Numeric) are taken octet by octet. Control characters
    /// become '?', so a crafted certificate cannot send escape sequences to a terminal.
    /// </summary>
    public static class DirectoryString
    {
        public static bool IsStringTag(int tag)
        {
            switch (tag)
            {
                case DerTag.Utf8String:
                case DerTag.PrintableString:
                case DerTag.TeletexString:
                case DerTag.Ia5String:
                case DerTag.VisibleString:
                case DerTag.NumericString:
                case DerTag.BmpString:
                case DerTag.UniversalString:
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>The value as text for display.</summary>
        public static string ToText(int tag, byte[] buffer, int offset, int length)
        {
            StringBuilder text = new StringBuilder(length);
            if (tag == DerTag.BmpString)
            {
                for (int i = 0; i + 1 < length; i += 2)
                {
                    Append(text, (buffer[offset + i] << 8) | buffer[offset + i + 1]);
                }
            }
            else if (tag == DerTag.UniversalString)
            {
                for (int i = 0; i + 3 < length; i += 4)
                {
                    bool small = buffer[offset + i] == 0 && buffer[offset + i + 1] == 0;
                    Append(text, small ? (buffer[offset + i + 2] << 8) | buffer[offset + i + 3] : '?');
                }
            }
            else if (tag == DerTag.Utf8String)
            {
                AppendUtf8(text, buffer, offset, length);
            }
            else
            {
                for (int i = 0; i < length; i++)
                {
                    int c = buffer[offset + i];
                    Append(text, c < 0x80 ? c : '?');
                }
            }

            return text.ToString();
        }

        /// <summary>UTF-8 decoding that turns every malformed sequence into '?' (never throws).</summary>
        private static void AppendUtf8(StringBuilder text, byte[] buffer, int offset, int length)
        {
            int end = offset + length;
            int i = offset;
            while (i < end)
            {
                int b = buffer[i];
                int extra;
                int value;
                if (b < 0x80)
                {
                    extra = 0;
                    value = b;
                }
                else if ((b & 0xE0) == 0xC0)
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
                    Append(text, '?');
                    i++;
                    continue;
                }

                if (end - i - 1 < extra)
                {
                    Append(text, '?');
                    return;
                }

                bool good = true;
                for (int k = 1; k <= extra; k++)
                {
                    int next = buffer[i + k];
                    if ((next & 0xC0) != 0x80)
                    {
                        good = false;
                        break;
                    }

                    value = (value << 6) | (next & 0x3F);
                }

                if (!good)
                {
                    Append(text, '?');
                    i++;
                    continue;
                }

                i += extra + 1;
                Append(text, value > 0xFFFF ? '?' : value);
            }
        }

        private static void Append(StringBuilder text, int c)
        {
            bool control = c < 0x20 || (c >= 0x7F && c < 0xA0) || (c >= 0xD800 && c <= 0xDFFF);
            text.Append(control ? '?' : (char)c);
        }
    }
}
