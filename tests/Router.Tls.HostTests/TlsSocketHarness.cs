using System;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;

namespace Router.Tls.HostTests
{
    /// <summary>
    /// A tiny TCP server on 127.0.0.1 (ephemeral port) that pumps bytes between each accepted socket and a
    /// <see cref="TlsServerEngine"/>: the board's loop in miniature. Echo mode sends every line back and then
    /// closes with close_notify; HTTP mode answers any request with a fixed response.
    /// </summary>
    internal sealed class TlsSocketHarness : IDisposable
    {
        public const string HttpBody = "hello from the router\n";

        public sealed class Connection
        {
            public bool HandshakeComplete;
            public int Version;
            public bool ExtendedMasterSecret;
            public int SignatureScheme;
            public int CipherSuite;
            public int Group;
            public bool Retried;
            public bool Resumed;
            public string ServerName;
            public string Alpn;
            public int AlertSent = AlertDescription.None;
            public int AlertReceived = AlertDescription.None;
            public string Failure;
            public bool ClientAuthenticated;
        }

        private readonly TcpListener _listener;
        private readonly TlsServerConfig _config;
        private readonly bool _http;
        private readonly Thread _acceptor;
        private volatile bool _stopping;

        public readonly BlockingCollection<Connection> Finished = new BlockingCollection<Connection>();
        public readonly TlsCounters Counters = new TlsCounters();

        public TlsSocketHarness(TestCertificate certificate, bool http)
            : this(certificate, http, false)
        {
        }

        public TlsSocketHarness(TestCertificate certificate, bool http, bool resumption)
        {
            _config = new TlsServerConfig(new byte[][] { certificate.Certificate }, certificate.Key, Counters, new EncoTlsEntropy());
            if (resumption)
            {
                _config.SessionCache = new TlsSessionCache(16, 300, Counters);
            }

            _http = http;
            _listener = new TcpListener(IPAddress.Loopback, 0);
            _listener.Start();
            _acceptor = new Thread(AcceptLoop) { IsBackground = true };
            _acceptor.Start();
        }

        /// <summary>A server with client certificate authentication (<see cref="TlsClientAuth"/>) decided by <paramref name="verifier"/>.</summary>
        public TlsSocketHarness(TestCertificate certificate, bool http, int clientAuth, Router.Tls.Client.ITlsCertificateVerifier verifier)
            : this(certificate, http, false)
        {
            _config.ClientAuth = clientAuth;
            _config.ClientVerifier = verifier;
        }

        /// <summary>The connections' config (set optional fields before the first connection).</summary>
        public TlsServerConfig Config
        {
            get { return _config; }
        }

        public int Port
        {
            get { return ((IPEndPoint)_listener.LocalEndpoint).Port; }
        }

        /// <summary>The next connection to end, within the timeout.</summary>
        public Connection Next(int timeoutMs)
        {
            Connection connection;
            return Finished.TryTake(out connection, timeoutMs) ? connection : null;
        }

        public void Dispose()
        {
            _stopping = true;
            _listener.Stop();
            _acceptor.Join(2000);
        }

        private void AcceptLoop()
        {
            while (!_stopping)
            {
                Socket socket;
                try
                {
                    socket = _listener.AcceptSocket();
                }
                catch (SocketException)
                {
                    return;
                }
                catch (ObjectDisposedException)
                {
                    return;
                }
                catch (InvalidOperationException)
                {
                    // Dispose stopped the listener between the loop's check and the accept.
                    return;
                }

                Thread worker = new Thread(() => Serve(socket)) { IsBackground = true };
                worker.Start();
            }
        }

        private void Serve(Socket socket)
        {
            Connection result = new Connection();
            TlsServerEngine engine = new TlsServerEngine(_config);
            byte[] receive = new byte[4096];
            byte[] data = new byte[16384];
            byte[] send = new byte[16384];
            StringBuilder request = new StringBuilder();
            long start = Environment.TickCount64;
            try
            {
                socket.ReceiveTimeout = 100;
                while (!engine.IsClosed && Environment.TickCount64 - start < 20000)
                {
                    int n = 0;
                    if (socket.Poll(50000, SelectMode.SelectRead))
                    {
                        n = socket.Receive(receive);
                        if (n == 0)
                        {
                            break;
                        }
                    }

                    int fed = 0;
                    while (fed < n && !engine.IsClosed)
                    {
                        fed += engine.Feed(receive, fed, n - fed, Environment.TickCount64);
                        Serve(engine, data, request);
                    }

                    engine.Tick(Environment.TickCount64);
                    Flush(engine, socket, send);
                }

                Flush(engine, socket, send);
            }
            catch (Exception e)
            {
                result.Failure = e.ToString();
            }
            finally
            {
                result.HandshakeComplete = engine.HandshakeTimeMs >= 0;
                result.CipherSuite = engine.CipherSuite;
                result.Version = engine.Version;
                result.ExtendedMasterSecret = engine.ExtendedMasterSecret;
                result.SignatureScheme = engine.SignatureSchemeUsed;
                result.Group = engine.Group;
                result.Retried = engine.NeededHelloRetry;
                result.Resumed = engine.Resumed;
                result.ServerName = engine.ServerName;
                result.Alpn = engine.ApplicationProtocol;
                result.AlertSent = engine.AlertSent;
                result.AlertReceived = engine.AlertReceived;
                result.ClientAuthenticated = engine.ClientAuthenticated;
                engine.Dispose();
                try
                {
                    socket.Shutdown(SocketShutdown.Both);
                }
                catch (SocketException)
                {
                }

                socket.Close();
                Finished.Add(result);
            }
        }

        /// <summary>The application: echo lines, or answer an HTTP request.</summary>
        private void Serve(TlsServerEngine engine, byte[] data, StringBuilder request)
        {
            int n;
            while ((n = engine.ReadApplicationData(data, 0, data.Length)) > 0)
            {
                if (_http)
                {
                    request.Append(Encoding.ASCII.GetString(data, 0, n));
                    if (request.ToString().Contains("\r\n\r\n"))
                    {
                        byte[] response = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                            + HttpBody.Length + "\r\nConnection: close\r\n\r\n" + HttpBody);
                        engine.WriteApplicationData(response, 0, response.Length);
                        engine.Close();
                    }
                }
                else
                {
                    engine.WriteApplicationData(data, 0, n);
                    if (Array.IndexOf(data, (byte)'\n', 0, n) >= 0)
                    {
                        engine.Close();
                    }
                }
            }
        }

        private static void Flush(TlsServerEngine engine, Socket socket, byte[] send)
        {
            int n;
            while ((n = engine.TakeOutput(send, 0, send.Length)) > 0)
            {
                int sent = 0;
                while (sent < n)
                {
                    sent += socket.Send(send, sent, n - sent, SocketFlags.None);
                }
            }
        }
    }
}
