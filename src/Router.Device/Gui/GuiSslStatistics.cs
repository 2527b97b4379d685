using Router.Gui;
using Router.Tls;
using Router.Tls.Diagnostics;

namespace Router.Device.Gui
{
    /// <summary>
    /// The SSL figures of the dashboard from Router.Tls's diagnostics: a selection of show ssl counters and the
    /// handshake timing statistics of show ssl (when the monitor is the router's own SslMonitor).
    /// </summary>
    public sealed class GuiSslStatistics : IGuiSslStatistics
    {
        private static readonly string[] CounterNames =
        {
            "Client hellos", "Handshakes failed", "Resumption requests", "Resumed (cache hits)", "Cache misses",
            "No cipher match", "Old protocol versions refused", "Records in", "Records out", "Decode failures",
        };

        private static readonly int[] Counters =
        {
            TlsCounter.InClientHello, TlsCounter.HandshakeFail, TlsCounter.ResumeRequest, TlsCounter.CacheHit, TlsCounter.CacheMiss,
            TlsCounter.NoCipherMatch, TlsCounter.SslVersion, TlsCounter.InRecord, TlsCounter.OutRecord, TlsCounter.DecodeFail,
        };

        private const int TimingRows = 3;

        private readonly SslService _ssl;
        private readonly SslStatistics _statistics;

        public GuiSslStatistics(SslService ssl)
        {
            _ssl = ssl;
            SslMonitor monitor = ssl.Monitor as SslMonitor;
            _statistics = monitor == null ? null : monitor.Statistics;
        }

        public int RowCount
        {
            get { return Counters.Length + (_statistics == null ? 0 : TimingRows); }
        }

        public string RowName(int index)
        {
            if (index < Counters.Length)
            {
                return CounterNames[index];
            }

            switch (index - Counters.Length)
            {
                case 0:
                    return "Last handshake (ms)";
                case 1:
                    return "Average handshake (ms)";
                default:
                    return "Most handshakes in one second";
            }
        }

        public long RowValue(int index)
        {
            if (index < Counters.Length)
            {
                return _ssl.Counters.Get(Counters[index]);
            }

            switch (index - Counters.Length)
            {
                case 0:
                    return _statistics.LastHandshakeMs;
                case 1:
                    return _statistics.AverageHandshakeMs;
                default:
                    return _statistics.MaxHandshakesPerSecond;
            }
        }

        public long HandshakesCompleted
        {
            get { return _ssl.Counters.Get(TlsCounter.HandshakeOK); }
        }
    }
}
