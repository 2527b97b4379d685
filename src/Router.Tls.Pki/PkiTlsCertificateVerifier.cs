using Router.Core;
using Router.Pki.Database;
using Router.Pki.Der;
using Router.Pki.Validation;
using Router.Pki.X509;
using Router.Tls.Client;

namespace Router.Tls.Pki
{
    /// <summary>
    /// <see cref="ITlsCertificateVerifier"/> over Router.Pki: the server's chain is validated with
    /// <see cref="ChainValidator"/> against the certificate database's trust anchors (RFC 5280 6.1), for the
    /// purpose TLS server (keyUsage / serverAuth) and the name the client connected to (RFC 6125), at the device's
    /// time; a refusal becomes the TLS alert of <see cref="ValidationFailure.TlsAlert"/>. Each call takes the
    /// database's current snapshot, so `set pki certificate trust=` applies to the next handshake. Safe for
    /// concurrent connections (a validator per call).
    /// </summary>
    public sealed class PkiTlsCertificateVerifier : ITlsCertificateVerifier
    {
        private readonly CertificateDatabase _database;
        private readonly ITrustStore _store;
        private readonly ISignatureVerifier _signatures;
        private readonly IClock _clock;
        private int _lastFailure;

        /// <summary>Validates against the database's trusted certificates, CRLs and stored intermediates.</summary>
        public PkiTlsCertificateVerifier(CertificateDatabase database, ISignatureVerifier signatures, IClock clock)
        {
            _database = database;
            _signatures = signatures;
            _clock = clock;
        }

        /// <summary>Validates against a fixed trust store (tests, or a pool with its own anchors).</summary>
        public PkiTlsCertificateVerifier(ITrustStore store, ISignatureVerifier signatures, IClock clock)
        {
            _store = store;
            _signatures = signatures;
            _clock = clock;
        }

        /// <summary>The <see cref="ValidationFailure"/> of the last refusal (for logs and `show ssl`), None when the last chain passed.</summary>
        public int LastFailure
        {
            get { return _lastFailure; }
        }

        public int Verify(TlsCertificateChain chain, string serverName)
        {
            try
            {
                Certificate leaf = Certificate.Parse(chain.Buffer, chain.Offset(0), chain.Length(0));
                int count = chain.Count - 1;
                Certificate[] intermediates = new Certificate[count > 0 ? count : 0];
                for (int i = 0; i < count; i++)
                {
                    intermediates[i] = Certificate.Parse(chain.Buffer, chain.Offset(i + 1), chain.Length(i + 1));
                }

                ITrustStore store = _database != null ? _database.Snapshot : _store;
                ChainValidator validator = new ChainValidator(store, _signatures);
                ValidationOptions options = new ValidationOptions(CivilTime.FromDateTime(_clock.UtcNow), ValidationPurpose.TlsServer, serverName);
                ValidationResult result = validator.Validate(leaf, intermediates, count, options);
                _lastFailure = result.Failure;
                return result.IsValid ? AlertDescription.None : ValidationFailure.TlsAlert(result.Failure);
            }
            catch (MalformedInputException)
            {
                _lastFailure = ValidationFailure.Malformed;
                return ValidationFailure.TlsAlert(ValidationFailure.Malformed);
            }
        }
    }
}
