using Router.Core;
using Router.Pki.Database;
using Router.Pki.Validation;
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
        private readonly PkiChainCheck _check;

        /// <summary>Validates against the database's trusted certificates, CRLs and stored intermediates.</summary>
        public PkiClientCertificateVerifier(CertificateDatabase database, ISignatureVerifier signatures, IClock clock)
        {
            _check = new PkiChainCheck(database, null, signatures, clock);
        }

        /// <summary>Validates against a fixed trust store (tests, or a pool of client CAs of its own).</summary>
        public PkiClientCertificateVerifier(ITrustStore store, ISignatureVerifier signatures, IClock clock)
        {
            _check = new PkiChainCheck(null, store, signatures, clock);
        }

        /// <summary>The <see cref="ValidationFailure"/> of the last call (None when the last chain passed), for logs.</summary>
        public int LastFailure
        {
            get { return _check.LastFailure; }
        }

        /// <summary><paramref name="serverName"/> is ignored: a client certificate names a user or device, not the host.</summary>
        public int Verify(TlsCertificateChain chain, string serverName)
        {
            return _check.Verify(chain, ValidationPurpose.TlsClient, null);
        }
    }
}
