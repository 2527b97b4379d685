namespace Router.Tls.Diagnostics
{
    /// <summary>
    /// The Statistics block of show ssl (seed 000, Table 45-1): last, average of the last 10 and longest handshake
    /// time, last and longest application data processing time, and handshakes per second over a sliding window of
    /// <see cref="WindowSeconds"/> one-second buckets with the busiest second seen. Fixed arrays; recording an
    /// event allocates nothing. Called from the firmware's one loop.
    /// </summary>
    public sealed class SslStatistics
    {
        /// <summary>Handshakes the average is taken over (the manual's "last 10").</summary>
        public const int AverageOf = 10;

        /// <summary>Seconds of the handshake rate's window.</summary>
        public const int WindowSeconds = 60;

        private readonly long[] _recent = new long[AverageOf];
        private readonly long[] _bucketSecond = new long[WindowSeconds];
        private readonly int[] _bucketCount = new int[WindowSeconds];
        private int _recentCount;
        private int _recentNext;
        private long _lastHandshake;
        private long _maxHandshake;
        private long _lastAppData;
        private long _maxAppData;
        private int _maxPerSecond;

        public SslStatistics()
        {
            Reset();
        }

        public long LastHandshakeMs
        {
            get { return _lastHandshake; }
        }

        public long MaxHandshakeMs
        {
            get { return _maxHandshake; }
        }

        /// <summary>Average of the last 10 handshakes (of all of them while fewer than 10), rounded; 0 before the first.</summary>
        public long AverageHandshakeMs
        {
            get
            {
                if (_recentCount == 0)
                {
                    return 0;
                }

                long sum = 0;
                for (int i = 0; i < _recentCount; i++)
                {
                    sum += _recent[i];
                }

                return (sum + _recentCount / 2) / _recentCount;
            }
        }

        public long LastAppDataMicroseconds
        {
            get { return _lastAppData; }
        }

        public long MaxAppDataMicroseconds
        {
            get { return _maxAppData; }
        }

        /// <summary>The most handshakes completed within one second since the router started (or the last reset).</summary>
        public int MaxHandshakesPerSecond
        {
            get { return _maxPerSecond; }
        }

        public void Handshake(long milliseconds, long nowMs)
        {
            if (milliseconds < 0)
            {
                milliseconds = 0;
            }

            _lastHandshake = milliseconds;
            if (milliseconds > _maxHandshake)
            {
                _maxHandshake = milliseconds;
            }

            _recent[_recentNext] = milliseconds;
            _recentNext = (_recentNext + 1) % AverageOf;
            if (_recentCount < AverageOf)
            {
                _recentCount++;
            }

            long second = nowMs / 1000;
            int bucket = (int)(second % WindowSeconds);
            if (_bucketSecond[bucket] != second)
            {
                _bucketSecond[bucket] = second;
                _bucketCount[bucket] = 0;
            }

            _bucketCount[bucket]++;
            if (_bucketCount[bucket] > _maxPerSecond)
            {
                _maxPerSecond = _bucketCount[bucket];
            }
        }

        public void ApplicationData(long microseconds)
        {
            _lastAppData = microseconds;
            if (microseconds > _maxAppData)
            {
                _maxAppData = microseconds;
            }
        }

        /// <summary>
        /// Handshakes per second over the window ending at <paramref name="nowMs"/>, in tenths (a rate of 0.3 is 3),
        /// so a quiet router shows its few handshakes instead of 0.
        /// </summary>
        public int HandshakesPerSecondTenths(long nowMs)
        {
            long second = nowMs / 1000;
            int total = 0;
            for (int i = 0; i < WindowSeconds; i++)
            {
                if (_bucketSecond[i] > second - WindowSeconds && _bucketSecond[i] <= second)
                {
                    total += _bucketCount[i];
                }
            }

            return (total * 10 + WindowSeconds / 2) / WindowSeconds;
        }

        public void Reset()
        {
            for (int i = 0; i < WindowSeconds; i++)
            {
                _bucketSecond[i] = -1;
                _bucketCount[i] = 0;
            }

            _recentCount = 0;
            _recentNext = 0;
            _lastHandshake = 0;
            _maxHandshake = 0;
            _lastAppData = 0;
            _maxAppData = 0;
            _maxPerSecond = 0;
        }
    }
}
