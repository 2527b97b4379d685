namespace Router.Pki.Validation
{
    /// <summary>
    /// Why a certificate chain was refused, and what each reason becomes in the protocols: the
    /// TLS alert to send (RFC 8446 6.2, mapped as OpenSSL's ssl_verify_alarm_type does) and the
    /// seed 000 alert counter it counts under, the ISAKMP notify (RFC 2408 3.14.1) and the
    /// seed 001 counter.
    /// </summary>
    public static class ValidationFailure
    {
        public const int None = 0;

        /// <summary>A certificate does not parse.</summary>
        public const int Malformed = 1;

        /// <summary>A signature or key algorithm, curve or key size the engine does not do.</summary>
        public const int UnsupportedAlgorithm = 2;

        /// <summary>A critical extension we do not process (RFC 5280 4.2).</summary>
        public const int UnknownCriticalExtension = 3;

        /// <summary>A signature in the chain does not verify.</summary>
        public const int BadSignature = 4;

        /// <summary>The device's time is after notAfter.</summary>
        public const int Expired = 5;

        /// <summary>The device's time is before notBefore.</summary>
        public const int NotYetValid = 6;

        /// <summary>No issuer for a certificate in the peer's chain or the database.</summary>
        public const int UnknownIssuer = 7;

        /// <summary>The chain ends at a self-signed certificate that is not trusted.</summary>
        public const int NotTrusted = 8;

        /// <summary>An issuer is not a CA (basicConstraints, RFC 5280 6.1.4 (k)).</summary>
        public const int NotCa = 9;

        /// <summary>More CA certificates below an issuer than its pathLenConstraint allows (6.1.4 (l)).</summary>
        public const int PathLengthExceeded = 10;

        /// <summary>keyUsage or extendedKeyUsage does not allow the use (4.2.1.3, 4.2.1.12, 6.1.4 (n)).</summary>
        public const int UsageNotAllowed = 11;

        /// <summary>The end-entity certificate does not name the expected peer.</summary>
        public const int NameMismatch = 12;

        /// <summary>A CRL of the issuer lists the certificate.</summary>
        public const int Revoked = 13;

        /// <summary>The issuer's CRL cannot be used (critical extension, not yet valid, issuer may not sign CRLs).</summary>
        public const int RevocationUnknown = 14;

        /// <summary>The issuer's CRL has a bad signature.</summary>
        public const int CrlBadSignature = 15;

        /// <summary>The chain is longer than the validator follows, or path building gave up.</summary>
        public const int ChainTooLong = 16;

        public const int Count = 17;

        private static readonly string[] Names =
        {
            "ok", "certMalformed", "certUnsupported", "unknownCriticalExtension", "badSignature", "certExpired",
            "certNotYetValid", "unknownCA", "certNotTrusted", "issuerNotCA", "pathLenExceeded", "usageNotAllowed",
            "nameMismatch", "certRevoked", "revocationUnknown", "crlBadSignature", "chainTooLong",
        };

        private static readonly string[] Descriptions =
        {
            "valid",
            "certificate is malformed",
            "unsupported signature or key algorithm",
            "unknown critical extension",
            "signature does not verify",
            "certificate has expired",
            "certificate is not yet valid",
            "issuer certificate is unknown",
            "self-signed certificate is not trusted",
            "issuer is not a CA",
            "path length constraint exceeded",
            "key usage does not allow this use",
            "name does not match the peer",
            "certificate is revoked",
            "revocation status cannot be determined",
            "CRL signature does not verify",
            "certificate chain is too long",
        };

        /// <summary>Short camelCase name, as counters and logs use it ("certExpired", "unknownCA", "certNotTrusted").</summary>
        public static string Name(int failure)
        {
            return failure >= 0 && failure < Count ? Names[failure] : "unknown";
        }

        /// <summary>A phrase for the console ("certificate has expired").</summary>
        public static string Describe(int failure)
        {
            return failure >= 0 && failure < Count ? Descriptions[failure] : "unknown failure";
        }

        /// <summary>The TLS AlertDescription to send (RFC 8446 6.2).</summary>
        public static int TlsAlert(int failure)
        {
            switch (failure)
            {
                case Malformed:
                case BadSignature:
                    return 42; // bad_certificate
                case UnsupportedAlgorithm:
                case UnknownCriticalExtension:
                case UsageNotAllowed:
                    return 43; // unsupported_certificate
                case Revoked:
                    return 44; // certificate_revoked
                case Expired:
                case NotYetValid:
                    return 45; // certificate_expired
                case UnknownIssuer:
                case NotTrusted:
                case NotCa:
                case PathLengthExceeded:
                case ChainTooLong:
                    return 48; // unknown_ca
                default:
                    return 46; // certificate_unknown: name mismatch, revocation unknown, CRL signature
            }
        }

        /// <summary>The "Alerts Sent" counter of show ssl counters (seed 000) the alert counts under.</summary>
        public static string TlsAlertCounter(int failure)
        {
            switch (TlsAlert(failure))
            {
                case 42:
                    return "badCertificate";
                case 43:
                    return "unsupportedCert";
                case 44:
                    return "certRevoked";
                case 45:
                    return "certExpired";
                case 48:
                    return "unknownCA";
                default:
                    return "certUnknown";
            }
        }

        /// <summary>The ISAKMP Notify Message Type to send (RFC 2408 3.14.1).</summary>
        public static int IsakmpNotify(int failure)
        {
            switch (failure)
            {
                case UnsupportedAlgorithm:
                case UnknownCriticalExtension:
                    return 18; // CERT-TYPE-UNSUPPORTED
                case UnknownIssuer:
                case NotTrusted:
                case NotCa:
                case PathLengthExceeded:
                case ChainTooLong:
                    return 19; // INVALID-CERT-AUTHORITY
                default:
                    return 17; // INVALID-CERTIFICATE
            }
        }

        /// <summary>The show isakmp counter=main counter (seed 001) the failure counts under.</summary>
        public static string IsakmpCounter(int failure)
        {
            return failure == UnsupportedAlgorithm || failure == UnknownCriticalExtension ? "certNotSupported" : "authFailed";
        }
    }
}
