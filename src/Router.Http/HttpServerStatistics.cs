namespace Router.Http
{
    /// <summary>What show http server counts since the server was created. Plain integers; only the loop writes them.</summary>
    public sealed class HttpServerStatistics
    {
        /// <summary>Connections taken into a slot.</summary>
        public int ConnectionsAccepted;

        /// <summary>Connections closed at once: no free slot, or no ENCO channel for TLS.</summary>
        public int ConnectionsRefused;

        /// <summary>Requests answered by the handler (or the built-in page).</summary>
        public int RequestsServed;

        /// <summary>301 answers of the plain port while security is on.</summary>
        public int Redirects;

        /// <summary>Requests refused by the parser (400, 411, 413, 414, 431, 501, 505), 408 timeouts and handler failures (500).</summary>
        public int Errors;

        /// <summary>Connections closed for idling or a slow client.</summary>
        public int Timeouts;

        /// <summary>TLS connections that ended with an alert other than close_notify, or whose handshake failed.</summary>
        public int TlsFailures;

        /// <summary>Connections dropped because the server itself failed while serving them (should stay 0).</summary>
        public int Faults;

        public void Clear()
        {
            ConnectionsAccepted = 0;
            ConnectionsRefused = 0;
            RequestsServed = 0;
            Redirects = 0;
            Errors = 0;
            Timeouts = 0;
            TlsFailures = 0;
            Faults = 0;
        }
    }
}
