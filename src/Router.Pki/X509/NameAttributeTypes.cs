using Router.Pki.Der;

namespace Router.Pki.X509
{
    /// <summary>
    /// The attribute types a subject or issuer names, with their short names (RFC 4514 3,
    /// RFC 5280 4.1.2.4) and the string type we write each with when we make a name.
    /// </summary>
    public static class NameAttributeTypes
    {
        private static readonly string[] ShortNames = { "CN", "SN", "serialNumber", "C", "L", "ST", "street", "O", "OU", "title", "GN", "DC", "UID", "emailAddress" };

        private static readonly byte[][] Oids =
        {
            KnownOids.CommonName, KnownOids.Surname, KnownOids.SerialNumber, KnownOids.Country, KnownOids.Locality,
            KnownOids.StateOrProvince, KnownOids.Street, KnownOids.Organization, KnownOids.OrganizationalUnit,
            KnownOids.Title, KnownOids.GivenName, KnownOids.DomainComponent, KnownOids.UserId, KnownOids.EmailAddress,
        };

        /// <summary>The short name of a type, or its dotted OID when it has none.</summary>
        public static string ShortName(byte[] buffer, DerElement type)
        {
            for (int i = 0; i < Oids.Length; i++)
            {
                if (Oid.Is(buffer, type, Oids[i]))
                {
                    return ShortNames[i];
                }
            }

            return Oid.ToText(buffer, type.Offset, type.Length);
        }

        /// <summary>The OID of a short name (any case; "E" and "S" are accepted aliases), or null.</summary>
        public static byte[] FromShortName(string name)
        {
            string lower = name.ToLower();
            if (lower == "e" || lower == "email")
            {
                return KnownOids.EmailAddress;
            }

            if (lower == "s")
            {
                return KnownOids.StateOrProvince;
            }

            for (int i = 0; i < ShortNames.Length; i++)
            {
                if (ShortNames[i].ToLower() == lower)
                {
                    return Oids[i];
                }
            }

            return null;
        }

        /// <summary>
        /// The string type for a value of <paramref name="oid"/> that we write: PrintableString for
        /// country and serialNumber (X.520 requires it), IA5String for emailAddress and DC
        /// (RFC 5280 4.1.2.6, RFC 4519), UTF8String otherwise (RFC 5280 4.1.2.4).
        /// </summary>
        public static int StringTagFor(byte[] oid)
        {
            if (oid == KnownOids.Country || oid == KnownOids.SerialNumber)
            {
                return DerTag.PrintableString;
            }

            if (oid == KnownOids.EmailAddress || oid == KnownOids.DomainComponent)
            {
                return DerTag.Ia5String;
            }

            return DerTag.Utf8String;
        }
    }
}
