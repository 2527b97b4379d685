using System.Threading;

namespace Router.Tls
{
    /// <summary>
    /// The SSL counters shared by every connection of a server (`show ssl counters`, seed 000): one integer per
    /// <see cref="TlsCounter"/> index, and alerts sent and received per description (RFC 8446 6) and level.
    /// Fixed arrays sized at construction; counting never allocates. Increments are interlocked.
    /// </summary>
    public sealed class TlsCounters
    {
        private readonly int[] _values = new int[TlsCounter.Count];
        private readonly int[] _alertsSent = new int[256];
        private readonly int[] _alertsReceived = new int[256];
        private int _fatalReceived;
        private int _warningReceived;

        public int Get(int counter)
        {
            return _values[counter];
        }

        public int AlertsSent(int description)
        {
            return _alertsSent[description & 0xFF];
        }

        public int AlertsReceived(int description)
        {
            return _alertsReceived[description & 0xFF];
        }

        /// <summary>Total alerts sent, any description.</summary>
        public int AlertsSentTotal
        {
            get
            {
                int total = 0;
                for (int i = 0; i < _alertsSent.Length; i++)
                {
                    total += _alertsSent[i];
                }

                return total;
            }
        }

        public int FatalAlertsReceived
        {
            get { return _fatalReceived; }
        }

        public int WarningAlertsReceived
        {
            get { return _warningReceived; }
        }

        public void Increment(int counter)
        {
            Interlocked.Increment(ref _values[counter]);
        }

        internal void Add(int counter, int amount)
        {
            int value;
            do
            {
                value = _values[counter];
            }
            while (Interlocked.CompareExchange(ref _values[counter], value + amount, value) != value);
        }

        internal void AlertSent(int description)
        {
            Interlocked.Increment(ref _alertsSent[description & 0xFF]);
        }

        internal void AlertReceived(int level, int description)
        {
            Interlocked.Increment(ref _alertsReceived[description & 0xFF]);
            if (level == AlertDescription.LevelWarning)
            {
                Interlocked.Increment(ref _warningReceived);
            }
            else
            {
                Interlocked.Increment(ref _fatalReceived);
            }
        }

        /// <summary>reset ssl counters: every counter back to 0.</summary>
        public void Reset()
        {
            for (int i = 0; i < _values.Length; i++)
            {
                Interlocked.Exchange(ref _values[i], 0);
            }

            for (int i = 0; i < 256; i++)
            {
                Interlocked.Exchange(ref _alertsSent[i], 0);
                Interlocked.Exchange(ref _alertsReceived[i], 0);
            }

            Interlocked.Exchange(ref _fatalReceived, 0);
            Interlocked.Exchange(ref _warningReceived, 0);
        }
    }
}
