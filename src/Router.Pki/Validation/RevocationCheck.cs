using Router.Pki.Der;
using Router.Pki.X509;

namespace Router.Pki.Validation
{
    /// <summary>
    /// Revocation status from the CRLs in the trust store (RFC 5280 6.3, for complete CRLs
    /// issued by the certificate's issuer itself). Local policy, since the router does not
    /// fetch CRLs: a certificate whose issuer has no CRL in the store is not checked; a CRL
    /// past its nextUpdate is still consulted (6.3.3 leaves this to local policy; the
    /// administrator loads the newer one); a CRL that cannot be used makes the status unknown.
    /// </summary>
    public sealed class RevocationCheck
    {
        private readonly ITrustStore _store;
        private readonly ISignatureVerifier _verifier;

        public RevocationCheck(ITrustStore store, ISignatureVerifier verifier)
        {
            _store = store;
            _verifier = verifier;
        }

        /// <summary>A <see cref="ValidationFailure"/> code for <paramref name="certificate"/> issued by <paramref name="issuer"/>.</summary>
        public int Check(Certificate certificate, Certificate issuer, long now)
        {
            for (int i = 0; i < _store.CrlCount; i++)
            {
                CertificateRevocationList crl = _store.GetCrl(i);
                if (!IsFrom(crl, issuer))
                {
                    continue;
                }

                if (crl.HasUnknownCritical || !UsageCheck.MaySignCrls(issuer) || crl.ThisUpdate > now)
                {
                    return ValidationFailure.RevocationUnknown;
                }

                int signature = _verifier.Verify(crl.SignatureAlgorithm, issuer.PublicKey, crl.Der, crl.Tbs.Start,
                    crl.Tbs.EncodedLength, crl.Der, crl.Signature.Offset, crl.Signature.Length);
                if (signature != SignatureCheck.Valid)
                {
                    return ValidationFailure.CrlBadSignature;
                }

                if (crl.IsRevoked(certificate.Der, certificate.Serial))
                {
                    return ValidationFailure.Revoked;
                }
            }

            return ValidationFailure.None;
        }

        /// <summary>The CRL's issuer is the certificate's issuer (name, and key identifier when both carry one).</summary>
        public static bool IsFrom(CertificateRevocationList crl, Certificate issuer)
        {
            if (!crl.Issuer.Matches(issuer.Subject))
            {
                return false;
            }

            CertificateExtensions extensions = issuer.Extensions;
            if (crl.HasAuthorityKeyId && extensions.HasSubjectKeyId)
            {
                return Bytes.Equal(crl.Der, crl.AuthorityKeyId, issuer.Der, extensions.SubjectKeyId);
            }

            return true;
        }
    }
}
