using System.Text;
using Router.Core;

namespace Router.Pki.Der
{
    /// <summary>
    /// OBJECT IDENTIFIER values kept as their DER contents octets (X.690 8.19): comparing two
    /// OIDs is comparing bytes, and the known ones are constants in <see cref="KnownOids"/>.
    /// </summary>
    public static class Oid
    {
        /// <summary>Longest OID accepted, in contents octets; real ones are under 30.</summary>
        public const int MaxLength = 64;

        /// <summary>Whether the contents at <paramref name="offset"/> equal <paramref name="oid"/>.</summary>
        public static bool Is(byte[] buffer, int offset, int length, byte[] oid)
        {
            if (length != oid.Length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (buffer[offset + i] != oid[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the OID element equals <paramref name="oid"/>.</summary>
        public static bool Is(byte[] buffer, DerElement element, byte[] oid)
        {
            return Is(buffer, element.Offset, element.Length, oid);
        }

        /// <summary>X.690 8.19.2: shortest-form subidentifiers, complete last subidentifier.</summary>
        public static void CheckContents(byte[] buffer, int offset, int length)
        {
            if (length < 1 || length > MaxLength)
            {
                throw new MalformedInputException("OID length");
            }

            bool startOfSubidentifier = true;
            for (int i = 0; i < length; i++)
            {
                int octet = buffer[offset + i];
                if (startOfSubidentifier && octet == 0x80)
                {
                    throw new MalformedInputException("OID subidentifier not minimal");
                }

                startOfSubidentifier = (octet & 0x80) == 0;
            }

            if (!startOfSubidentifier)
            {
                throw new MalformedInputException("OID ends inside a subidentifier");
            }
        }

        /// <summary>Dotted decimal text ("2.5.29.19") of checked OID contents.</summary>
        public static string ToText(byte[] buffer, int offset, int length)
        {
            StringBuilder text = new StringBuilder(length * 3);
            long value = 0;
            bool first = true;
            for (int i = 0; i < length; i++)
            {
                int octet = buffer[offset + i];
                if (value > 0x00FFFFFFFFFFFFFFL)
                {
                    // A subidentifier beyond 56 bits: never in practice; shown, not computed.
                    text.Append(first ? "?" : ".?");
                    first = false;
                    while (i < length && (buffer[offset + i] & 0x80) != 0)
                    {
                        i++;
                    }

                    value = 0;
                    continue;
                }

                value = (value << 7) | (long)(octet & 0x7F);
                if ((octet & 0x80) != 0)
                {
                    continue;
                }

                if (first)
                {
                    // X.690 8.19.4: the first subidentifier is 40 * X + Y, with X in 0..2.
                    long arc = value < 40 ? 0 : (value < 80 ? 1 : 2);
                    text.Append(arc);
                    text.Append('.');
                    text.Append(value - arc * 40);
                    first = false;
                }
                else
                {
                    text.Append('.');
                    text.Append(value);
                }

                value = 0;
            }

            return text.ToString();
        }
    }
}
