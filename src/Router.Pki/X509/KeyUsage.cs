using System.Text;

namespace Router.Pki.X509
{
    /// <summary>KeyUsage bits (RFC 5280 4.2.1.3): bit n here is bit n of the ASN.1 named bit list.</summary>
    public static class KeyUsage
    {
        public const int DigitalSignature = 1 << 0;
        public const int NonRepudiation = 1 << 1;
        public const int KeyEncipherment = 1 << 2;
        public const int DataEncipherment = 1 << 3;
        public const int KeyAgreement = 1 << 4;
        public const int KeyCertSign = 1 << 5;
        public const int CrlSign = 1 << 6;
        public const int EncipherOnly = 1 << 7;
        public const int DecipherOnly = 1 << 8;

        /// <summary>Bits defined by RFC 5280.</summary>
        public const int BitCount = 9;

        private static readonly string[] Names =
        {
            "digitalSignature", "nonRepudiation", "keyEncipherment", "dataEncipherment", "keyAgreement",
            "keyCertSign", "cRLSign", "encipherOnly", "decipherOnly",
        };

        /// <summary>"digitalSignature, keyEncipherment".</summary>
        public static string ToText(int bits)
        {
            StringBuilder text = new StringBuilder(64);
            for (int bit = 0; bit < BitCount; bit++)
            {
                if ((bits & (1 << bit)) != 0)
                {
                    if (text.Length > 0)
                    {
                        text.Append(", ");
                    }

                    text.Append(Names[bit]);
                }
            }

            return text.Length == 0 ? "none" : text.ToString();
        }
    }
}
