namespace Router.Tls
{
    /// <summary>Event flags the engine raises; the caller takes them with <see cref="TlsServerEngine.TakeEvents"/>.</summary>
    public static class TlsEvent
    {
        public const int None = 0;

        /// <summary>The handshake completed: application data may flow both ways.</summary>
        public const int HandshakeComplete = 1;

        /// <summary>Decrypted application data waits in <see cref="TlsServerEngine.ReadApplicationData"/>.</summary>
        public const int ApplicationData = 2;

        /// <summary>Records wait in <see cref="TlsServerEngine.TakeOutput"/>.</summary>
        public const int OutputReady = 4;

        /// <summary>The peer sent close_notify.</summary>
        public const int PeerClosed = 8;

        /// <summary>An alert was sent or received; see <see cref="TlsServerEngine.AlertSent"/> and AlertReceived.</summary>
        public const int Alert = 16;

        /// <summary>The connection is over: send what output remains, then close the socket.</summary>
        public const int Closed = 32;
    }
}
