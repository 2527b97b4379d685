namespace Router.Device
{
    /// <summary>
    /// The limits and start-up choices the composition root is built with. Everything that
    /// sizes a table or a buffer is here, fixed for the life of one run.
    /// </summary>
    public sealed class DeviceSettings
    {
        /// <summary>The system name until the configuration sets one (show system, set system name=...).</summary>
        public string SystemName = "router";

        /// <summary>
        /// A manager password handed over by the board (the virtual device's --manager-password)
        /// so that scripts and tests start unattended. Used only while the user database is empty;
        /// null: the console asks for one at first boot.
        /// </summary>
        public string ManagerPassword;

        /// <summary>Longest console line accepted; longer lines are refused with an error.</summary>
        public int MaxLineLength = 512;

        /// <summary>Command lines Up and Down recall, and the bytes they share.</summary>
        public int HistoryLines = 16;
        public int HistoryBytes = 1024;

        public int EventLogCapacity = 64;

        /// <summary>How long one console read waits before the run loop checks for a stop request and idle sessions.</summary>
        public int ConsolePollMilliseconds = 100;

        /// <summary>
        /// The flash store (configuration scripts, users, system state, keys): this many erase
        /// blocks from the start of the board's flash (fewer on a smaller flash), grouped in
        /// segments of <see cref="StoreBlocksPerSegment"/>; a segment bounds the largest file.
        /// 16 blocks of 4 KB: 8 segments, files up to about 8 KB, 57 KB of capacity.
        /// </summary>
        public int StoreBlocks = 16;
        public int StoreBlocksPerSegment = 2;
        public int StoreMaxFiles = 32;

        /// <summary>ENCO channels: how many TLS sessions, SAs and exchanges may use the engine at once (show enco).</summary>
        public int EncoChannels = 8;

        /// <summary>
        /// Sessions the SSL resumption cache may hold on this board, whatever set ssl maxsessions says (show ssl
        /// prints both). An entry is 128 bytes: the manual's default 2000 would take 256 KB, more than an ESP32's
        /// heap, so the firmware's default is 64 (8 KB); the virtual device, with a PC's memory, sets 2000.
        /// </summary>
        public int SslCacheEntries = 64;

        // HTTP server (Router.Http, Http/HttpService).

        /// <summary>Connection slots of the HTTP server; each keeps about 34 KB (42 KB once it carried TLS), and an open TLS connection adds its engine (about 43 KB).</summary>
        public int HttpMaxConnections = 4;

        /// <summary>
        /// Bytes each HTTPS connection keeps for records it sends (TlsServerConfig.OutputBufferSize): 2 KB records on
        /// the ESP32 keep an open connection near 7 KB instead of 37 KB; every client accepts short records. The
        /// virtual device uses full 16 KB records.
        /// </summary>
        public int HttpsOutputBuffer = 2048;

        /// <summary>Bytes a GUI handler may write into one response body (embedded assets are sent from their own array).</summary>
        public int HttpResponseCapacity = 16384;

        /// <summary>Keep-alive idle time and slow-client (request) time, milliseconds.</summary>
        public int HttpIdleTimeoutMilliseconds = 30000;
        public int HttpRequestTimeoutMilliseconds = 10000;

        /// <summary>Ports when set http server gives none: plain HTTP (also the redirect port with security on) and HTTPS.</summary>
        public int HttpPort = 80;
        public int HttpsPort = 443;

        /// <summary>How long one console read waits while the HTTP server runs, so the loop serves the network in between.</summary>
        public int NetworkPollMilliseconds = 5;

        /// <summary>PBKDF2 iterations for new passwords (Router.Enco's Pbkdf2 explains the default).</summary>
        public int PasswordIterations = Router.Enco.Pbkdf2.PasswordIterations;
    }
}
