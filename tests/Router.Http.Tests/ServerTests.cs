using System;
using nanoFramework.TestFramework;
using Router.Enco;
using Router.Enco.Channels;
using Router.Tls;

namespace Router.Http.Tests
{
    /// <summary>The server over an in-memory network: keep-alive, pipelining, refusals, timeouts, redirects, TLS bookkeeping.</summary>
    [TestClass]
    public class ServerTests
    {
        private const int Port = 80;
        private const int SecurePort = 443;

        private static EncoKey _key;

        private sealed class Harness
        {
            public readonly FakeNetwork Network = new FakeNetwork();
            public readonly RecordingMonitor Monitor = new RecordingMonitor();
            public readonly EncoChannelPool Channels;
            public readonly HttpServer Server;
            public readonly TlsCounters Counters = new TlsCounters();
            public long Now = 1000;

            public Harness(int maxConnections, int channels)
            {
                HttpServerLimits limits = new HttpServerLimits();
                limits.MaxConnections = maxConnections;
                limits.ResponseCapacity = 8192;
                Channels = new EncoChannelPool(channels, new EncoCounters());
                Server = new HttpServer(Network, limits, Channels, Monitor);
            }

            public void StartPlain()
            {
                string warning;
                Assert.IsNull(Server.Start("192.0.2.1", Port, null, 0, out warning));
            }

            public void StartSecure()
            {
                string warning;
                Assert.IsNull(Server.Start("192.0.2.1", SecurePort, Config(Counters), Port, out warning));
                Assert.IsNull(warning);
            }

            public void Poll()
            {
                Server.Poll(Now);
            }

            public void Poll(int times)
            {
                for (int i = 0; i < times; i++)
                {
                    Server.Poll(Now);
                }
            }
        }

        private static TlsServerConfig Config(TlsCounters counters)
        {
            if (_key == null)
            {
                _key = EncoKey.Generate(EncoKeyType.EcP256, 0);
            }

            return new TlsServerConfig(new byte[][] { ParserTests.Bytes("placeholder certificate") }, _key, counters, new EncoTlsEntropy());
        }

        private sealed class EchoHandler : IHttpHandler
        {
            public void Handle(HttpRequest request, HttpResponse response)
            {
                if (request.Path == "/throw")
                {
                    throw new InvalidOperationException("handler fault");
                }

                if (request.Path == "/big")
                {
                    for (int i = 0; i < 500; i++)
                    {
                        response.Write("0123456789");
                    }

                    return;
                }

                if (request.Path == "/inject")
                {
                    response.AddHeader("X-Bad", "a\r\nSet-Cookie: evil=1");
                    return;
                }

                response.ContentType = "text/plain";
                response.Write(request.Method + " " + request.Path + " " + request.BodyLength.ToString());
            }
        }

        private static int Count(string text, string part)
        {
            int count = 0;
            int at = text.IndexOf(part);
            while (at >= 0)
            {
                count++;
                at = text.IndexOf(part, at + part.Length);
            }

            return count;
        }

        [TestMethod]
        public void BuiltInPageAnswersUntilAHandlerIsSet()
        {
            Harness h = new Harness(2, 2);
            h.StartPlain();
            FakeConnection client = h.Network.Connect(Port);
            client.ClientSends("GET / HTTP/1.1\r\nHost: r\r\n\r\n");
            h.Poll();
            string answer = client.TakeReceived();
            Assert.StartsWith("HTTP/1.1 200 OK\r\n", answer);
            Assert.Contains(NotInstalledPage.Text, answer);
            Assert.Contains("Connection: keep-alive\r\n", answer);
            Assert.IsFalse(client.Closed);
            Assert.AreEqual(1, h.Server.OpenConnections);
        }

