namespace Router.Tls.Diagnostics
{
    /// <summary>
    /// The router's SSL as one object: the counters of show ssl counters, the session resumption cache sized by
    /// set ssl, the cipher suites set ssl ciphers chose, the key log, and the monitor the connection loops report
    /// to. The HTTP server and the load balancer build their TlsServerConfig from it, and build it again when
    /// <see cref="Revision"/> changes (set ssl replaced the cache or the suites, the key log went on or off).
    /// Engines sharing <see cref="SessionCache"/> must be fed the board's uptime in milliseconds
    /// (IClock.UptimeMilliseconds) as their time: show ssl sessions reads the entries' times on that clock.
    /// <para>
    /// The cache holds 128 bytes per entry, so the manual's 2000 sessions need 256 KB: more than an ESP32 has.
    /// The board gives its limit (<see cref="BoardCacheEntries"/>); the cache holds at most that many, whatever
    /// maxsessions says, and show ssl prints both figures.
    /// </para>
    /// </summary>
    public sealed class SslService
    {
        public const int DefaultMaxSessions = 2000;
        public const int DefaultCacheTimeoutSeconds = 300;
        public const int MinCacheTimeoutSeconds = 60;
        public const int MaxCacheTimeoutSeconds = 600;
        public const int MaxMaxSessions = 5000;

        private readonly TlsCounters _counters = new TlsCounters();
        private readonly ITlsMonitor _monitor;
        private readonly int _boardCacheEntries;
        private TlsSessionCache _cache;
        private int _maxSessions = DefaultMaxSessions;
        private int _cacheTimeout = DefaultCacheTimeoutSeconds;
        private int[] _suites;
        private SslKeyLog _keyLog;
        private int _peakBefore;
        private int _revision;

        public SslService(ITlsMonitor monitor)
            : this(monitor, DefaultMaxSessions)
        {
        }

        /// <param name="boardCacheEntries">The most cache entries the board's memory allows (DeviceSettings.SslCacheEntries).</param>
        public SslService(ITlsMonitor monitor, int boardCacheEntries)
        {
            _monitor = monitor;
            _boardCacheEntries = boardCacheEntries < 1 ? 1 : boardCacheEntries;
            _cache = NewCache();
            SslMonitor own = monitor as SslMonitor;
            if (own != null)
            {
                _keyLog = own.KeyLog;
            }
        }

        public TlsCounters Counters
        {
            get { return _counters; }
        }

        /// <summary>The resumption cache, or null when set ssl maxsessions=0; replaced (the old one wiped) when set ssl changes its size or timeout.</summary>
        public TlsSessionCache SessionCache
        {
            get { return _maxSessions == 0 ? null : _cache; }
        }

        public ITlsMonitor Monitor
        {
            get { return _monitor; }
        }

        /// <summary>set ssl maxsessions: the configured figure (0..5000).</summary>
        public int MaxSessions
        {
            get { return _maxSessions; }
        }

        /// <summary>Sessions the cache really holds: maxsessions bounded by the board.</summary>
        public int CacheCapacity
        {
            get { return _maxSessions < _boardCacheEntries ? _maxSessions : _boardCacheEntries; }
        }

        public int BoardCacheEntries
        {
            get { return _boardCacheEntries; }
        }

        /// <summary>set ssl cachetimeout, seconds (60..600).</summary>
        public int CacheTimeoutSeconds
        {
            get { return _cacheTimeout; }
        }

        /// <summary>"Max. Number of Sessions": the most sessions held at once since the router started.</summary>
        public int PeakSessions
        {
            get { return _cache.Peak > _peakBefore ? _cache.Peak : _peakBefore; }
        }

        /// <summary>The suites set ssl ciphers chose, in preference order, or null for the engine's default (CipherSuite.DefaultOrder).</summary>
        public int[] CipherSuites
        {
            get { return _suites; }
        }

        /// <summary>The suites offered now: the configured ones, or the default order.</summary>
        public int[] EffectiveCipherSuites
        {
            get { return _suites != null ? _suites : CipherSuite.DefaultOrder; }
        }

        /// <summary>The writer for TlsServerConfig.KeyLog, or null unless enable ssl debug=keylog is on.</summary>
        public ITlsKeyLog KeyLog
        {
            get { return _keyLog != null && _keyLog.Active ? _keyLog : null; }
        }

        /// <summary>Changes whenever something a TlsServerConfig is built from changes.</summary>
        public int Revision
        {
            get { return _revision; }
        }

        /// <summary>
        /// set ssl maxsessions/cachetimeout: when either changes, the cache is rebuilt at the new size and the old
        /// one is wiped (its sessions can no longer be resumed). Values are clamped to the manual's ranges.
        /// Returns true when the cache was rebuilt.
        /// </summary>
        public bool ConfigureCache(int maxSessions, int cacheTimeoutSeconds)
        {
            maxSessions = Clamp(maxSessions, 0, MaxMaxSessions);
            cacheTimeoutSeconds = Clamp(cacheTimeoutSeconds, MinCacheTimeoutSeconds, MaxCacheTimeoutSeconds);
            if (maxSessions == _maxSessions && cacheTimeoutSeconds == _cacheTimeout)
            {
                return false;
            }

            _maxSessions = maxSessions;
            _cacheTimeout = cacheTimeoutSeconds;
            TlsSessionCache old = _cache;
            _peakBefore = PeakSessions;
            _cache = NewCache();
            old.Clear();
            _revision++;
            return true;
        }

        /// <summary>set ssl ciphers: the suites in preference order (copied), or null for the default order.</summary>
        public void SetCipherSuites(int[] suites, int count)
        {
            if (suites == null || count <= 0)
            {
                _suites = null;
            }
            else
            {
                _suites = new int[count];
                System.Array.Copy(suites, _suites, count);
            }

            _revision++;
        }

        /// <summary>enable/disable ssl debug=keylog (the command checks the caller is a Security Officer).</summary>
        public void SetKeyLog(bool on)
        {
            if (_keyLog != null && _keyLog.Active != on)
            {
                _keyLog.Active = on;
                _revision++;
            }
        }

        private TlsSessionCache NewCache()
        {
            int capacity = CacheCapacity;
            return new TlsSessionCache(capacity < 1 ? 1 : capacity, _cacheTimeout, _counters);
        }

        private static int Clamp(int value, int minimum, int maximum)
        {
            return value < minimum ? minimum : (value > maximum ? maximum : value);
        }
    }
}
