namespace Router.Tls.Client
{
    /// <summary>
    /// Decides whether a TLS server's certificate chain is trusted for the name the client asked for: path
    /// building to a trust anchor, dates, usage, revocation, the name (RFC 5280, RFC 6125). The engine does
    /// the rest of the server's authentication itself (the CertificateVerify signature with the leaf's key,
    /// RFC 8446 4.4.3), so a verifier never sees key material of the connection.
    /// <para>
    /// Router.Tls does not depend on Router.Pki (Pki sits on the CLI); the composition root hands the engine an
    /// implementation over Router.Pki's ChainValidator (see the README's Client section). There is no
    /// "accept any" default: a client without a verifier refuses every server.
    /// </para>
    /// </summary>
    public interface ITlsCertificateVerifier
    {
        /// <summary>
        /// Validates <paramref name="chain"/> (the leaf first, then what the server sent after it) for
        /// <paramref name="serverName"/> (the configured server name, or null for no name check). Returns
        /// <see cref="AlertDescription.None"/> when trusted, else the alert to send (RFC 8446 6.2: bad_certificate
        /// 42, unsupported_certificate 43, certificate_revoked 44, certificate_expired 45, certificate_unknown 46,
        /// unknown_ca 48). Must not throw and must not keep the chain's buffer, which the engine reuses.
        /// </summary>
        int Verify(TlsCertificateChain chain, string serverName);
    }
}