        [TestMethod]
        public void KeepAlivePipelinedRequestsAreAnsweredInOrder()
        {
            Harness h = new Harness(2, 2);
            h.Server.Handler = new EchoHandler();
            h.StartPlain();
            FakeConnection client = h.Network.Connect(Port);
            client.ClientSends("GET /a HTTP/1.1\r\nHost: r\r\n\r\nPOST /b HTTP/1.1\r\nHost: r\r\nContent-Length: 3\r\n\r\nxyzHEAD /c HTTP/1.1\r\nHost: r\r\n\r\n");
            h.Poll(3);
            string answer = client.TakeReceived();
            int a = answer.IndexOf("GET /a 0");
            int b = answer.IndexOf("POST /b 3");
            Assert.IsTrue(a > 0 && b > a, answer);
            Assert.AreEqual(3, Count(answer, "HTTP/1.1 200 OK"));

            // HEAD: the length of the GET body, and no body.
            int head = answer.LastIndexOf("HTTP/1.1 200 OK");
            string headAnswer = answer.Substring(head);
            Assert.Contains("Content-Length: 9\r\n", headAnswer);
            Assert.EndsWith("\r\n\r\n", headAnswer);
            Assert.AreEqual(3, h.Server.Statistics.RequestsServed);
            Assert.IsFalse(client.Closed);

            client.ClientSends("GET /last HTTP/1.1\r\nHost: r\r\nConnection: close\r\n\r\n");
            h.Poll(2);
            answer = client.TakeReceived();
            Assert.Contains("GET /last 0", answer);
            Assert.Contains("Connection: close\r\n", answer);
            Assert.IsTrue(client.Closed);
            Assert.AreEqual(0, h.Server.OpenConnections);
        }

        [TestMethod]
        public void ASlowSocketGetsTheWholeResponseInOrder()
        {
            Harness h = new Harness(1, 1);
            h.Server.Handler = new EchoHandler();
            h.StartPlain();
            FakeConnection client = h.Network.Connect(Port);
            client.SendWindow = 7;
            client.ClientSends("GET /big HTTP/1.1\r\nHost: r\r\n\r\nGET /a HTTP/1.1\r\nHost: r\r\n\r\n");
            h.Poll(200);
            string answer = client.TakeReceived();
            Assert.Contains("Content-Length: 5000\r\n", answer);
            Assert.IsTrue(answer.IndexOf("0123456789HTTP/1.1 200 OK") > 0, "the second response follows the first body");
            Assert.EndsWith("GET /a 0", answer);
        }

        [TestMethod]
        [DataRow("GET / HTTP/2.0\r\nHost: r\r\n\r\n", "505 HTTP Version Not Supported")]
        [DataRow("GET / HTTP/1.1\r\n\r\n", "400 Bad Request")]
        [DataRow("POST / HTTP/1.1\r\nHost: r\r\nTransfer-Encoding: chunked\r\n\r\n", "411 Length Required")]
        [DataRow("POST / HTTP/1.1\r\nHost: r\r\nContent-Length: 100000\r\n\r\n", "413 Content Too Large")]
        [DataRow("BREW / HTTP/1.1\r\nHost: r\r\n\r\n", "501 Not Implemented")]
        public void RefusedRequestsAreAnsweredThenClosed(string request, string status)
        {
            Harness h = new Harness(1, 1);
            h.Server.Handler = new EchoHandler();
            h.StartPlain();
            FakeConnection client = h.Network.Connect(Port);
            client.ClientSends(request + "GET /after HTTP/1.1\r\nHost: r\r\n\r\n");
            h.Poll(3);
            string answer = client.TakeReceived();
            Assert.StartsWith("HTTP/1.1 " + status + "\r\n", answer);
            Assert.Contains("Connection: close\r\n", answer);
            Assert.AreEqual(-1, answer.IndexOf("/after"));
            Assert.IsTrue(client.Closed);
            Assert.AreEqual(1, h.Server.Statistics.Errors);
        }

