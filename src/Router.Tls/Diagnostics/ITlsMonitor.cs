namespace Router.Tls.Diagnostics
{
    /// <summary>
    /// What the loops that drive TLS connections (HTTP server, load balancer) report, so `show ssl`, `show ssl
    /// counters` and `enable ssl debug` see every server and connection. Calls come from the firmware's loop;
    /// implementations must not block and must not allocate on the record path.
    /// </summary>
    public interface ITlsMonitor
    {
        /// <summary>Registers a listening server for the Servers table of show ssl; returns its ID.</summary>
        int RegisterServer(string application, string address, int port);

        /// <summary>Removes a server (its listener closed).</summary>
        void UnregisterServer(int serverId);

        void ConnectionOpened(int serverId, string peerAddress);

        void ConnectionClosed(int serverId, string peerAddress);

        /// <summary>A connection was refused before TLS started (no ENCO channel, too many connections).</summary>
        void ConnectionRefused(int serverId, string peerAddress, string reason);

        /// <summary>Bytes as they crossed the wire (received: before the engine saw them; sent: as taken from it), for debug=packet.</summary>
        void WireBytes(string peerAddress, bool sent, byte[] data, int offset, int count);

        /// <summary>The engine's state changed (TlsState values), for debug=state.</summary>
        void StateChanged(string peerAddress, int fromState, int toState);

        /// <summary>A handshake completed: its duration (ClientHello to Finished) and what was negotiated.</summary>
        void HandshakeCompleted(string peerAddress, long milliseconds, int cipherSuite, int group, bool resumed);

        /// <summary>The time one record of application data took to encrypt or decrypt, for show ssl's statistics.</summary>
        void ApplicationDataProcessed(long microseconds);

        /// <summary>A connection ended with an alert sent or received (AlertDescription.None when not), for debug=trace.</summary>
        void ConnectionFailed(string peerAddress, int alertSent, int alertReceived);
    }
}
