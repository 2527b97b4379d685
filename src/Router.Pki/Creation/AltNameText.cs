using System.Text;
using Router.Pki.X509;

namespace Router.Pki.Creation
{
    /// <summary>
    /// The subjectaltname= text of create pki certificate: comma-separated entries, each
    /// "dns:name", "ip:address", "email:mailbox" or "uri:uri", or a bare value whose form says
    /// what it is (an address, a mailbox with '@', a URI with "://", else a DNS name). Also
    /// the SAN a certificate gets from its subject CN when none is given (seed 000's
    /// cn=172.30.1.105 becomes IP address 172.30.1.105, which browsers require, RFC 6125 6.4.4).
    /// </summary>
    public static class AltNameText
    {
        /// <summary>Most entries accepted.</summary>
        public const int MaxEntries = 8;

        /// <summary>Longest DNS name (RFC 1035 2.3.4) and longest mailbox or URI we write.</summary>
        public const int MaxNameLength = 253;

        /// <summary>Parses the text; on failure returns null with a message in <paramref name="error"/>.</summary>
        public static AltName[] Parse(string text, out string error)
        {
            error = null;
            string[] parts = text.Split(new char[] { ',' });
            if (parts.Length > MaxEntries)
            {
                error = "more than " + MaxEntries.ToString() + " alternative names";
                return null;
            }

            AltName[] names = new AltName[parts.Length];
            for (int i = 0; i < parts.Length; i++)
            {
                names[i] = ParseEntry(parts[i].Trim(), out error);
                if (names[i] == null)
                {
                    return null;
                }
            }

            return names;
        }

        /// <summary>The SAN implied by a subject CN: an IP address or a DNS name; null for anything else.</summary>
        public static AltName FromCommonName(string commonName)
        {
            if (commonName == null)
            {
                return null;
            }

            byte[] address = IpAddressText.Parse(commonName);
            if (address != null)
            {
                return new AltName(GeneralName.IpAddress, address);
            }

            return IsDnsName(commonName) ? new AltName(GeneralName.DnsName, Encoding.UTF8.GetBytes(commonName)) : null;
        }

        private static AltName ParseEntry(string entry, out string error)
        {
            error = null;
            string lower = entry.ToLower();
            int type = -1;
            string value = entry;
            if (lower.StartsWith("dns:"))
            {
                type = GeneralName.DnsName;
                value = entry.Substring(4).Trim();
            }
            else if (lower.StartsWith("ip:"))
            {
                type = GeneralName.IpAddress;
                value = entry.Substring(3).Trim();
            }
            else if (lower.StartsWith("email:"))
            {
                type = GeneralName.Rfc822Name;
                value = entry.Substring(6).Trim();
            }
            else if (lower.StartsWith("uri:"))
            {
                type = GeneralName.Uri;
                value = entry.Substring(4).Trim();
            }

            if (value.Length == 0)
            {
                error = "empty alternative name";
                return null;
            }

            byte[] address = IpAddressText.Parse(value);
            if (type == -1)
            {
                type = address != null ? GeneralName.IpAddress
                    : (value.IndexOf("://") > 0 ? GeneralName.Uri : (value.IndexOf('@') > 0 ? GeneralName.Rfc822Name : GeneralName.DnsName));
            }

            if (type == GeneralName.IpAddress)
            {
                if (address == null)
                {
                    error = "\"" + value + "\" is not an IP address";
                    return null;
                }

                return new AltName(type, address);
            }

            bool valid = value.Length <= MaxNameLength && IsIa5(value);
            if (type == GeneralName.DnsName)
            {
                valid = valid && IsDnsName(value);
            }
            else if (type == GeneralName.Rfc822Name)
            {
                int at = value.IndexOf('@');
                valid = valid && at > 0 && at < value.Length - 1 && value.IndexOf(' ') < 0;
            }
            else
            {
                valid = valid && value.IndexOf(':') > 0 && value.IndexOf(' ') < 0;
            }

            if (!valid)
            {
                error = "\"" + value + "\" is not a valid " + (type == GeneralName.DnsName ? "DNS name" : (type == GeneralName.Uri ? "URI" : "email address"));
                return null;
            }

            return new AltName(type, Encoding.UTF8.GetBytes(value));
        }

        /// <summary>Letters, digits and hyphens in dot-separated labels of 1..63 (RFC 1035 2.3.1), "*." allowed first.</summary>
        public static bool IsDnsName(string name)
        {
            if (name.Length == 0 || name.Length > MaxNameLength)
            {
                return false;
            }

            int start = name.StartsWith("*.") ? 2 : 0;
            int labelLength = 0;
            bool hasLetter = false;
            for (int i = start; i <= name.Length; i++)
            {
                char c = i < name.Length ? name[i] : '.';
                if (c == '.')
                {
                    if (labelLength == 0 || labelLength > 63 || name[i - 1] == '-')
                    {
                        return false;
                    }

                    labelLength = 0;
                    continue;
                }

                bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                bool digit = c >= '0' && c <= '9';
                if (!letter && !digit && !(c == '-' && labelLength > 0))
                {
                    return false;
                }

                hasLetter = hasLetter || letter;
                labelLength++;
            }

            // All digits and dots is an address (or a typo of one), not a host name.
            return hasLetter;
        }

        private static bool IsIa5(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < ' ' || text[i] > '~')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