        [TestMethod]
        public void HandlerFaultsBecome500()
        {
            Harness h = new Harness(1, 1);
            h.Server.Handler = new EchoHandler();
            h.StartPlain();
            FakeConnection client = h.Network.Connect(Port);
            client.ClientSends("GET /throw HTTP/1.1\r\nHost: r\r\n\r\nGET /inject HTTP/1.1\r\nHost: r\r\n\r\nGET /ok HTTP/1.1\r\nHost: r\r\n\r\n");
            h.Poll(4);
            string answer = client.TakeReceived();
            Assert.AreEqual(2, Count(answer, "HTTP/1.1 500 Internal Server Error"));
            Assert.AreEqual(-1, answer.IndexOf("evil"));
            Assert.EndsWith("GET /ok 0", answer);
        }

        [TestMethod]
        public void ExpectContinueGetsAnInterimAnswer()
        {
            Harness h = new Harness(1, 1);
            h.Server.Handler = new EchoHandler();
            h.StartPlain();
            FakeConnection client = h.Network.Connect(Port);
            client.ClientSends("POST /up HTTP/1.1\r\nHost: r\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n");
            h.Poll();
            Assert.AreEqual("HTTP/1.1 100 Continue\r\n\r\n", client.TakeReceived());
            client.ClientSends("abcd");
            h.Poll();
            Assert.Contains("POST /up 4", client.TakeReceived());
        }

        [TestMethod]
        public void ASlowClientGets408AndAnIdleOneIsClosed()
        {
            Harness h = new Harness(2, 2);
            h.StartPlain();
            FakeConnection slow = h.Network.Connect(Port);
            FakeConnection idle = h.Network.Connect(Port);
            slow.ClientSends("GET / HTTP/1.1\r\nHo");
            h.Poll();
            h.Now += h.Server.Limits.RequestTimeoutMs + 1;
            h.Poll(2);
            Assert.StartsWith("HTTP/1.1 408 Request Timeout\r\n", slow.TakeReceived());
            Assert.IsTrue(slow.Closed);
            Assert.IsFalse(idle.Closed);
            h.Now += h.Server.Limits.IdleTimeoutMs + 1;
            h.Poll();
            Assert.IsTrue(idle.Closed);
            Assert.AreEqual(2, h.Server.Statistics.Timeouts);
        }

        [TestMethod]
        public void AFullTableRefusesBusyAndEvictsIdle()
        {
            Harness h = new Harness(1, 1);
            h.StartPlain();
            FakeConnection busy = h.Network.Connect(Port);
            busy.ClientSends("GET / HTTP/1.1\r\nHo");
            h.Poll();
            FakeConnection refused = h.Network.Connect(Port);
            h.Poll();
            Assert.IsTrue(refused.Closed);
            Assert.IsFalse(busy.Closed);
            Assert.AreEqual(1, h.Server.Statistics.ConnectionsRefused);

            // Once the first is idle between requests, a newcomer takes its slot.
            busy.ClientSends("st: r\r\n\r\n");
            h.Poll();
            Assert.Contains("200 OK", busy.TakeReceived());
            FakeConnection newcomer = h.Network.Connect(Port);
            newcomer.ClientSends("GET / HTTP/1.1\r\nHost: r\r\n\r\n");
            h.Poll();
            Assert.IsTrue(busy.Closed);
            Assert.Contains("200 OK", newcomer.TakeReceived());
        }

        [TestMethod]
        public void APeerThatEndsItsSideStillGetsItsAnswers()
        {
            Harness h = new Harness(1, 1);
            h.Server.Handler = new EchoHandler();
            h.StartPlain();
            FakeConnection client = h.Network.Connect(Port);
            client.ClientSends("GET /a HTTP/1.1\r\nHost: r\r\n\r\nGET /b HTTP/1.1\r\nHost: r\r\n\r\n");
            client.ClientEnded = true;
            h.Poll(3);
            string answer = client.TakeReceived();
            Assert.Contains("GET /a 0", answer);
            Assert.Contains("GET /b 0", answer);
            Assert.IsTrue(client.Closed);
        }

