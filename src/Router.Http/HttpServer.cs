using System;
using Router.Core.Network;
using Router.Enco.Channels;
using Router.Tls;
using Router.Tls.Diagnostics;

namespace Router.Http
{
    /// <summary>
    /// The router's HTTP/1.1 server, driven by the firmware loop through <see cref="Poll"/>: it accepts into a
    /// fixed table of connection slots (sized once, buffers reused), serves plain HTTP or HTTPS on its port and,
    /// with HTTPS, a plain port that answers only 301 redirects. Each TLS connection holds an ENCO channel while
    /// open; without a free slot or channel a connection is refused at once, counted and reported. Every TLS
    /// event goes to the <see cref="ITlsMonitor"/> (show ssl, enable ssl debug).
    /// </summary>
    public sealed class HttpServer
    {
        /// <summary>The application name in show ssl's Servers table.</summary>
        public const string Application = "HTTP Server";

        private static readonly IHttpHandler BuiltInPage = new NotInstalledPage();

        private readonly INetwork _network;
        private readonly HttpServerLimits _limits;
        private readonly EncoChannelPool _channels;
        private readonly ITlsMonitor _monitor;
        private readonly HttpServerStatistics _statistics = new HttpServerStatistics();
        private HttpConnection[] _slots;
        private ITcpListener _listener;
        private ITcpListener _redirectListener;
        private TlsServerConfig _tls;
        private IHttpHandler _handler;
        private int _serverId = -1;
        private string _address;
        private int _port;
        private int _peakConnections;

        public HttpServer(INetwork network, HttpServerLimits limits, EncoChannelPool channels, ITlsMonitor monitor)
        {
            _network = network;
            _limits = limits;
            _channels = channels;
            _monitor = monitor;
        }

        /// <summary>What serves requests; null: the built-in "GUI not installed" page.</summary>
        public IHttpHandler Handler
        {
            get { return _handler != null ? _handler : BuiltInPage; }
            set { _handler = value; }
        }

        /// <summary>The TLS configuration new connections get (set it again when set ssl changes; open ones keep theirs).</summary>
        public TlsServerConfig TlsConfig
        {
            get { return _tls; }
            set { _tls = value; }
        }

        public bool IsRunning
        {
            get { return _listener != null; }
        }

        public bool IsSecure
        {
            get { return _listener != null && _tls != null; }
        }

        /// <summary>The address listened on.</summary>
        public string Address
        {
            get { return _address; }
        }

        /// <summary>The port of the server (HTTPS when secure), as bound.</summary>
        public int Port
        {
            get { return _port; }
        }

        /// <summary>The plain port answering redirects, or 0.</summary>
        public int RedirectPort
        {
            get { return _redirectListener != null ? _redirectListener.Port : 0; }
        }

        public HttpServerLimits Limits
        {
            get { return _limits; }
        }

        public HttpServerStatistics Statistics
        {
            get { return _statistics; }
        }

        public ITlsMonitor Monitor
        {
            get { return _monitor; }
        }

        public int MaxConnections
        {
            get { return _limits.MaxConnections; }
        }

        public int PeakConnections
        {
            get { return _peakConnections; }
        }

        public int OpenConnections
        {
            get
            {
                int open = 0;
                if (_slots != null)
                {
                    for (int i = 0; i < _slots.Length; i++)
                    {
                        if (_slots[i].IsOpen)
                        {
                            open++;
                        }
                    }
                }

                return open;
            }
        }

        /// <summary>Bytes the connection table keeps while the server runs (TLS engines come on top, per connection).</summary>
        public int RetainedBytes
        {
            get
            {
                int total = 0;
                if (_slots != null)
                {
                    for (int i = 0; i < _slots.Length; i++)
                    {
                        total += _slots[i].RetainedBytes;
                    }
                }

                return total;
            }
        }

        /// <summary>
        /// Starts listening on <paramref name="address"/>:<paramref name="port"/>: HTTPS with <paramref name="tls"/>,
        /// plain HTTP without; with TLS and <paramref name="redirectPort"/> above 0, a plain port answering 301s.
        /// Returns null when listening, else why not (the server stays stopped). A redirect port that cannot be
        /// bound is reported in <paramref name="warning"/> and the HTTPS server runs without it.
        /// </summary>
        public string Start(string address, int port, TlsServerConfig tls, int redirectPort, out string warning)
        {
            warning = null;
            Stop();
            if (_network == null)
            {
                return "this board has no network";
            }

            if (tls != null && !tls.IsUsable)
            {
                return "the key and certificate cannot serve TLS";
            }

            try
            {
                _listener = _network.Listen(address, port, _limits.Backlog);
            }
            catch (NetworkException e)
            {
                return e.Message;
            }

            _address = address;
            _port = _listener.Port;
            _tls = tls;
            if (tls != null && redirectPort > 0)
            {
                try
                {
                    _redirectListener = _network.Listen(address, redirectPort, _limits.Backlog);
                }
                catch (NetworkException e)
                {
                    warning = e.Message;
                }
            }

            if (_slots == null || _slots.Length != _limits.MaxConnections)
            {
                _slots = new HttpConnection[_limits.MaxConnections];
                for (int i = 0; i < _slots.Length; i++)
                {
                    _slots[i] = new HttpConnection(this, i, _limits.ResponseCapacity);
                }
            }

            if (tls != null)
            {
                _serverId = _monitor.RegisterServer(Application, address, _port);
            }

            return null;
        }

