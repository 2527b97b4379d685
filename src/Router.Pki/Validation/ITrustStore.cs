using Router.Pki.X509;

namespace Router.Pki.Validation
{
    /// <summary>
    /// What chain validation may draw on besides the peer's chain: the configured certificates
    /// (the trusted ones are the trust anchors; the others may serve as intermediates) and the
    /// CRLs. The certificate database implements it.
    /// </summary>
    public interface ITrustStore
    {
        int CertificateCount { get; }

        Certificate GetCertificate(int index);

        /// <summary>Whether certificate <paramref name="index"/> is a trust anchor.</summary>
        bool IsTrusted(int index);

        int CrlCount { get; }

        CertificateRevocationList GetCrl(int index);
    }
}