        [TestMethod]
        public void SecurePlainPortRedirectsToHttps()
        {
            Harness h = new Harness(2, 2);
            h.StartSecure();
            Assert.IsTrue(h.Monitor.Saw("register HTTP Server 192.0.2.1 443"));
            Assert.AreEqual(Port, h.Server.RedirectPort);
            FakeConnection client = h.Network.Connect(Port);
            client.ClientSends("GET /status?x=1 HTTP/1.1\r\nHost: router.example:80\r\n\r\nGET / HTTP/1.1\r\nHost: bad/host\r\n\r\n");
            h.Poll(3);
            string answer = client.TakeReceived();
            Assert.StartsWith("HTTP/1.1 301 Moved Permanently\r\n", answer);
            Assert.Contains("Location: https://router.example/status?x=1\r\n", answer);
            Assert.Contains("Location: https://192.0.2.1/\r\n", answer);
            Assert.AreEqual(2, h.Server.Statistics.Redirects);
            Assert.AreEqual(0, h.Server.Statistics.RequestsServed);
            h.Server.Stop();
            Assert.IsTrue(h.Monitor.Saw("unregister 5"));
        }

        [TestMethod]
        public void RedirectKeepsANonDefaultHttpsPort()
        {
            HttpRequest request = new HttpRequest();
            request.Path = "/a";
            request.AddHeader("Host", "[::1]:8080");
            HttpResponse response = new HttpResponse(256);
            HttpsRedirect.Build(request, response, "127.0.0.1", 8443);
            Assert.AreEqual(301, response.Status);
            Assert.AreEqual("https://[::1]:8443/a", response.HeaderValue(0));
        }

        [TestMethod]
        public void TlsConnectionsHoldAnEncoChannelAndAreRefusedWithoutOne()
        {
            Harness h = new Harness(3, 1);
            h.StartSecure();
            FakeConnection first = h.Network.Connect(SecurePort);
            h.Poll();
            Assert.AreEqual(1, h.Channels.InUse);
            Assert.IsTrue(h.Monitor.Saw("opened 5 198.51.100.7"));
            FakeConnection second = h.Network.Connect(SecurePort);
            h.Poll();
            Assert.IsTrue(second.Closed);
            Assert.IsTrue(h.Monitor.Saw("refused 5 198.51.100.7 no free ENCO channel"));
            Assert.AreEqual(2, h.Counters.Get(TlsCounter.Attach));
            Assert.AreEqual(1, h.Counters.Get(TlsCounter.Attached));
            Assert.AreEqual(1, h.Counters.Get(TlsCounter.AttachFail));
            Assert.AreEqual(1, h.Counters.Get(TlsCounter.StartFailed));
            Assert.AreEqual(1, h.Counters.Get(TlsCounter.TcpEstablished));

            // Application data instead of a ClientHello: an alert, the connection closes, the channel comes back.
            first.ClientSends(new byte[] { 23, 3, 3, 0, 1, 0 });
            h.Poll(2);
            byte[] alert = first.TakeReceivedBytes();
            Assert.IsTrue(alert.Length >= 7);
            Assert.AreEqual((byte)21, alert[0]);
            Assert.IsTrue(first.Closed);
            Assert.AreEqual(0, h.Channels.InUse);
            Assert.AreEqual(1, h.Counters.Get(TlsCounter.Detached));
            Assert.AreEqual(1, h.Counters.Get(TlsCounter.TcpClosed));
            Assert.IsTrue(h.Monitor.Saw("failed "));
            Assert.IsTrue(h.Monitor.Saw("closed 5 198.51.100.7"));
            Assert.AreEqual(1, h.Server.Statistics.TlsFailures);
            Assert.AreEqual(6, h.Monitor.WireIn);
            Assert.AreEqual(alert.Length, h.Monitor.WireOut);
        }

