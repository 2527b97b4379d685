namespace Router.Pki.Creation
{
    /// <summary>A subjectAltName entry to write: a GeneralName choice and its value octets.</summary>
    public sealed class AltName
    {
        /// <summary>A <see cref="X509.GeneralName"/> choice: DnsName, IpAddress, Rfc822Name or Uri.</summary>
        public readonly int Type;

        /// <summary>IA5 text octets, or 4 or 16 address octets.</summary>
        public readonly byte[] Value;

        public AltName(int type, byte[] value)
        {
            Type = type;
            Value = value;
        }
    }
}
