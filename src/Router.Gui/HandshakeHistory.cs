namespace Router.Gui
{
    /// <summary>
    /// Completed handshakes per interval over the last minutes, a fixed ring of buckets (default 30 × 10 s).
    /// It is fed the running total of handshakes (<see cref="Sample"/>) whenever someone looks and, when the
    /// board's loop calls it, every few seconds; handshakes counted since the previous sample are spread evenly
    /// over the intervals in between, so sparse sampling flattens the curve but never loses or invents one.
    /// </summary>
    public sealed class HandshakeHistory
    {
        public const int DefaultBuckets = 30;
        public const int DefaultIntervalSeconds = 10;

        private readonly long[] _counts;
        private readonly int _intervalSeconds;
        private long _lastTotal;
        private long _current;
        private bool _started;

        public HandshakeHistory(int buckets, int intervalSeconds)
        {
            _counts = new long[buckets];
            _intervalSeconds = intervalSeconds;
        }

        public int BucketCount
        {
            get { return _counts.Length; }
        }

        public int IntervalSeconds
        {
            get { return _intervalSeconds; }
        }

        /// <summary>Takes the handshake total at <paramref name="uptimeMilliseconds"/>.</summary>
        public void Sample(long uptimeMilliseconds, long total)
        {
            long bucket = uptimeMilliseconds / (_intervalSeconds * 1000L);
            if (!_started || total < _lastTotal)
            {
                // First sample, or the counters were reset: start from here.
                _started = true;
                _lastTotal = total;
                _current = bucket;
                return;
            }

            long delta = total - _lastTotal;
            _lastTotal = total;
            if (bucket < _current)
            {
                bucket = _current;
            }

            long span = bucket - _current;
            if (span >= _counts.Length)
            {
                // Everything older than the window falls out; keep only what lands inside it.
                System.Array.Clear(_counts, 0, _counts.Length);
                delta = delta * _counts.Length / (span + 1);
                _current = bucket - _counts.Length + 1;
                span = _counts.Length - 1;
            }
            else
            {
                for (long b = _current + 1; b <= bucket; b++)
                {
                    _counts[(int)(b % _counts.Length)] = 0;
                }
            }

            // Spread over the intervals since the previous sample (the previous one included), the remainder last.
            long share = delta / (span + 1);
            for (long b = _current; b <= bucket; b++)
            {
                _counts[(int)(b % _counts.Length)] += share;
            }

            _counts[(int)(bucket % _counts.Length)] += delta - share * (span + 1);
            _current = bucket;
        }

        /// <summary>Handshakes in interval <paramref name="index"/>, 0 the oldest, <see cref="BucketCount"/>-1 the current one.</summary>
        public long Count(int index)
        {
            if (!_started)
            {
                return 0;
            }

            long bucket = _current - (_counts.Length - 1) + index;
            return bucket < 0 ? 0 : _counts[(int)(bucket % _counts.Length)];
        }

        /// <summary>The largest count in the window (at least 1, for scaling a chart).</summary>
        public long Peak
        {
            get
            {
                long maximum = Maximum;
                return maximum < 1 ? 1 : maximum;
            }
        }

        /// <summary>The largest count in the window.</summary>
        public long Maximum
        {
            get
            {
                long peak = 0;
                for (int i = 0; i < _counts.Length; i++)
                {
                    long count = Count(i);
                    if (count > peak)
                    {
                        peak = count;
                    }
                }

                return peak;
            }
        }
    }
}