        [TestMethod]
        public void AStalledTlsHandshakeIsAbandoned()
        {
            Harness h = new Harness(1, 1);
            h.StartSecure();
            FakeConnection client = h.Network.Connect(SecurePort);
            client.ClientSends(new byte[] { 22, 3, 1, 0, 100, 1 });
            h.Poll();
            h.Now += 11000;
            h.Poll(2);
            Assert.IsTrue(client.Closed);
            Assert.AreEqual(0, h.Channels.InUse);
        }

        [TestMethod]
        public void RandomClientsNeverBreakTheSecureServerAndEverySlotComesBack()
        {
            Harness h = new Harness(4, 4);
            h.Server.Handler = new EchoHandler();
            h.StartSecure();
            RandomClients(h, new int[] { Port, SecurePort }, 5);
            Assert.AreEqual(h.Counters.Get(TlsCounter.Attached), h.Counters.Get(TlsCounter.Detached));
            Assert.IsTrue(h.Server.Statistics.Redirects > 5 && h.Server.Statistics.TlsFailures > 5);
        }

        [TestMethod]
        public void RandomClientsNeverBreakThePlainServerAndEverySlotComesBack()
        {
            Harness h = new Harness(3, 1);
            h.Server.Handler = new EchoHandler();
            h.StartPlain();
            RandomClients(h, new int[] { Port }, 9);
            Assert.IsTrue(h.Server.Statistics.RequestsServed > 5 && h.Server.Statistics.Errors > 5);
        }

        private static void RandomClients(Harness h, int[] ports, int seed)
        {
            Random random = new Random(seed);
            string[] pieces = { "GET / HTTP/1.1\r\nHost: r\r\n\r\n", "POST /p HTTP/1.1\r\nContent-Length: 5\r\nHost: r\r\n\r\n12345", "\r\n", "GET /throw HTTP/1.1\r\n" };
            for (int round = 0; round < 80; round++)
            {
                FakeConnection client = h.Network.Connect(ports[random.Next(ports.Length)]);
                client.SendWindow = 1 + random.Next(64);
                for (int k = 0; k < 4; k++)
                {
                    if (random.Next(3) != 0)
                    {
                        client.ClientSends(pieces[random.Next(pieces.Length)]);
                    }
                    else
                    {
                        byte[] noise = new byte[random.Next(300)];
                        random.NextBytes(noise);
                        if (noise.Length > 0 && random.Next(2) == 0)
                        {
                            noise[0] = 22;
                        }

                        client.ClientSends(noise);
                    }

                    client.ClientEnded = random.Next(6) == 0;
                    h.Poll(1 + random.Next(3));
                }

                h.Now += random.Next(3000);
            }

            h.Now += 60000;
            h.Poll(3);
            HttpServerStatistics statistics = h.Server.Statistics;
            OutputHelper.WriteLine("accepted " + statistics.ConnectionsAccepted.ToString() + ", refused " + statistics.ConnectionsRefused.ToString()
                + ", served " + statistics.RequestsServed.ToString() + ", errors " + statistics.Errors.ToString()
                + ", redirects " + statistics.Redirects.ToString() + ", TLS failures " + statistics.TlsFailures.ToString());
            Assert.AreEqual(0, statistics.Faults);
            Assert.AreEqual(0, h.Server.OpenConnections);
            Assert.AreEqual(0, h.Channels.InUse);
            Assert.IsTrue(statistics.ConnectionsAccepted + statistics.ConnectionsRefused == 80);
        }

        [TestMethod]
        public void StopClosesEverythingAndAPortInUseIsReported()
        {
            Harness h = new Harness(2, 2);
            h.StartPlain();
            FakeConnection client = h.Network.Connect(Port);
            h.Poll();
            h.Server.Stop();
            Assert.IsTrue(client.Closed);
            Assert.IsFalse(h.Server.IsRunning);

            h.Network.Listen("192.0.2.1", Port, 1);
            string warning;
            Assert.IsNotNull(h.Server.Start("192.0.2.1", Port, null, 0, out warning));
            Assert.IsFalse(h.Server.IsRunning);
        }
    }
}
