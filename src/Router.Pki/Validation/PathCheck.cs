using Router.Pki.X509;

namespace Router.Pki.Validation
{
    /// <summary>
    /// The checks of RFC 5280 6.1 on one candidate path, from the trust anchor down to the end
    /// entity: each signature with the issuer's key (6.1.3 (a)(1)), validity (a)(2), revocation
    /// (a)(3), critical extensions (6.1.4 (o)), basicConstraints and pathLenConstraint of CA
    /// certificates (6.1.4 (k)-(m)), keyCertSign (6.1.4 (n)), then the end entity's usage and
    /// name. Issuer names were matched while building the path (6.1.3 (a)(4)).
    /// The anchor's own dates, critical extensions and constraints are checked too (as OpenSSL
    /// does and RFC 5937 allows), but not its self-signature: it is trusted by configuration.
    /// </summary>
    public sealed class PathCheck
    {
        private readonly ISignatureVerifier _verifier;
        private readonly RevocationCheck _revocation;

        public PathCheck(ISignatureVerifier verifier, RevocationCheck revocation)
        {
            _verifier = verifier;
            _revocation = revocation;
        }

        /// <summary>
        /// Checks path[0 .. length): path[0] is the end entity, path[length - 1] the anchor.
        /// Returns a <see cref="ValidationFailure"/> code and the index it concerns in <paramref name="depth"/>.
        /// </summary>
        public int Check(Certificate[] path, int length, ValidationOptions options, out int depth)
        {
            int anchorIndex = length - 1;
            Certificate anchor = path[anchorIndex];
            depth = anchorIndex;
            int failure = CheckOwnFields(anchor, options.Now);
            if (failure != ValidationFailure.None)
            {
                return failure;
            }

            // max_path_length (6.1.2 (k)), starting from the anchor's own constraint when it has one.
            int maxPathLength = anchor.Extensions.PathLength >= 0 ? anchor.Extensions.PathLength : int.MaxValue;
            if (length > 1)
            {
                failure = CheckCanIssue(anchor, true);
                if (failure != ValidationFailure.None)
                {
                    return failure;
                }
            }

            for (int i = anchorIndex - 1; i >= 0; i--)
            {
                depth = i;
                Certificate certificate = path[i];
                Certificate issuer = path[i + 1];
                failure = CheckSignature(certificate, issuer);
                if (failure == ValidationFailure.None)
                {
                    failure = CheckOwnFields(certificate, options.Now);
                }

                if (failure == ValidationFailure.None)
                {
                    failure = _revocation.Check(certificate, issuer, options.Now);
                }

                if (failure != ValidationFailure.None)
                {
                    return failure;
                }

                if (i == 0)
                {
                    break;
                }

                // An intermediate CA certificate.
                failure = CheckCanIssue(certificate, false);
                if (failure != ValidationFailure.None)
                {
                    return failure;
                }

                if (!certificate.IsSelfIssued)
                {
                    if (maxPathLength == 0)
                    {
                        return ValidationFailure.PathLengthExceeded;
                    }

                    maxPathLength--;
                }

                int own = certificate.Extensions.PathLength;
                if (own >= 0 && own < maxPathLength)
                {
                    maxPathLength = own;
                }
            }

            depth = 0;
            Certificate endEntity = path[0];
            if (!UsageCheck.Allows(endEntity, options.Purpose))
            {
                return ValidationFailure.UsageNotAllowed;
            }

            if (!PeerNameCheck.Matches(endEntity, options.ExpectedName))
            {
                return ValidationFailure.NameMismatch;
            }

            depth = -1;
            return ValidationFailure.None;
        }

        /// <summary>Dates and critical extensions: what a certificate says about itself.</summary>
        public static int CheckOwnFields(Certificate certificate, long now)
        {
            if (certificate.Extensions.HasUnknownCritical)
            {
                return ValidationFailure.UnknownCriticalExtension;
            }

            if (now < certificate.NotBefore)
            {
                return ValidationFailure.NotYetValid;
            }

            if (now > certificate.NotAfter)
            {
                return ValidationFailure.Expired;
            }

            return ValidationFailure.None;
        }

        private int CheckSignature(Certificate certificate, Certificate issuer)
        {
            int result = _verifier.Verify(certificate.SignatureAlgorithm, issuer.PublicKey, certificate.Der,
                certificate.Tbs.Start, certificate.Tbs.EncodedLength, certificate.Der, certificate.Signature.Offset,
                certificate.Signature.Length);
            if (result == SignatureCheck.Valid)
            {
                return ValidationFailure.None;
            }

            return result == SignatureCheck.Unsupported ? ValidationFailure.UnsupportedAlgorithm : ValidationFailure.BadSignature;
        }

        /// <summary>
        /// A certificate that signs others must be a CA (6.1.4 (k)) allowed to sign certificates
        /// (6.1.4 (n)). An anchor without basicConstraints (a v1 root) is accepted as one: its
        /// trust comes from configuration, as RFC 5280 6.1.1 (d) has it.
        /// </summary>
        private static int CheckCanIssue(Certificate certificate, bool isAnchor)
        {
            bool isCa = certificate.IsCa || (isAnchor && !certificate.Extensions.HasBasicConstraints);
            if (!isCa)
            {
                return ValidationFailure.NotCa;
            }

            return UsageCheck.MaySignCertificates(certificate) ? ValidationFailure.None : ValidationFailure.UsageNotAllowed;
        }
    }
}
