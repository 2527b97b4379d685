using Router.Core;
using Router.Pki.Database;
using Router.Pki.Der;
using Router.Pki.Validation;
using Router.Pki.X509;
using Router.Tls.Client;

namespace Router.Tls.Pki
{
    /// <summary>
    /// The chain check shared by <see cref="PkiTlsCertificateVerifier"/> and <see cref="PkiClientCertificateVerifier"/>:
    /// parses the peer's chain, validates it with <see cref="ChainValidator"/> (RFC 5280 6.1) against the database's
    /// current snapshot (or a fixed trust store) at the device's time, and maps a refusal to its TLS alert.
    /// A validator per call, so connections may share one instance.
    /// </summary>
    internal sealed class PkiChainCheck
    {
        private readonly CertificateDatabase _database;
        private readonly ITrustStore _store;
        private readonly ISignatureVerifier _signatures;
        private readonly IClock _clock;
        private int _lastFailure;

        /// <summary>Exactly one of <paramref name="database"/> and <paramref name="store"/> is set.</summary>
        public PkiChainCheck(CertificateDatabase database, ITrustStore store, ISignatureVerifier signatures, IClock clock)
        {
            _database = database;
            _store = store;
            _signatures = signatures;
            _clock = clock;
        }

        /// <summary>The <see cref="ValidationFailure"/> of the last call, None when the last chain passed.</summary>
        public int LastFailure
        {
            get { return _lastFailure; }
        }

        /// <summary>The alert for <paramref name="chain"/> (None when valid) for <paramref name="purpose"/> and, if set, <paramref name="name"/>.</summary>
        public int Verify(TlsCertificateChain chain, int purpose, string name)
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
                ValidationOptions options = new ValidationOptions(CivilTime.FromDateTime(_clock.UtcNow), purpose, name);
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
