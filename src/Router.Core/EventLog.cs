using System;
using System.Threading;

namespace Router.Core
{
    /// <summary>
    /// The router's event log: a ring of entries sized at boot. When it is full the oldest entry
    /// is overwritten and counted in <see cref="Overwritten"/>, so logging never allocates a new
    /// entry nor grows. Safe to use from several threads.
    /// </summary>
    public sealed class EventLog
    {
        private readonly object _gate = new object();
        private readonly LogEntry[] _entries;
        private readonly IClock _clock;
        private int _next;
        private int _count;
        private long _sequence;
        private long _overwritten;

        public EventLog(int capacity, IClock clock)
        {
            if (capacity < 1)
            {
                throw new ArgumentOutOfRangeException("capacity");
            }

            if (clock == null)
            {
                throw new ArgumentNullException("clock");
            }

            _clock = clock;
            _entries = new LogEntry[capacity];
            for (int i = 0; i < capacity; i++)
            {
                _entries[i] = new LogEntry();
            }
        }

        public int Capacity
        {
            get { return _entries.Length; }
        }

        /// <summary>Entries held now, at most <see cref="Capacity"/>.</summary>
        public int Count
        {
            get
            {
                Monitor.Enter(_gate);
                try
                {
                    return _count;
                }
                finally
                {
                    Monitor.Exit(_gate);
                }
            }
        }

        /// <summary>Entries lost because the log was full when a newer one arrived.</summary>
        public long Overwritten
        {
            get
            {
                Monitor.Enter(_gate);
                try
                {
                    return _overwritten;
                }
                finally
                {
                    Monitor.Exit(_gate);
                }
            }
        }

        public void Add(LogSeverity severity, string module, string message)
        {
            // Read the clock outside the lock: a board clock may take its own lock.
            long uptime = _clock.UptimeMilliseconds;
            DateTime now = _clock.UtcNow;

            Monitor.Enter(_gate);
            try
            {
                LogEntry entry = _entries[_next];
                entry.Sequence = ++_sequence;
                entry.UptimeMilliseconds = uptime;
                entry.UtcTime = now;
                entry.Severity = severity;
                entry.Module = module;
                entry.Message = message;

                _next = (_next + 1) % _entries.Length;
                if (_count == _entries.Length)
                {
                    _overwritten++;
                }
                else
                {
                    _count++;
                }
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>
        /// Copies entry <paramref name="index"/> (0 is the oldest held) into
        /// <paramref name="destination"/>. Returns false when there is no such entry, which
        /// happens when a writer overwrote it since the caller read <see cref="Count"/>.
        /// </summary>
        public bool CopyEntry(int index, LogEntry destination)
        {
            Monitor.Enter(_gate);
            try
            {
                if (index < 0 || index >= _count)
                {
                    return false;
                }

                int oldest = (_next - _count + _entries.Length) % _entries.Length;
                _entries[(oldest + index) % _entries.Length].CopyTo(destination);
                return true;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }
    }
}
