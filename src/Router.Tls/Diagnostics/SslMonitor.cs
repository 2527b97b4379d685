using Router.Cli;
using Router.Core;

namespace Router.Tls.Diagnostics
{
    /// <summary>
    /// The router's <see cref="ITlsMonitor"/>: keeps show ssl's Servers table and Statistics, and writes the
    /// debug output enable ssl debug asks for to the console (<see cref="ISslConsole.DebugOutput"/>), for the
    /// peers set ssl debugipaddress selects: packet (records on the wire, <see cref="SslPacketTrace"/>), state
    /// (handshake state changes) and trace (connections opened, refused, completed, failed). With debugging off
    /// a report costs a flag test and allocates nothing; with it on, lines are built in one reused buffer.
    /// </summary>
    public sealed class SslMonitor : ITlsMonitor
    {
        private readonly IClock _clock;
        private readonly ISslConsole _console;
        private readonly SslStatistics _statistics = new SslStatistics();
        private readonly SslServerTable _servers = new SslServerTable();
        private readonly ReportLine _line = new ReportLine(160);
        private readonly SslPacketTrace _packets;
        private readonly SslKeyLog _keyLog;
        private int _modes;
        private string _debugAddress;

        /// <param name="clock">Uptime for the handshake rate.</param>
        /// <param name="console">Where debug output goes; null: nowhere.</param>
        public SslMonitor(IClock clock, ISslConsole console)
        {
            _clock = clock;
            _console = console;
            _packets = new SslPacketTrace(_line);
            _keyLog = new SslKeyLog(console);
        }

        public SslStatistics Statistics
        {
            get { return _statistics; }
        }

        public SslServerTable Servers
        {
            get { return _servers; }
        }

        public IClock Clock
        {
            get { return _clock; }
        }

        public ISslConsole Console
        {
            get { return _console; }
        }

        /// <summary>The key log writer; it prints only while <see cref="SslKeyLog.Active"/>.</summary>
        public SslKeyLog KeyLog
        {
            get { return _keyLog; }
        }

        /// <summary>The <see cref="SslDebugMode"/> flags on now (the key log's included).</summary>
        public int DebugModes
        {
            get { return _modes | (_keyLog.Active ? SslDebugMode.KeyLog : 0); }
        }

        /// <summary>The one peer address debug output is limited to (set ssl debugipaddress), or null for all.</summary>
        public string DebugAddress
        {
            get { return _debugAddress; }
            set { _debugAddress = value; }
        }

        public void EnableDebug(int modes)
        {
            _modes |= modes & SslDebugMode.All;
        }

        public void DisableDebug(int modes)
        {
            _modes &= ~modes;
        }

        public int RegisterServer(string application, string address, int port)
        {
            return _servers.Add(application, address, port);
        }

        public void UnregisterServer(int serverId)
        {
            _servers.Remove(serverId);
        }

        public void ConnectionOpened(int serverId, string peerAddress)
        {
            _servers.Opened(serverId);
            if (Watching(SslDebugMode.Trace, peerAddress))
            {
                Event(peerAddress, "connection opened to ");
                AppendServer(serverId);
                _line.End(_console.DebugOutput);
            }
        }

        public void ConnectionClosed(int serverId, string peerAddress)
        {
            _servers.Closed(serverId);
            _packets.Forget(peerAddress);
            if (Watching(SslDebugMode.Trace, peerAddress))
            {
                Event(peerAddress, "connection closed on ");
                AppendServer(serverId);
                _line.End(_console.DebugOutput);
            }
        }

        public void ConnectionRefused(int serverId, string peerAddress, string reason)
        {
            if (Watching(SslDebugMode.Trace, peerAddress))
            {
                Event(peerAddress, "connection refused by ");
                AppendServer(serverId);
                _line.Append(": ");
                _line.Append(reason);
                _line.End(_console.DebugOutput);
            }
        }