        /// <summary>Closes every connection (close_notify for TLS) and the listeners; the slots' buffers are dropped.</summary>
        public void Stop()
        {
            if (_slots != null)
            {
                for (int i = 0; i < _slots.Length; i++)
                {
                    _slots[i].Abort();
                }

                _slots = null;
            }

            if (_listener != null)
            {
                _listener.Close();
                _listener = null;
            }

            if (_redirectListener != null)
            {
                _redirectListener.Close();
                _redirectListener = null;
            }

            if (_serverId >= 0)
            {
                _monitor.UnregisterServer(_serverId);
                _serverId = -1;
            }

            _tls = null;
        }

        /// <summary>
        /// One turn of the firmware loop: accept what waits, then serve every open connection. Never blocks.
        /// Returns true when anything happened (the loop then polls again at once instead of waiting on the console).
        /// </summary>
        public bool Poll(long now)
        {
            if (_listener == null)
            {
                return false;
            }

            bool busy = AcceptFrom(_listener, _tls != null ? HttpConnectionKind.Tls : HttpConnectionKind.Plain, now);
            if (_redirectListener != null)
            {
                busy |= AcceptFrom(_redirectListener, HttpConnectionKind.Redirect, now);
            }

            for (int i = 0; i < _slots.Length; i++)
            {
                busy |= _slots[i].Poll(now);
            }

            int open = OpenConnections;
            if (open > _peakConnections)
            {
                _peakConnections = open;
            }

            return busy;
        }

        /// <summary>Counts one of show ssl counters' TCP-section events the connection loop sees (not the engine).</summary>
        internal void CountTls(int counter)
        {
            if (_tls != null)
            {
                _tls.Counters.Increment(counter);
            }
        }

        /// <summary>Called by a slot when its TLS connection ends: report, wipe the engine, give the channel back.</summary>
        internal void ReleaseTls(TlsServerEngine engine, EncoChannel channel, string peer)
        {
            int sent = engine.AlertSent;
            int received = engine.AlertReceived;
            bool sentFailure = sent != AlertDescription.None && sent != AlertDescription.CloseNotify;
            bool receivedFailure = received != AlertDescription.None && received != AlertDescription.CloseNotify
                && received != AlertDescription.UserCanceled;
            if (sentFailure || receivedFailure)
            {
                _statistics.TlsFailures++;
                _monitor.ConnectionFailed(peer, sent, received);
            }

            engine.Dispose();
            CountTls(TlsCounter.TcpClosed);
            DetachChannel(channel);
            _monitor.ConnectionClosed(_serverId, peer);
        }

        private bool AcceptFrom(ITcpListener listener, int kind, long now)
        {
            // A few per poll: a burst of connections cannot hold the loop.
            for (int i = 0; i < 4; i++)
            {
                ITcpConnection tcp = listener.Accept();
                if (tcp == null)
                {
                    return i > 0;
                }

                HttpConnection slot = FreeSlot();
                if (slot == null)
                {
                    Refuse(tcp, kind, "too many connections");
                    continue;
                }

                if (kind != HttpConnectionKind.Tls)
                {
                    _statistics.ConnectionsAccepted++;
                    slot.Open(tcp, kind, null, null, now);
                    continue;
                }

                OpenTls(slot, tcp, now);
            }

            return true;
        }

        private void OpenTls(HttpConnection slot, ITcpConnection tcp, long now)
        {
            TlsCounters counters = _tls.Counters;
            counters.Increment(TlsCounter.Attach);
            EncoChannel channel = _channels.Attach(EncoChannelOwner.Tls, _serverId);
            if (channel == null)
            {
                counters.Increment(TlsCounter.AttachFail);
                counters.Increment(TlsCounter.StartFailed);
                Refuse(tcp, HttpConnectionKind.Tls, "no free ENCO channel");
                return;
            }

            counters.Increment(TlsCounter.Attached);
            TlsServerEngine engine;
            try
            {
                engine = new TlsServerEngine(_tls);
            }
            catch (Exception)
            {
                // Out of memory for the engine's buffers: refused like a full table.
                DetachChannel(channel);
                counters.Increment(TlsCounter.StartFailed);
                Refuse(tcp, HttpConnectionKind.Tls, "no memory for the connection");
                return;
            }

            _statistics.ConnectionsAccepted++;
            counters.Increment(TlsCounter.TcpEstablished);
            _monitor.ConnectionOpened(_serverId, tcp.RemoteAddress);
            slot.Open(tcp, HttpConnectionKind.Tls, engine, channel, now);
        }

        private void DetachChannel(EncoChannel channel)
        {
            TlsCounters counters = _tls != null ? _tls.Counters : null;
            if (counters != null)
            {
                counters.Increment(TlsCounter.Detach);
            }

            bool attached = channel != null && channel.IsAttached;
            _channels.Detach(channel);
            if (counters != null && attached)
            {
                counters.Increment(TlsCounter.Detached);
            }
        }

        private void Refuse(ITcpConnection tcp, int kind, string reason)
        {
            _statistics.ConnectionsRefused++;
            if (kind == HttpConnectionKind.Tls)
            {
                _monitor.ConnectionRefused(_serverId, tcp.RemoteAddress, reason);
            }

            tcp.Close();
        }

        /// <summary>A free slot; when all are taken, the one idle longest between requests is closed for the newcomer.</summary>
        private HttpConnection FreeSlot()
        {
            HttpConnection idlest = null;
            for (int i = 0; i < _slots.Length; i++)
            {
                HttpConnection slot = _slots[i];
                if (!slot.IsOpen)
                {
                    return slot;
                }

                if (slot.IsIdle && (idlest == null || slot.LastActivity < idlest.LastActivity))
                {
                    idlest = slot;
                }
            }

            if (idlest != null)
            {
                idlest.Abort();
                return idlest;
            }

            return null;
        }
    }
}
