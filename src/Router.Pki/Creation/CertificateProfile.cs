using Router.Pki.X509;

namespace Router.Pki.Creation
{
    /// <summary>
    /// What the router's own certificates and requests contain beyond names and key: an end
    /// entity (basicConstraints cA FALSE) usable for TLS servers and clients and ISAKMP
    /// signatures. keyUsage follows the key: RSA signs and (for TLS 1.2 RSA key transport)
    /// deciphers; EC keys sign (ECDHE does the key agreement with ephemeral keys).
    /// </summary>
    public static class CertificateProfile
    {
        public const int ExtendedKeyUsage = KeyPurpose.ServerAuth | KeyPurpose.ClientAuth;

        public static int KeyUsageFor(int keyAlgorithm)
        {
            return keyAlgorithm == KeyAlgorithm.Rsa
                ? X509.KeyUsage.DigitalSignature | X509.KeyUsage.KeyEncipherment
                : X509.KeyUsage.DigitalSignature;
        }
    }
}
