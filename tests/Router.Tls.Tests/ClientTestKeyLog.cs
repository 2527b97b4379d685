using System;

namespace Router.Tls.Tests
{
    /// <summary>Keeps the server handshake traffic secret (TLS 1.3) or master secret (TLS 1.2) a client engine logs, so a test can re-encrypt the server's flight.</summary>
    internal sealed class ClientTestKeyLog : ITlsKeyLog
    {
        public byte[] ServerHandshakeSecret;

        /// <summary>The TLS 1.2 master secret (label CLIENT_RANDOM).</summary>
        public byte[] MasterSecret;

        public void Write(string label, byte[] clientRandom, int clientRandomOffset, byte[] secret, int secretOffset, int secretLength)
        {
            if (label == "SERVER_HANDSHAKE_TRAFFIC_SECRET")
            {
                ServerHandshakeSecret = new byte[48];
                Array.Copy(secret, secretOffset, ServerHandshakeSecret, 0, secretLength);
            }

            if (label == "CLIENT_RANDOM")
            {
                MasterSecret = new byte[secretLength];
                Array.Copy(secret, secretOffset, MasterSecret, 0, secretLength);
            }
        }
    }
}
