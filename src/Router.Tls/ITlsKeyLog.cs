namespace Router.Tls
{
    /// <summary>
    /// Receives connection secrets for the NSS key log format (one line per secret: label, client random in hex,
    /// secret in hex), so a capture can be decrypted by a debugger. Off unless a writer is set on
    /// <see cref="TlsServerConfig.KeyLog"/>: the secrets it gets break the connection's confidentiality.
    /// Labels: TLS 1.3 CLIENT_HANDSHAKE_TRAFFIC_SECRET, SERVER_HANDSHAKE_TRAFFIC_SECRET, CLIENT_TRAFFIC_SECRET_0,
    /// SERVER_TRAFFIC_SECRET_0 (RFC 8446 7.1); TLS 1.2 CLIENT_RANDOM with the 48-byte master secret.
    /// Called from the engine's entry points; an implementation must not throw and must not keep the arrays.
    /// </summary>
    public interface ITlsKeyLog
    {
        /// <summary>
        /// One secret: <paramref name="clientRandom"/>[<paramref name="clientRandomOffset"/> .. +32) is the
        /// ClientHello.random, <paramref name="secret"/>[<paramref name="secretOffset"/> .. +<paramref name="secretLength"/>) the secret.
        /// </summary>
        void Write(string label, byte[] clientRandom, int clientRandomOffset, byte[] secret, int secretOffset, int secretLength);
    }
}
