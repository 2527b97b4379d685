using System;

namespace Router.Tls
{
    /// <summary>
    /// Hands a secret to a configured <see cref="ITlsKeyLog"/> (NSS key log format, keyed by ClientHello.random) for
    /// both engines: no log, nothing written; a failing writer does not fail the handshake (debug output only).
    /// </summary>
    internal static class KeyLogWriting
    {
        public static void Write(ITlsKeyLog log, string label, byte[] clientRandom, byte[] secret, int length)
        {
            if (log == null)
            {
                return;
            }

            try
            {
                log.Write(label, clientRandom, 0, secret, 0, length);
            }
            catch (Exception)
            {
                // Debug output only: the connection goes on without it.
            }
        }
    }
}
