using Router.Pki.X509;

namespace Router.Pki.Validation
{
    /// <summary>
    /// Whether an end-entity certificate's keyUsage and extendedKeyUsage allow a purpose
    /// (RFC 5280 4.2.1.3 and 4.2.1.12: when an extension is absent, it does not restrict).
    /// </summary>
    public static class UsageCheck
    {
        /// <summary>
        /// TLS: digitalSignature (ECDHE, TLS 1.3) or keyEncipherment (RSA key transport), with
        /// serverAuth or clientAuth. IPsec (RFC 4945 5.1.3.2 and 5.1.3.12): digitalSignature or
        /// nonRepudiation; an extendedKeyUsage must name ipsecIKE, a TLS purpose or an old
        /// IPsec purpose, or anyExtendedKeyUsage, as the peers in the field send.
        /// </summary>
        public static bool Allows(Certificate certificate, int purpose)
        {
            CertificateExtensions extensions = certificate.Extensions;
            int keyUsage = extensions.HasKeyUsage ? extensions.KeyUsage : -1;
            int extended = extensions.HasExtendedKeyUsage ? extensions.ExtendedKeyUsage : -1;
            switch (purpose)
            {
                case ValidationPurpose.TlsServer:
                    return Has(keyUsage, KeyUsage.DigitalSignature | KeyUsage.KeyEncipherment)
                        && Has(extended, KeyPurpose.ServerAuth | KeyPurpose.Any);
                case ValidationPurpose.TlsClient:
                    return Has(keyUsage, KeyUsage.DigitalSignature | KeyUsage.KeyEncipherment)
                        && Has(extended, KeyPurpose.ClientAuth | KeyPurpose.Any);
                case ValidationPurpose.Ipsec:
                    return Has(keyUsage, KeyUsage.DigitalSignature | KeyUsage.NonRepudiation)
                        && Has(extended, KeyPurpose.IpsecIke | KeyPurpose.Any | KeyPurpose.ServerAuth | KeyPurpose.ClientAuth
                            | KeyPurpose.IpsecEndSystem | KeyPurpose.IpsecTunnel | KeyPurpose.IpsecUser);
                default:
                    return true;
            }
        }

        /// <summary>Whether an issuer may sign certificates: keyCertSign when keyUsage is present (6.1.4 (n)).</summary>
        public static bool MaySignCertificates(Certificate issuer)
        {
            return !issuer.Extensions.HasKeyUsage || (issuer.Extensions.KeyUsage & KeyUsage.KeyCertSign) != 0;
        }

        /// <summary>Whether an issuer may sign CRLs: cRLSign when keyUsage is present (6.3.3 (f)).</summary>
        public static bool MaySignCrls(Certificate issuer)
        {
            return !issuer.Extensions.HasKeyUsage || (issuer.Extensions.KeyUsage & KeyUsage.CrlSign) != 0;
        }

        /// <summary>-1 stands for an absent extension, which allows everything.</summary>
        private static bool Has(int bits, int anyOf)
        {
            return bits == -1 || (bits & anyOf) != 0;
        }
    }
}
