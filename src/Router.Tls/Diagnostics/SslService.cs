namespace Router.Tls.Diagnostics
{
    /// <summary>
    /// The router's SSL as one object: the counters of show ssl counters, the session resumption cache sized by
    /// set ssl, and the monitor the connection loops report to. The HTTP server and the load balancer build their
    /// TlsServerConfig from it.
    /// </summary>
    public sealed class SslService
    {
        public const int DefaultMaxSessions = 2000;
        public const int DefaultCacheTimeoutSeconds = 300;

        private readonly TlsCounters _counters = new TlsCounters();
        private readonly ITlsMonitor _monitor;
        private TlsSessionCache _cache;

        public SslService(ITlsMonitor monitor)
        {
            _monitor = monitor;
            _cache = new TlsSessionCache(DefaultMaxSessions, DefaultCacheTimeoutSeconds, _counters);
        }

        public TlsCounters Counters
        {
            get { return _counters; }
        }

        /// <summary>The resumption cache; replaced (and the old one wiped) when set ssl changes its size or timeout.</summary>
        public TlsSessionCache SessionCache
        {
            get { return _cache; }
        }

        public ITlsMonitor Monitor
        {
            get { return _monitor; }
        }
    }
}
