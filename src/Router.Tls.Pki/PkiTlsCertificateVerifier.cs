using Router.Core;
using Router.Pki.Database;
using Router.Pki.Validation;
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
        private readonly PkiChainCheck _check;

        /// <summary>Validates against the database's trusted certificates, CRLs and stored intermediates.</summary>
        public PkiTlsCertificateVerifier(CertificateDatabase database, ISignatureVerifier signatures, IClock clock)
        {
            _check = new PkiChainCheck(database, null, signatures, clock);
        }

        /// <summary>Validates against a fixed trust store (tests, or a pool with its own anchors).</summary>
        public PkiTlsCertificateVerifier(ITrustStore store, ISignatureVerifier signatures, IClock clock)
        {
            _check = new PkiChainCheck(null, store, signatures, clock);
        }

        /// <summary>The <see cref="ValidationFailure"/> of the last refusal (for logs and `show ssl`), None when the last chain passed.</summary>
        public int LastFailure
        {
            get { return _check.LastFailure; }
        }

        public int Verify(TlsCertificateChain chain, string serverName)
        {
            return _check.Verify(chain, ValidationPurpose.TlsServer, serverName);
        }
    }
}
