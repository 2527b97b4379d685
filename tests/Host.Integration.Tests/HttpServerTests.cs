using System;
using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading;
using Router.Enco;
using Router.Enco.Channels;
using Router.HostBoard;
using Router.Http;
using Router.Tls;
using Router.Tls.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace Host.Integration.Tests
{
    /// <summary>Free ports, and the real peers (curl, openssl) run as processes with a deadline.</summary>
    internal static class HttpPeers
    {
        /// <summary>A port nothing listens on now (bound to port 0, then released).</summary>
        public static int FreePort()
        {
            using (Socket socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
            {
                socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
                return ((IPEndPoint)socket.LocalEndPoint).Port;
            }
        }

        /// <summary>Runs a tool; returns its exit code, standard output and error joined.</summary>
        public static int Run(string tool, string standardInput, out string output, params string[] arguments)
        {
            ProcessStartInfo start = new ProcessStartInfo(tool)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using (Process process = Process.Start(start))
            {
                StringBuilder text = new StringBuilder();
                process.OutputDataReceived += (s, e) => { lock (text) { text.AppendLine(e.Data); } };
                process.ErrorDataReceived += (s, e) => { lock (text) { text.AppendLine(e.Data); } };
                process.BeginOutputReadLine();
                process.BeginErrorReadLine();
                if (standardInput != null)
                {
                    process.StandardInput.Write(standardInput);
                }

                process.StandardInput.Close();
                if (!process.WaitForExit(30000))
                {
                    process.Kill(true);
                    throw new TimeoutException(tool + " did not finish");
                }

                process.WaitForExit();
                lock (text)
                {
                    output = text.ToString();
                }

                return process.ExitCode;
            }
        }

        /// <summary>curl -k with verbose output; the status code is the last line.</summary>
        public static string Curl(string url)
        {
            Run("curl", null, out string output, "-k", "-sS", "-v", "--max-time", "10", "-w", "\nstatus=%{http_code}\n", url);
            return output;
        }

        /// <summary>Sends raw bytes on a new connection and reads until the server closes or <paramref name="until"/> appears.</summary>
        public static string Raw(int port, string request, string until)
        {
            using (TcpClient client = new TcpClient())
            {
                client.Connect(IPAddress.Loopback, port);
                client.ReceiveTimeout = 5000;
                NetworkStream stream = client.GetStream();
                byte[] bytes = Encoding.ASCII.GetBytes(request);
                stream.Write(bytes, 0, bytes.Length);
                StringBuilder text = new StringBuilder();
                byte[] buffer = new byte[8192];
                try
                {
                    while (until == null || text.ToString().IndexOf(until, StringComparison.Ordinal) < 0)
                    {
                        int n = stream.Read(buffer, 0, buffer.Length);
                        if (n <= 0)
                        {
                            break;
                        }

                        text.Append(Encoding.ASCII.GetString(buffer, 0, n));
                    }
                }
                catch (System.IO.IOException)
                {
                    // Timed out or reset: what came is the answer.
                }

                return text.ToString();
            }
        }
    }

    /// <summary>
    /// The HTTP server on the host: plain HTTP on the virtual device (raw sockets: keep-alive, pipelining, refusals,
    /// the console staying responsive), and HTTPS in this process over the host board's sockets with a real
    /// certificate for the ENCO key, against curl and .NET's TLS client, with the memory an open HTTPS connection
    /// keeps and the bytes a keep-alive request allocates on the loop.
    /// </summary>
    public sealed class HttpServerTests : IDisposable
    {
        private const string ManagerPassword = "manager-password";
        private static readonly TimeSpan Patience = VirtualDevice.Patience;

        private readonly TemporaryDirectory _dir = new TemporaryDirectory();
        private readonly ITestOutputHelper _output;

        public HttpServerTests(ITestOutputHelper output)
        {
            _output = output;
        }

        public void Dispose()
        {
            _dir.Dispose();
        }

        private static string Command(VirtualDevice device, string line)
        {
            device.Type(line + "\r");
            return device.Stdout.WaitFor("Manager > ", Patience);
        }

        [Fact]
        public void PlainServerOnTheVirtualDeviceServesKeepAliveAndRefusesMalformedRequests()
        {
            int plain = HttpPeers.FreePort();
            int secure = HttpPeers.FreePort();
            using (VirtualDevice device = VirtualDevice.Start(_dir.Path, "--flash", _dir.File("flash.bin"), "--flash-size", "256K",
                "--manager-password", ManagerPassword, "--http-ports", plain + "," + secure))
            {
                device.Stdout.WaitFor("login: ", Patience);
                device.Type("manager\r");
                device.Stdout.WaitFor("Password: ", Patience);
                device.Type(ManagerPassword + "\r");
                device.Stdout.WaitFor("Manager > ", Patience);
                Assert.Contains("State .................................. disabled", Command(device, "show http server"));
                Assert.Contains("Info (134003)", Command(device, "enable http server"));
                Assert.Contains("Error (3125008)", Command(device, "enable http server"));

                // Two pipelined requests on one connection, answered in order, the second closing it.
                string answer = HttpPeers.Raw(plain, "GET /login HTTP/1.1\r\nHost: x\r\n\r\nHEAD /missing HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", null);
                Assert.StartsWith("HTTP/1.1 200 OK\r\n", answer);
                Assert.Contains("<title>Log in", answer);
                int second = answer.IndexOf("HTTP/1.1 404 Not Found\r\n", StringComparison.Ordinal);
                Assert.True(second > 0, answer);
                Assert.Contains("Connection: close\r\n", answer.Substring(second));
                Assert.EndsWith("\r\n\r\n", answer);

                Assert.StartsWith("HTTP/1.1 505 ", HttpPeers.Raw(plain, "GET / HTTP/3.0\r\nHost: x\r\n\r\n", null));
                Assert.StartsWith("HTTP/1.1 414 ", HttpPeers.Raw(plain, "GET /" + new string('a', 3000) + " HTTP/1.1\r\n\r\n", null));
                Assert.StartsWith("HTTP/1.1 431 ", HttpPeers.Raw(plain, "GET / HTTP/1.1\r\nHost: x\r\nX: " + new string('b', 5000) + "\r\n\r\n", null));
                Assert.StartsWith("HTTP/1.1 411 ", HttpPeers.Raw(plain, "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n", null));

                string curl = HttpPeers.Curl("http://127.0.0.1:" + plain + "/login");
                Assert.Contains("status=200", curl);

                // The console answers promptly while a client keeps the server busy.
                long served = 0;
                bool stop = false;
                Thread load = new Thread(() =>
                {
                    while (!Volatile.Read(ref stop))
                    {
                        try
                        {
                            string page = HttpPeers.Raw(plain, "GET /login HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", null);
                            if (page.StartsWith("HTTP/1.1 200 OK", StringComparison.Ordinal))
                            {
                                Interlocked.Increment(ref served);
                            }
                        }
                        catch (SocketException)
                        {
                            // Counted as not served; the assertions below judge.
                        }
                    }
                });
                load.Start();
                Thread.Sleep(300);
                long slowest = 0;
                for (int i = 0; i < 5; i++)
                {
                    Stopwatch typing = Stopwatch.StartNew();
                    Assert.Contains("enabled, listening", Command(device, "show http server"));
                    slowest = Math.Max(slowest, typing.ElapsedMilliseconds);
                }

                Volatile.Write(ref stop, true);
                load.Join();
                _output.WriteLine("under load (" + Interlocked.Read(ref served) + " requests): slowest show http server " + slowest + " ms");
                Assert.True(Interlocked.Read(ref served) > 5, "the server kept serving while the console was used");
                Assert.True(slowest < 2000, "the console waited " + slowest + " ms");

                string shown = Command(device, "show http server");
                Assert.Contains("State .................................. enabled, listening", shown);
                Assert.Contains("Port ................................... " + plain + " (HTTP)", shown);
                int servedAt = shown.IndexOf("Requests Served ........................ ", StringComparison.Ordinal) + 41;
                long reported = long.Parse(shown.Substring(servedAt, shown.IndexOf('\r', servedAt) - servedAt).Trim());
                Assert.True(reported >= 3 + Interlocked.Read(ref served), "show http server counted " + reported);
                Assert.Contains("Errors ................................. 4", shown);

                Assert.Contains("Info (134003)", Command(device, "disable http server"));
                Assert.Throws<SocketException>(() => HttpPeers.Raw(plain, "GET / HTTP/1.1\r\nHost: x\r\n\r\n", null));
                device.CloseInput();
                Assert.Equal(0, device.WaitForExit(Patience));
            }
        }

        [Fact]
        public void SetHttpServerChecksTheKeyAndCertificateAndAnEcdsaServerStopsWhenItsKeyIsDestroyed()
        {
            int plain = HttpPeers.FreePort();
            int secure = HttpPeers.FreePort();
            using (VirtualDevice device = VirtualDevice.Start(_dir.Path, "--flash", _dir.File("flash.bin"), "--flash-size", "256K",
                "--manager-password", ManagerPassword))
            {
                device.Stdout.WaitFor("login: ", Patience);
                device.Type("manager\r");
                device.Stdout.WaitFor("Password: ", Patience);
                device.Type(ManagerPassword + "\r");
                device.Stdout.WaitFor("Manager > ", Patience);
                Assert.Contains("Error (3125006): SECURITY=ON needs an SSL key: give SSLKEY.", Command(device, "set http server security=on"));
                Assert.Contains("Error (3125001): ENCO key 9 does not exist.", Command(device, "set http server security=on sslkey=9"));
                Assert.Contains("Info (134003)", Command(device, "create enco key=1 type=general value=not-a-key-pair"));
                Assert.Contains("Error (3125003)", Command(device, "set http server security=on sslkey=1"));
                Assert.Contains("Info (134003)", Command(device, "create enco key=2 type=ecc"));
                Assert.Contains("Error (3125002): No PKI certificate holds the public key of ENCO key 2", Command(device, "set http server security=on sslkey=2"));
                Assert.Contains("Info (1095001)", Command(device, "create pki certificate=web keypair=2 serialnumber=7 subject=\"cn=127.0.0.1\""));
                Assert.Contains("Info (1095002)", Command(device, "add pki certificate=web location=web.cer"));
                Assert.Contains("Error (3125004): PKI certificate \"other\" does not exist.", Command(device, "set http server security=on sslkey=2 certificate=other"));
                Assert.Contains("Error (3125011)", Command(device, "set http server security=on sslkey=2 port=" + secure + " redirectport=" + secure));
                Assert.Contains("State .................................. disabled", Command(device, "show http server"));

                Assert.Contains("Info (134003)", Command(device, "set http server security=on sslkey=2 certificate=web port=" + secure + " redirectport=" + plain));
                Assert.Contains("Info (134003)", Command(device, "enable http server"));
                string curl = HttpPeers.Curl("https://127.0.0.1:" + secure + "/login");
                Assert.Contains("status=200", curl);
                Assert.Contains("SSL connection using TLSv1.3", curl);
                Assert.Contains("Location: https://127.0.0.1:" + secure + "/", HttpPeers.Raw(plain, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", null));

                // Seed 003's double authentication: with clientauth=require a client without a certificate is refused.
                Assert.Contains("Info (134003)", Command(device, "set http server clientauth=require"));
                Assert.Contains("Client Certificates .................... require", Command(device, "show http server"));
                Assert.Contains("status=000", HttpPeers.Curl("https://127.0.0.1:" + secure + "/login"));
                Assert.Contains("Info (134003)", Command(device, "set http server clientauth=none"));
                Assert.Contains("status=200", HttpPeers.Curl("https://127.0.0.1:" + secure + "/login"));

                // Rule 6: a destroyed key takes the server's copy with it.
                Assert.Contains("Info (134003)", Command(device, "destroy enco key=2"));
                Thread.Sleep(200);
                string shown = Command(device, "show http server");
                Assert.Contains("State .................................. enabled, not running", shown);
                Assert.Contains("ENCO key 2 was destroyed", shown);
                Assert.Contains("status=000", HttpPeers.Curl("https://127.0.0.1:" + secure + "/login"));
                device.CloseInput();
                Assert.Equal(0, device.WaitForExit(Patience));
            }
        }

        /// <summary>An HTTPS server in this process: ENCO P-256 key, a certificate .NET makes for it, the host board's sockets.</summary>
        private sealed class InProcessHttps : IDisposable
        {
            public readonly HttpServer Server;
            public readonly int Port;
            public readonly TlsCounters Counters = new TlsCounters();
            private readonly EncoKey _key;
            private readonly Thread _loop;
            private volatile bool _stop;
            private long _loopAllocated;
            private long _requestsAtMark;
            private long _allocatedAtMark;

            public InProcessHttps(int maxConnections)
                : this(maxConnections, null)
            {
            }

            public InProcessHttps(int maxConnections, IHttpHandler handler)
            {
                _key = EncoKey.Generate(EncoKeyType.EcP256, 0);
                byte[][] chain = { CertificateFor(_key) };
                TlsServerConfig config = new TlsServerConfig(chain, _key, Counters, new EncoTlsEntropy());
                config.SessionCache = new TlsSessionCache(16, 300, Counters);

                // The ESP32's short output records (DeviceSettings.HttpsOutputBuffer), so large bodies cross many of them.
                config.OutputBufferSize = new Router.Device.DeviceSettings().HttpsOutputBuffer;
                HttpServerLimits limits = new HttpServerLimits();
                limits.MaxConnections = maxConnections;
                Server = new HttpServer(new HostNetwork("127.0.0.1"), limits, new EncoChannelPool(maxConnections + 2, new EncoCounters()),
                    new SslMonitor(new HostClock(), null));
                Server.Handler = handler;
                string error = Server.Start("127.0.0.1", 0, config, 0, out string warning);
                Assert.Null(error);
                Port = Server.Port;
                _loop = new Thread(Loop) { IsBackground = true, Name = "http loop" };
                _loop.Start();
            }

            /// <summary>Bytes the loop thread allocated since the last mark, per request served since then.</summary>
            public double AllocatedPerRequestSinceMark()
            {
                long allocated = Interlocked.Read(ref _loopAllocated) - _allocatedAtMark;
                long requests = Server.Statistics.RequestsServed - _requestsAtMark;
                return requests == 0 ? double.NaN : (double)allocated / requests;
            }

            public void Mark()
            {
                _allocatedAtMark = Interlocked.Read(ref _loopAllocated);
                _requestsAtMark = Server.Statistics.RequestsServed;
            }

            public void Dispose()
            {
                _stop = true;
                _loop.Join(5000);
                Server.Stop();
                _key.Dispose();
            }

            private void Loop()
            {
                Stopwatch clock = Stopwatch.StartNew();
                long start = GC.GetAllocatedBytesForCurrentThread();
                while (!_stop)
                {
                    Server.Poll(clock.ElapsedMilliseconds);
                    Interlocked.Exchange(ref _loopAllocated, GC.GetAllocatedBytesForCurrentThread() - start);
                    Thread.Sleep(1);
                }
            }

            /// <summary>A certificate for the ENCO key's public key, signed by a throwaway CA (the client is told to accept it).</summary>
            private static byte[] CertificateFor(EncoKey key)
            {
                byte[] spki = new byte[EncoKeyFormat.MaxDerSize];
                int length = key.ExportPublic(EncoKeyFormat.PublicSpki, spki, 0);
                PublicKey publicKey = PublicKey.CreateFromSubjectPublicKeyInfo(new ReadOnlySpan<byte>(spki, 0, length), out _);
                using (ECDsa ca = ECDsa.Create(ECCurve.NamedCurves.nistP256))
                {
                    CertificateRequest request = new CertificateRequest(new X500DistinguishedName("CN=127.0.0.1"), publicKey, HashAlgorithmName.SHA256);
                    request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, false));
                    SubjectAlternativeNameBuilder names = new SubjectAlternativeNameBuilder();
                    names.AddIpAddress(IPAddress.Loopback);
                    request.CertificateExtensions.Add(names.Build());
                    using (X509Certificate2 certificate = request.Create(new X500DistinguishedName("CN=Test CA"), X509SignatureGenerator.CreateForECDsa(ca),
                        DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30), new byte[] { 1, 2, 3, 4 }))
                    {
                        return certificate.RawData;
                    }
                }
            }
        }

        private static SslStream OpenTls(int port, out TcpClient client)
        {
            client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            client.ReceiveTimeout = 10000;
            SslStream tls = new SslStream(client.GetStream(), false, (sender, certificate, chain, errors) => true);
            tls.AuthenticateAsClient(new SslClientAuthenticationOptions
            {
                TargetHost = "127.0.0.1",
                EnabledSslProtocols = SslProtocols.Tls13,
            });
            return tls;
        }

        private static string Exchange(SslStream tls, string request)
        {
            byte[] bytes = Encoding.ASCII.GetBytes(request);
            tls.Write(bytes, 0, bytes.Length);
            StringBuilder text = new StringBuilder();
            byte[] buffer = new byte[4096];
            while (true)
            {
                int n = tls.Read(buffer, 0, buffer.Length);
                Assert.True(n > 0, "the server closed early: " + text);
                text.Append(Encoding.ASCII.GetString(buffer, 0, n));
                string sofar = text.ToString();
                int headEnd = sofar.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                if (headEnd > 0)
                {
                    int lengthAt = sofar.IndexOf("Content-Length: ", StringComparison.Ordinal);
                    int lengthEnd = sofar.IndexOf("\r\n", lengthAt, StringComparison.Ordinal);
                    int length = int.Parse(sofar.Substring(lengthAt + 16, lengthEnd - lengthAt - 16));
                    if (sofar.Length >= headEnd + 4 + length)
                    {
                        return sofar;
                    }
                }
            }
        }

        [Fact]
        public void CurlGetsThePageOverTls13()
        {
            using (InProcessHttps https = new InProcessHttps(4))
            {
                string curl = HttpPeers.Curl("https://127.0.0.1:" + https.Port + "/");
                Assert.Contains("status=200", curl);
                Assert.Contains("SSL connection using TLSv1.3", curl);
                Assert.Contains(NotInstalledPage.Text, curl);
                Assert.Equal(1, https.Server.Statistics.RequestsServed);
            }
        }

        [Fact]
        public void KeepAliveHttpsRequestsAllocateLittleAndAnOpenConnectionKeepsBoundedMemory()
        {
            const int Connections = 3;
            using (InProcessHttps https = new InProcessHttps(Connections))
            {
                TcpClient[] clients = new TcpClient[Connections];
                SslStream[] streams = new SslStream[Connections];
                long before = GC.GetTotalMemory(true);
                for (int i = 0; i < Connections; i++)
                {
                    streams[i] = OpenTls(https.Port, out clients[i]);
                    Assert.Contains("200 OK", Exchange(streams[i], "GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
                }

                long after = GC.GetTotalMemory(true);
                long perConnection = (after - before) / Connections;
                _output.WriteLine("server slot buffers: " + https.Server.RetainedBytes / https.Server.MaxConnections + " bytes per slot ("
                    + https.Server.RetainedBytes + " for " + https.Server.MaxConnections + " slots, kept while the server runs)");
                _output.WriteLine("process heap growth per open HTTPS connection (TLS engine, client side included): " + perConnection + " bytes");

                // Steady state: keep-alive requests on open connections.
                for (int i = 0; i < 20; i++)
                {
                    Exchange(streams[i % Connections], "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
                }

                https.Mark();
                const int Requests = 200;
                for (int i = 0; i < Requests; i++)
                {
                    Exchange(streams[i % Connections], "GET / HTTP/1.1\r\nHost: x\r\nCookie: a=b\r\n\r\n");
                }

                double perRequest = https.AllocatedPerRequestSinceMark();
                _output.WriteLine("loop allocation per keep-alive HTTPS request: " + perRequest.ToString("F0") + " bytes");

                // Only the request's strings (path, header names/values not known to the parser) are allocated.
                Assert.True(perRequest < 512, "allocated " + perRequest + " bytes per request");
                Assert.True(perConnection < 200 * 1024, "an open connection keeps " + perConnection + " bytes");
                Assert.Equal(Connections, https.Server.OpenConnections);
                for (int i = 0; i < Connections; i++)
                {
                    streams[i].Dispose();
                    clients[i].Dispose();
                }
            }
        }

        /// <summary>Serves /big: 300 KB from an array (SetBody), the way embedded assets are sent.</summary>
        private sealed class BigAsset : IHttpHandler
        {
            public readonly byte[] Data = new byte[300 * 1024];

            public BigAsset()
            {
                new Random(5).NextBytes(Data);
            }

            public void Handle(HttpRequest request, HttpResponse response)
            {
                if (request.Method == "POST")
                {
                    int sum = 0;
                    for (int i = 0; i < request.BodyLength; i++)
                    {
                        sum += request.Body[request.BodyOffset + i];
                    }

                    response.Write("length=" + request.BodyLength + " sum=" + sum);
                    return;
                }

                response.ContentType = "application/octet-stream";
                response.SetBody(Data, 0, Data.Length);
            }
        }

        private static int CountOf(string text, string part)
        {
            int count = 0;
            for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }

        [Fact]
        public void ALargeBodyGoesThroughTheEngineAsItHasRoom()
        {
            BigAsset asset = new BigAsset();
            using (InProcessHttps https = new InProcessHttps(2, asset))
            {
                SslStream tls = OpenTls(https.Port, out TcpClient client);
                for (int round = 0; round < 2; round++)
                {
                    byte[] request = Encoding.ASCII.GetBytes("GET /big HTTP/1.1\r\nHost: x\r\n\r\n");
                    tls.Write(request, 0, request.Length);
                    byte[] received = new byte[asset.Data.Length + 1024];
                    int length = 0;
                    int bodyStart = -1;
                    while (bodyStart < 0 || length < bodyStart + asset.Data.Length)
                    {
                        int n = tls.Read(received, length, received.Length - length);
                        Assert.True(n > 0, "closed after " + length + " bytes");
                        length += n;
                        if (bodyStart < 0)
                        {
                            string head = Encoding.ASCII.GetString(received, 0, Math.Min(length, 512));
                            int end = head.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                            if (end > 0)
                            {
                                Assert.Contains("Content-Length: " + asset.Data.Length + "\r\n", head);
                                bodyStart = end + 4;
                            }
                        }

                        // A slow reader: the engine's output fills and the loop must wait, not drop or block.
                        if (round == 1)
                        {
                            Thread.Sleep(1);
                        }
                    }

                    Assert.Equal(bodyStart + asset.Data.Length, length);
                    Assert.True(new ReadOnlySpan<byte>(received, bodyStart, asset.Data.Length).SequenceEqual(asset.Data));
                }

                Assert.True(https.Counters.Get(TlsCounter.AppFlowControlBlock) > 0, "the engine's room limited the writes");

                // The largest body a request may have, twice in one write (pipelined): the parser takes one at a time.
                byte[] body = new byte[HttpLimits.MaxBody];
                new Random(9).NextBytes(body);
                int expected = 0;
                foreach (byte b in body)
                {
                    expected += b;
                }

                byte[] postHead = Encoding.ASCII.GetBytes("POST /up HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.Length + "\r\n\r\n");
                byte[] both = new byte[2 * (postHead.Length + body.Length)];
                for (int i = 0; i < 2; i++)
                {
                    postHead.CopyTo(both, i * (postHead.Length + body.Length));
                    body.CopyTo(both, i * (postHead.Length + body.Length) + postHead.Length);
                }

                tls.Write(both, 0, both.Length);
                string answers = string.Empty;
                byte[] buffer = new byte[4096];
                while (CountOf(answers, "sum=" + expected) < 2)
                {
                    int n = tls.Read(buffer, 0, buffer.Length);
                    Assert.True(n > 0, answers);
                    answers += Encoding.ASCII.GetString(buffer, 0, n);
                }

                Assert.Equal(2, CountOf(answers, "length=8192 sum=" + expected));
                tls.Dispose();
                client.Dispose();
            }
        }

        [Fact]
        public void PipelinedHttpsRequestsAndAClientThatVanishes()
        {
            using (InProcessHttps https = new InProcessHttps(2))
            {
                Stopwatch started = Stopwatch.StartNew();
                SslStream tls = OpenTls(https.Port, out TcpClient client);
                byte[] two = Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: x\r\n\r\nGET /nope HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
                tls.Write(two, 0, two.Length);
                StringBuilder text = new StringBuilder();
                byte[] buffer = new byte[4096];
                int n;
                while ((n = tls.Read(buffer, 0, buffer.Length)) > 0)
                {
                    text.Append(Encoding.ASCII.GetString(buffer, 0, n));
                }

                string answer = text.ToString();
                _output.WriteLine("pipelined pair answered and closed after " + started.ElapsedMilliseconds + " ms");
                Assert.StartsWith("HTTP/1.1 200 OK", answer);
                Assert.Contains("HTTP/1.1 404 Not Found", answer);
                Assert.True(answer.IndexOf("404", StringComparison.Ordinal) > answer.IndexOf(NotInstalledPage.Text, StringComparison.Ordinal));
                tls.Dispose();
                client.Dispose();

                // A client that connects and leaves mid-handshake frees its slot.
                using (TcpClient quitter = new TcpClient())
                {
                    quitter.Connect(IPAddress.Loopback, https.Port);
                    quitter.GetStream().Write(new byte[] { 22, 3, 1, 0, 200, 1 }, 0, 6);
                }

                Stopwatch wait = Stopwatch.StartNew();
                while (https.Server.OpenConnections > 0 && wait.ElapsedMilliseconds < 5000)
                {
                    Thread.Sleep(20);
                }

                _output.WriteLine("slot of the vanished client free after " + wait.ElapsedMilliseconds + " ms");
                Assert.Equal(0, https.Server.OpenConnections);
                Assert.Equal(https.Counters.Get(TlsCounter.Attached), https.Counters.Get(TlsCounter.Detached));
            }
        }
    }
}
