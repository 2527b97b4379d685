namespace Router.Http
{
    /// <summary>The sizes and times an <see cref="HttpServer"/> is built with (DeviceSettings gives the board's).</summary>
    public sealed class HttpServerLimits
    {
        /// <summary>Connection slots; each keeps its buffers for the server's life (about 22 KB plain, plus a TLS engine).</summary>
        public int MaxConnections = 4;

        /// <summary>Bytes a handler may write into a response body (embedded assets are sent from their own array).</summary>
        public int ResponseCapacity = 16384;

        /// <summary>A connection with nothing to do for this long is closed (keep-alive idle).</summary>
        public int IdleTimeoutMs = 30000;

        /// <summary>A request (line, headers and body) must arrive within this long of its first byte; else 408 and close.</summary>
        public int RequestTimeoutMs = 10000;

        /// <summary>Bytes each TLS connection keeps for the records it sends (TlsServerConfig.OutputBufferSize).</summary>
        public int TlsOutputBuffer = Router.Tls.TlsServerConfig.DefaultOutputBufferSize;

        /// <summary>Pending connections the board's stack may hold before the loop accepts them.</summary>
        public int Backlog = 4;

        /// <summary>Most requests one connection is served per poll, so one busy client does not starve the others.</summary>
        public int RequestsPerPoll = 4;
    }
}
