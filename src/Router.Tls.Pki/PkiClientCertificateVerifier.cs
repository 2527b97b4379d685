using Router.Core;
using Router.Pki.Database;
using Router.Pki.Der;
using Router.Pki.Validation;
using Router.Pki.X509;
using Router.Tls.Client;

namespace Router.Tls.Pki
{
    /// <summary>
    /// The TLS server's <see cref="TlsServerConfig.ClientVerifier"/> over Router.Pki (client certificate
    /// authentication, seed 003's "double authentication"): the client's chain is validated with
    /// <see cref="ChainValidator"/> against the trusted roots (RFC 5280 6.1) for the purpose TLS client
    /// (keyUsage digitalSignature / extendedKeyUsage clientAuth), at the device's time, without a name check; a
    /// refusal becomes the alert of <see cref="ValidationFailure.TlsAlert"/> (unknown_ca, certificate_expired,
    /// bad_certificate, unsupported_certificate, ...). The engine checks CertificateVerify with the leaf's key.
    /// Each call takes the database's current snapshot; a validator per call, so connections may share it.
    /// </summary>
    public sealed class PkiClientCertificateVerifier : ITlsCertificateVerifier
    {
        private readonly CertificateDatabase _database;
        private readonly ITrustStore _store;
        private readonly ISignatureVerifier _signatures;
        private readonly IClock _clock;
        private int _lastFailure;

        /// <summary>Validates against the database's trusted certificates, CRLs and stored intermediates.</summary>
        public PkiClientCertificateVerifier(CertificateDatabase database, ISignatureVerifier signatures, IClock clock)
        {
            _database = database;
            _signatures = signatures;
            _clock = clock;
        }

        /// <summary>Validates against a fixed trust store (tests, or a pool of client CAs of its own).</summary>
        public PkiClientCertificateVerifier(ITrustStore store, ISignatureVerifier signatures, IClock clock)
        {
            _store = store;
            _signatures = signatures;
            _clock = clock;
        }

        /// <summary>The <see cref="ValidationFailure"/> of the last call (None when the last chain passed), for logs.</summary>
        public int LastFailure
        {
            get { return _lastFailure; }
        }

        /// <summary><paramref name="serverName"/> is ignored: a client certificate names a user or device, not the host.</summary>
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
                ValidationOptions options = new ValidationOptions(CivilTime.FromDateTime(_clock.UtcNow), ValidationPurpose.TlsClient, null);
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
