using Router.Pki.Der;
using Router.Pki.X509;

namespace Router.Pki.Validation
{
    /// <summary>
    /// Whether an end-entity certificate names the peer we expected (RFC 6125 section 6): an
    /// IP address against iPAddress entries of subjectAltName, a DNS name against dNSName
    /// entries (ASCII case-insensitive, a "*" wildcard only as the whole left-most label,
    /// 6.4.3). Only when the certificate has no subjectAltName at all is the last CN of the
    /// subject compared, as routers' self-signed certificates of old did (6.4.4).
    /// </summary>
    public static class PeerNameCheck
    {
        public static bool Matches(Certificate certificate, string expected)
        {
            if (expected == null || expected.Length == 0)
            {
                return true;
            }

            byte[] address = IpAddressText.Parse(expected);
            CertificateExtensions extensions = certificate.Extensions;
            if (!extensions.HasSubjectAltName)
            {
                string commonName = certificate.Subject.CommonName;
                if (commonName == null)
                {
                    return false;
                }

                if (address != null)
                {
                    byte[] named = IpAddressText.Parse(commonName);
                    return named != null && Bytes.Equal(named, 0, named.Length, address, 0, address.Length);
                }

                return DnsMatches(commonName, expected);
            }

            for (int i = 0; i < extensions.AltNameCount; i++)
            {
                GeneralName name = extensions.GetAltName(i);
                if (address != null && name.Type == GeneralName.IpAddress)
                {
                    if (Bytes.Equal(name.Buffer, name.Offset, name.Length, address, 0, address.Length))
                    {
                        return true;
                    }
                }
                else if (address == null && name.Type == GeneralName.DnsName)
                {
                    if (DnsMatches(DirectoryString.ToText(DerTag.Ia5String, name.Buffer, name.Offset, name.Length), expected))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>A presented DNS identifier against the reference name.</summary>
        public static bool DnsMatches(string presented, string reference)
        {
            presented = TrimDot(presented.ToLower());
            reference = TrimDot(reference.ToLower());
            if (presented.Length == 0 || reference.Length == 0)
            {
                return false;
            }

            if (presented.Length > 2 && presented[0] == '*' && presented[1] == '.')
            {
                // "*.example.com" matches exactly one label in front of "example.com", never more,
                // and never a bare "example.com"; the wildcard must not cover a public suffix alone.
                string suffix = presented.Substring(1);
                if (suffix.IndexOf('*') >= 0 || suffix.IndexOf('.', 1) < 0)
                {
                    return false;
                }

                int firstDot = reference.IndexOf('.');
                return firstDot > 0 && reference.Substring(firstDot) == suffix;
            }

            return presented.IndexOf('*') < 0 && presented == reference;
        }

        private static string TrimDot(string name)
        {
            return name.Length > 0 && name[name.Length - 1] == '.' ? name.Substring(0, name.Length - 1) : name;
        }
    }
}
