using Router.Pki.Der;
using Router.Pki.X509;

namespace Router.Pki.Validation
{
    /// <summary>
    /// Validates a peer's certificate against the trust store: builds candidate paths from the
    /// end entity up to a trusted certificate, through the intermediates the peer sent and the
    /// non-trusted certificates of the store, and checks each with <see cref="PathCheck"/>
    /// until one passes. Path building is a bounded depth-first search (RFC 4158 in miniature):
    /// issuers are matched by name (RFC 5280 7.1) and, when both carry one, by key identifier
    /// (4.2.1.1); trusted candidates are tried first; a certificate appears once per path; at
    /// most <see cref="MaxPathLength"/> certificates per path and <see cref="MaxCandidates"/>
    /// candidates per validation. When every path fails, the reason reported is the first one
    /// found on a path that reached a trust anchor, else why no anchor was reached.
    /// One instance is not for concurrent use (it keeps the path being built).
    /// </summary>
    public sealed class ChainValidator
    {
        /// <summary>Most certificates in one path, anchor included.</summary>
        public const int MaxPathLength = 8;

        /// <summary>Most issuer candidates tried in one validation.</summary>
        public const int MaxCandidates = 32;

        private readonly ITrustStore _store;
        private readonly PathCheck _pathCheck;
        private readonly Certificate[] _path = new Certificate[MaxPathLength];

        private Certificate[] _supplied;
        private int _suppliedCount;
        private ValidationOptions _options;
        private int _candidates;
        private int _failure;
        private int _failureDepth;
        private bool _failureReachedAnchor;
        private Certificate _failureCertificate;
        private Certificate[] _validPath;

        public ChainValidator(ITrustStore store, ISignatureVerifier verifier)
        {
            _store = store;
            _pathCheck = new PathCheck(verifier, new RevocationCheck(store, verifier));
        }

        /// <summary>
        /// Validates <paramref name="endEntity"/> with the intermediates <paramref name="supplied"/>[0 .. <paramref name="suppliedCount"/>)
        /// (the rest of a TLS Certificate message or ISAKMP CERT payloads; may be null).
        /// </summary>
        public ValidationResult Validate(Certificate endEntity, Certificate[] supplied, int suppliedCount, ValidationOptions options)
        {
            if (endEntity == null || options == null)
            {
                throw new System.ArgumentNullException(endEntity == null ? "endEntity" : "options");
            }

            _supplied = supplied;
            _suppliedCount = supplied == null ? 0 : suppliedCount;
            _options = options;
            _candidates = 0;
            _failure = ValidationFailure.None;
            _failureDepth = -1;
            _failureReachedAnchor = false;
            _failureCertificate = null;
            _validPath = null;
            _path[0] = endEntity;

            bool valid = Extend(1);
            ValidationResult result;
            if (valid)
            {
                result = new ValidationResult(ValidationFailure.None, -1, null, _validPath);
            }
            else if (_failure == ValidationFailure.None)
            {
                result = new ValidationResult(ValidationFailure.UnknownIssuer, 0, endEntity, null);
            }
            else
            {
                result = new ValidationResult(_failure, _failureDepth, _failureCertificate, null);
            }

            System.Array.Clear(_path, 0, _path.Length);
            _supplied = null;
            _failureCertificate = null;
            return result;
        }

        /// <summary>Whether <paramref name="certificate"/> equals a trust anchor of the store.</summary>
        public bool IsTrustAnchor(Certificate certificate)
        {
            for (int i = 0; i < _store.CertificateCount; i++)
            {
                if (_store.IsTrusted(i) && _store.GetCertificate(i).SameAs(certificate))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="issuer"/> may have issued <paramref name="subject"/>: name, then key identifiers.</summary>
        public static bool CouldHaveIssued(Certificate issuer, Certificate subject)
        {
            if (!subject.Issuer.Matches(issuer.Subject))
            {
                return false;
            }

            CertificateExtensions subjectExtensions = subject.Extensions;
            CertificateExtensions issuerExtensions = issuer.Extensions;
            if (subjectExtensions.HasAuthorityKeyId && issuerExtensions.HasSubjectKeyId)
            {
                return Bytes.Equal(subject.Der, subjectExtensions.AuthorityKeyId, issuer.Der, issuerExtensions.SubjectKeyId);
            }

            return true;
        }

        /// <summary>Tries to complete the path whose last certificate is at <paramref name="length"/> - 1.</summary>
        private bool Extend(int length)
        {
            Certificate current = _path[length - 1];
            if (IsTrustAnchor(current))
            {
                int depth;
                int failure = _pathCheck.Check(_path, length, _options, out depth);
                if (failure == ValidationFailure.None)
                {
                    _validPath = new Certificate[length];
                    System.Array.Copy(_path, _validPath, length);
                    return true;
                }

                Record(failure, depth, true);
                return false;
            }

            if (length == MaxPathLength)
            {
                Record(ValidationFailure.ChainTooLong, length - 1, false);
                return false;
            }

            bool anyCandidate = false;
            for (int pass = 0; pass < 3; pass++)
            {
                int count = pass == 1 ? _suppliedCount : _store.CertificateCount;
                for (int i = 0; i < count; i++)
                {
                    Certificate candidate;
                    if (pass == 1)
                    {
                        candidate = _supplied[i];
                    }
                    else
                    {
                        // Pass 0: the trust anchors; pass 2: the other certificates of the store.
                        if (_store.IsTrusted(i) != (pass == 0))
                        {
                            continue;
                        }

                        candidate = _store.GetCertificate(i);
                    }

                    if (candidate == null || !CouldHaveIssued(candidate, current) || IsInPath(candidate, length))
                    {
                        continue;
                    }

                    anyCandidate = true;
                    if (++_candidates > MaxCandidates)
                    {
                        Record(ValidationFailure.ChainTooLong, length - 1, false);
                        return false;
                    }

                    _path[length] = candidate;
                    if (Extend(length + 1))
                    {
                        return true;
                    }
                }
            }

            _path[length] = null;
            if (!anyCandidate)
            {
                bool selfSigned = current.IsSelfIssued;
                Record(selfSigned ? ValidationFailure.NotTrusted : ValidationFailure.UnknownIssuer, length - 1, false);
            }

            return false;
        }

        private bool IsInPath(Certificate candidate, int length)
        {
            for (int i = 0; i < length; i++)
            {
                if (_path[i] == candidate || _path[i].SameAs(candidate))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Keeps the first failure of the most telling kind: one on a path that reached an anchor.</summary>
        private void Record(int failure, int depth, bool reachedAnchor)
        {
            if (_failure == ValidationFailure.None || (reachedAnchor && !_failureReachedAnchor))
            {
                _failure = failure;
                _failureDepth = depth;
                _failureReachedAnchor = reachedAnchor;
                _failureCertificate = _path[depth];
            }
        }

    }
}