        public void WireBytes(string peerAddress, bool sent, byte[] data, int offset, int count)
        {
            if (Watching(SslDebugMode.Packet, peerAddress) && data != null && offset >= 0 && count > 0 && offset + count <= data.Length)
            {
                _packets.Trace(_console.DebugOutput, peerAddress, sent, data, offset, count);
            }
        }

        public void StateChanged(string peerAddress, int fromState, int toState)
        {
            if (Watching(SslDebugMode.State, peerAddress))
            {
                Event(peerAddress, "state ");
                _line.Append(TlsState.Name(fromState));
                _line.Append(" -> ");
                _line.Append(TlsState.Name(toState));
                _line.End(_console.DebugOutput);
            }
        }

        public void HandshakeCompleted(string peerAddress, long milliseconds, int cipherSuite, int group, bool resumed)
        {
            _statistics.Handshake(milliseconds, _clock.UptimeMilliseconds);
            if (Watching(SslDebugMode.Trace, peerAddress))
            {
                Event(peerAddress, resumed ? "session resumed in " : "handshake complete in ");
                _line.AppendNumber(milliseconds);
                _line.Append(" ms: ");
                _line.Append(CipherSuite.Name(cipherSuite));
                _line.Append(", ");
                _line.Append(NamedGroup.Name(group));
                _line.End(_console.DebugOutput);
            }
        }

        public void ApplicationDataProcessed(long microseconds)
        {
            _statistics.ApplicationData(microseconds);
        }

        public void ConnectionFailed(string peerAddress, int alertSent, int alertReceived)
        {
            if (Watching(SslDebugMode.Trace, peerAddress))
            {
                Event(peerAddress, "connection failed");
                if (alertSent != AlertDescription.None)
                {
                    _line.Append(", alert sent ");
                    _line.Append(SslNames.Alert(alertSent));
                    AppendCode(alertSent);
                }

                if (alertReceived != AlertDescription.None)
                {
                    _line.Append(", alert received ");
                    _line.Append(SslNames.Alert(alertReceived));
                    AppendCode(alertReceived);
                }

                _line.End(_console.DebugOutput);
            }
        }

        /// <summary>
        /// Writes a free-form trace line (a decision a connection loop made: suite chosen, cache full, ...) when
        /// trace debugging watches <paramref name="peerAddress"/>.
        /// </summary>
        public void TraceLine(string peerAddress, string text)
        {
            if (Watching(SslDebugMode.Trace, peerAddress))
            {
                Event(peerAddress, text);
                _line.End(_console.DebugOutput);
            }
        }

        /// <summary>Whether output of <paramref name="mode"/> about <paramref name="peer"/> is wanted (no allocation).</summary>
        public bool Watching(int mode, string peer)
        {
            if ((_modes & mode) == 0 || _console == null || _console.DebugOutput == null)
            {
                return false;
            }

            return _debugAddress == null || IsAddress(peer, _debugAddress);
        }

        /// <summary>"10.0.0.2" matches "10.0.0.2" and "10.0.0.2:51234", not "10.0.0.25".</summary>
        private static bool IsAddress(string peer, string address)
        {
            if (peer == null || peer.Length < address.Length)
            {
                return false;
            }

            for (int i = 0; i < address.Length; i++)
            {
                if (peer[i] != address[i])
                {
                    return false;
                }
            }

            return peer.Length == address.Length || peer[address.Length] == ':';
        }

        private void Event(string peer, string text)
        {
            _line.Clear();
            _line.Append("SSL ");
            _line.Append(peer);
            _line.AppendChar(' ');
            _line.Append(text);
        }

        private void AppendServer(int serverId)
        {
            _line.Append(_servers.IsUsed(serverId) ? _servers.Application(serverId) : "server");
            _line.Append(" (ID ");
            _line.AppendNumber(serverId);
            _line.AppendChar(')');
        }

        private void AppendCode(int value)
        {
            _line.Append(" (");
            _line.AppendNumber(value);
            _line.AppendChar(')');
        }
    }
}
