using Router.Cli;
using Router.Tls.Diagnostics;

namespace Router.Tls.Commands
{
    /// <summary>
    /// show ssl in seed 000's Figure 45-2 layout: configuration (versions and suites offered, the cache's size with
    /// what this board really holds, timeout, debug address and modes), statistics, and the Servers table. Lines
    /// are built in one reused buffer: the report allocates nothing.
    /// </summary>
    public sealed class ShowSslCommand : ICommandHandler
    {
        private const string Rule = "----------------------------------------------------------";
        private const string ServersRule = "-----------------------------------------------------------";
        private const string ServersHeading = "ID      IP Address     Port    Application     Connections";

        private readonly SslService _service;
        private readonly SslMonitor _monitor;
        private readonly ReportLine _line = new ReportLine(128);
        private readonly byte[] _id = new byte[TlsSessionCache.TicketSize];

        public ShowSslCommand(SslService service, SslMonitor monitor)
        {
            _service = service;
            _monitor = monitor;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            output.WriteLine(string.Empty);
            output.WriteLine("SHOW SSL");
            output.WriteLine(Rule);
            output.WriteLine("SSL Configuration:");
            WriteVersions(output);
            WriteCiphers(output);

            _line.AppendField("Maximum Number of Sessions");
            _line.AppendNumber(_service.MaxSessions);
            _line.Append(" sessions");
            if (_service.CacheCapacity != _service.MaxSessions && _service.MaxSessions > 0)
            {
                _line.Append(" (");
                _line.AppendNumber(_service.CacheCapacity);
                _line.Append(" held on this board)");
            }

            _line.End(output);
            _line.AppendField("Cache Timeout");
            _line.AppendNumber(_service.CacheTimeoutSeconds);
            _line.Append(" seconds");
            _line.End(output);
            output.WriteLine(string.Empty);

            _line.AppendField("Debug IP Address");
            _line.Append(_monitor.DebugAddress == null ? "ALL" : _monitor.DebugAddress);
            _line.End(output);
            _line.AppendField("Debug Mode");
            AppendModes(_monitor.DebugModes);
            _line.End(output);
            output.WriteLine(string.Empty);

            WriteStatistics(output);
            output.WriteLine(string.Empty);
            WriteServers(output);
            return CommandResult.Shown;
        }

        private void WriteVersions(ICommandOutput output)
        {
            int[] suites = _service.EffectiveCipherSuites;
            bool tls12 = false;
            bool tls13 = false;
            for (int i = 0; i < suites.Length; i++)
            {
                tls12 |= CipherSuite.IsTls12(suites[i]);
                tls13 |= CipherSuite.IsTls13(suites[i]);
            }

            _line.AppendField("Version");
            _line.Append(tls12 ? (tls13 ? "TLSv1.2, TLSv1.3" : "TLSv1.2") : (tls13 ? "TLSv1.3" : "none"));
            _line.End(output);
        }

        /// <summary>One suite per line, the first after the field name, the others under it.</summary>
        private void WriteCiphers(ICommandOutput output)
        {
            int[] suites = _service.EffectiveCipherSuites;
            _line.AppendField("Ciphers Available");
            for (int i = 0; i < suites.Length; i++)
            {
                if (i > 0)
                {
                    _line.PadTo(ReportLine.ValueColumn, ' ');
                }

                _line.Append(CipherSuite.Name(suites[i]));
                if (i < suites.Length - 1)
                {
                    _line.AppendChar(',');
                }

                _line.End(output);
            }

            if (suites.Length == 0)
            {
                _line.Append("none");
                _line.End(output);
            }
        }

        private void AppendModes(int modes)
        {
            if (modes == 0)
            {
                _line.Append("NONE");
                return;
            }

            int written = 0;
            written = AppendMode(modes, SslDebugMode.Packet, "PKT", written);
            written = AppendMode(modes, SslDebugMode.State, "STATE", written);
            written = AppendMode(modes, SslDebugMode.Trace, "TRACE", written);
            AppendMode(modes, SslDebugMode.KeyLog, "KEYLOG", written);
        }

        private int AppendMode(int modes, int mode, string name, int written)
        {
            if ((modes & mode) == 0)
            {
                return written;
            }

            if (written > 0)
            {
                _line.AppendChar(',');
            }

            _line.Append(name);
            return written + 1;
        }

        private void WriteStatistics(ICommandOutput output)
        {
            SslStatistics statistics = _monitor.Statistics;
            TlsSessionCache cache = _service.SessionCache;
            output.WriteLine("Statistics:");
            Field(output, "Current Number of Sessions", LiveSessions(cache, _monitor.Clock.UptimeMilliseconds));
            Field(output, "Max. Number of Sessions", _service.PeakSessions);
            Field(output, "Last Handshake Time (ms)", statistics.LastHandshakeMs);
            Field(output, "Av. Handshake Time (ms)", statistics.AverageHandshakeMs);
            Field(output, "Max. Handshake Time (ms)", statistics.MaxHandshakeMs);
            Field(output, "Last App. Data Processing Time (us)", statistics.LastAppDataMicroseconds);
            Field(output, "Max. App. Data Processing Time (us)", statistics.MaxAppDataMicroseconds);

            int tenths = statistics.HandshakesPerSecondTenths(_monitor.Clock.UptimeMilliseconds);
            _line.AppendField("Handshakes/Second");
            _line.AppendNumber(tenths / 10);
            if (tenths % 10 != 0)
            {
                _line.AppendChar('.');
                _line.AppendNumber(tenths % 10);
            }

            _line.End(output);
            Field(output, "Max Handshakes/Second", statistics.MaxHandshakesPerSecond);
        }

        /// <summary>Sessions that can still be resumed: entries past their timeout wait in the cache until reused, and do not count.</summary>
        private int LiveSessions(TlsSessionCache cache, long now)
        {
            int live = 0;
            for (int slot = 0; cache != null && slot < cache.MaxSessions; slot++)
            {
                int version;
                int suite;
                long created;
                long expires;
                if (cache.ReadEntry(slot, _id, 0, out version, out suite, out created, out expires) && expires > now)
                {
                    live++;
                }
            }

            return live;
        }

        private void WriteServers(ICommandOutput output)
        {
            SslServerTable servers = _monitor.Servers;
            output.WriteLine("Servers:");
            output.WriteLine(ServersHeading);
            output.WriteLine(ServersRule);
            for (int id = 0; id < SslServerTable.MaxServers; id++)
            {
                if (!servers.IsUsed(id))
                {
                    continue;
                }

                _line.AppendNumber(id);
                _line.PadTo(8, ' ');
                _line.Append(servers.Address(id));
                _line.AppendChar(' ');
                _line.PadTo(23, ' ');
                _line.AppendNumber(servers.Port(id), 5);
                _line.PadTo(31, ' ');
                _line.Append(servers.Application(id));
                _line.AppendChar(' ');
                _line.PadTo(47, ' ');
                _line.AppendNumber(servers.Connections(id));
                _line.End(output);
            }

            output.WriteLine(ServersRule);
        }

        private void Field(ICommandOutput output, string name, long value)
        {
            _line.AppendField(name);
            _line.AppendNumber(value);
            _line.End(output);
        }
    }
}
