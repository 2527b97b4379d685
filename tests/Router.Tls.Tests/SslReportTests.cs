using nanoFramework.TestFramework;
using Router.Tls.Diagnostics;

namespace Router.Tls.Tests
{
    /// <summary>
    /// show ssl, show ssl counters and show ssl sessions in seed 000's layouts (Figures 45-2, 45-3, 45-4), fed by
    /// real handshakes through the engine on the service's counters and cache.
    /// </summary>
    [TestClass]
    public class SslReportTests
    {
        [TestMethod]
        public void CountersShowARealHandshakeInTheSeedsTwoColumns()
        {
            SslTestRouter router = new SslTestRouter(64);
            SslHandshakes.Rfc8448(router.Service.Counters, router.Service.SessionCache, null, router.Uptime);
            TlsCounters counters = router.Service.Counters;
            Assert.AreEqual(1, counters.Get(TlsCounter.InClientHello));
            Assert.AreEqual(1, counters.Get(TlsCounter.HandshakeOK));
            Assert.AreEqual(1, counters.Get(TlsCounter.SessionCreated));

            Assert.AreEqual(Cli.CommandResult.Shown, router.Run("sh ssl cou"));
            Assert.AreEqual("Show SSL Counters", router.Line(1));
            Assert.AreEqual(70, router.Line(2).Length);
            Assert.AreEqual("TCP:", router.Line(3));
            Assert.AreEqual(Pair("inData", counters.Get(TlsCounter.InData), "outData", counters.Get(TlsCounter.OutData)), router.Line(4));
            Assert.IsTrue(router.IndexOf("     inClientHello ........... 1        outServerHello .......... 1") > 0, router.Text);
            Assert.IsTrue(router.IndexOf(Pair("handshakeOK", 1, "handshakeFail", 0)) > 0, router.Text);
            Assert.IsTrue(router.IndexOf(Pair("sessionCreated", 1, "sessionCreateFail", 0)) > 0, router.Text);
            Assert.IsTrue(router.IndexOf("     closeRequestNoConnection  0        appDataWhileBusy ........ 0") > 0, router.Text);
            Assert.IsTrue(router.IndexOf("     missingMessageCheckFail . 0        hsHashFail(md5) ......... 0") > 0, router.Text);
            Assert.IsTrue(router.IndexOf("     serverStart ............. " + counters.Get(TlsCounter.ServerStart).ToString()) > 0, router.Text);

            string[] sections = { "General:", "Server:", "Client:", "Alerts Received:", "Alerts Sent:", "Enco:", "Session Resumption Cache:" };
            int previous = 3;
            for (int i = 0; i < sections.Length; i++)
            {
                int at = router.IndexOf(sections[i]);
                Assert.IsTrue(at > previous, sections[i] + " in order");
                Assert.AreEqual(string.Empty, router.Line(at - 1), "blank line before " + sections[i]);
                previous = at;
            }

            Assert.AreEqual(router.Line(2), router.Last);
        }

        [TestMethod]
        public void AlertsAreCountedByDescriptionAndResetClearsEverything()
        {
            SslTestRouter router = new SslTestRouter(64);
            TlsCounters counters = router.Service.Counters;

            // A TLS 1.0 hello: the engine refuses it with a protocol_version alert.
            TlsServerEngine engine = new TlsServerEngine(TestServer.Config(counters, new EncoTlsEntropy()));
            byte[] old = Hex.Decode("160301002d010000290301" + "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f" + "000002002f0100");
            engine.Feed(old, 0, old.Length, 0);
            Assert.AreEqual(AlertDescription.ProtocolVersion, engine.AlertSent);

            router.Run("show ssl counters");
            Assert.IsTrue(router.IndexOf(Pair("total", 1, "decryptionFailed", 0)) > 0, router.Text);
            Assert.IsTrue(router.IndexOf(Pair("unexpectedMessage", 0, "protocolVersion", 1)) > 0, router.Text);
            Assert.AreEqual(1, counters.Get(TlsCounter.SslVersion));

            Assert.AreEqual(Cli.CommandResult.Success, router.Run("reset ssl counters"));
            Assert.AreEqual(0, counters.Get(TlsCounter.SslVersion));
            Assert.AreEqual(0, counters.AlertsSentTotal);
            router.Run("show ssl counters");
            Assert.IsTrue(router.IndexOf(Pair("unexpectedMessage", 0, "protocolVersion", 0)) > 0, router.Text);
        }

        [TestMethod]
        public void ShowSslHasTheFigureLayoutStatisticsAndServers()
        {
            SslTestRouter router = new SslTestRouter(64);
            SslMonitor monitor = router.Monitor;
            int http = monitor.RegisterServer("HTTP Server", "0.0.0.0", 443);
            int balancer = monitor.RegisterServer("Load Balancer", "192.168.1.1", 80);
            monitor.ConnectionOpened(balancer, "10.0.0.2");
            monitor.ConnectionOpened(balancer, "10.0.0.3");
            monitor.ConnectionOpened(http, "10.0.0.4");
            monitor.ConnectionClosed(http, "10.0.0.4");

            TlsServerEngine engine = SslHandshakes.Rfc8448(router.Service.Counters, router.Service.SessionCache, null, router.Uptime);
            monitor.HandshakeCompleted("10.0.0.2", engine.HandshakeTimeMs, engine.CipherSuite, engine.Group, engine.Resumed);
            monitor.HandshakeCompleted("10.0.0.3", 100, CipherSuite.Aes128GcmSha256, NamedGroup.X25519, false);
            monitor.HandshakeCompleted("10.0.0.3", 210, CipherSuite.Aes128GcmSha256, NamedGroup.X25519, true);
            monitor.ApplicationDataProcessed(834);
            monitor.ApplicationDataProcessed(120);

            Assert.AreEqual(Cli.CommandResult.Shown, router.Run("sh ssl"));
            Expect(router, "SHOW SSL", "----------------------------------------------------------", "SSL Configuration:",
                "Version ................................ TLSv1.2, TLSv1.3",
                "Ciphers Available ...................... TLS_AES_128_GCM_SHA256,");
            Assert.IsTrue(router.IndexOf("                                         TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,") > 0, router.Text);
            Expect(router, "Maximum Number of Sessions ............. 2000 sessions (64 held on this board)",
                "Cache Timeout .......................... 300 seconds", string.Empty,
                "Debug IP Address ....................... ALL", "Debug Mode ............................. NONE", string.Empty,
                "Statistics:", "Current Number of Sessions ............. 1", "Max. Number of Sessions ................ 1",
                "Last Handshake Time (ms) ............... 210",
                "Av. Handshake Time (ms) ................ " + ((engine.HandshakeTimeMs + 310 + 1) / 3).ToString(),
                "Max. Handshake Time (ms) ............... 210",
                "Last App. Data Processing Time (us) .... 120", "Max. App. Data Processing Time (us) .... 834",
                "Handshakes/Second ...................... 0.1", "Max Handshakes/Second .................. 3", string.Empty,
                "Servers:", "ID      IP Address     Port    Application     Connections",
                "-----------------------------------------------------------",
                "0       0.0.0.0        00443   HTTP Server     0",
                "1       192.168.1.1    00080   Load Balancer   2",
                "-----------------------------------------------------------");
            Assert.AreEqual(40, engine.HandshakeTimeMs);

            // A minute later the rate has left the window; the busiest second stays.
            router.Uptime += 61000;
            router.Run("show ssl");
            Assert.IsTrue(router.IndexOf("Handshakes/Second ...................... 0") > 0, router.Text);
            Assert.IsTrue(router.IndexOf("Max Handshakes/Second .................. 3") > 0, router.Text);

            // Past the cache timeout the ticket cannot be resumed: it no longer counts, though its slot is not reused yet.
            router.Uptime += 300000;
            router.Run("show ssl");
            Assert.AreEqual(1, router.Service.SessionCache.Count);
            Assert.IsTrue(router.IndexOf("Current Number of Sessions ............. 0") > 0, router.Text);
            Assert.IsTrue(router.IndexOf("Max. Number of Sessions ................ 1") > 0, router.Text);
        }

        [TestMethod]
        public void AverageIsOverTheLastTenHandshakes()
        {
            SslStatistics statistics = new SslStatistics();
            for (int i = 1; i <= 12; i++)
            {
                statistics.Handshake(i * 10, i * 1000);
            }

            // 30..120 ms: 75 ms.
            Assert.AreEqual(75, (int)statistics.AverageHandshakeMs);
            Assert.AreEqual(120, (int)statistics.MaxHandshakeMs);
            Assert.AreEqual(1, statistics.MaxHandshakesPerSecond);
            Assert.AreEqual(2, statistics.HandshakesPerSecondTenths(12000));
        }

        [TestMethod]
        public void SessionsListsTls13TicketsAndTls12SessionIds()
        {
            SslTestRouter router = new SslTestRouter(64);
            router.UtcOffset = 2;
            SslHandshakes.Rfc8448(router.Service.Counters, router.Service.SessionCache, null, router.Uptime);

            // A TLS 1.2 session stored 7 seconds later.
            router.Uptime += 7000;
            TlsSessionCache cache = router.Service.SessionCache;
            byte[] sessionId = new byte[TlsSessionCache.TicketSize];
            byte[] master = new byte[48];
            cache.ReserveSessionId(router.Uptime, sessionId, 0, new EncoTlsEntropy());
            cache.CompleteSession(sessionId, 0, CipherSuite.EcdheEcdsaAes128GcmSha256, master, 0, 48, true, router.Uptime);
            Assert.AreEqual(2, cache.Count);

            byte[] ticket = new byte[TlsSessionCache.TicketSize];
            int version;
            int suite;
            long created;
            long expires;
            Assert.IsTrue(cache.ReadEntry(0, ticket, 0, out version, out suite, out created, out expires));

            router.Uptime += 3000;
            Assert.AreEqual(Cli.CommandResult.Shown, router.Run("sh ssl ses"));
            Assert.AreEqual("Session Database:", router.Line(1));
            Assert.IsTrue(router.Line(2).StartsWith("SessionId                Version  CipherSuite"));
            Assert.AreEqual(router.Line(2).Length, router.Line(3).Length);
            // The ticket is made with the server's flight (at Uptime), so 300 - 10 seconds are left.
            Assert.AreEqual(Row(ticket, "TLSv1.3", "AES_128_GCM_SHA256", "18:23:55", 290), router.Line(4));
            Assert.AreEqual(Row(sessionId, "TLSv1.2", "ECDHE_ECDSA_AES_128_GCM_SHA256", "18:24:02", 297), router.Line(5));
            Assert.AreEqual(router.Line(3), router.Line(6));

            // Past the timeout the rows go.
            router.Uptime += 300000;
            router.Run("show ssl sessions");
            Assert.AreEqual(5, router.LineCount);
            Assert.AreEqual(router.Line(3), router.Line(4));
        }

        /// <summary>"     name ....... value    name ...... value" as seed 000's Figure 45-3 prints a pair.</summary>
        private static string Pair(string left, int leftValue, string right, int rightValue)
        {
            string line = "     " + left + " ";
            while (line.Length < 30)
            {
                line += ".";
            }

            line += " " + leftValue.ToString();
            while (line.Length < 40)
            {
                line += " ";
            }

            line += right + " ";
            while (line.Length < 65)
            {
                line += ".";
            }

            return line + " " + rightValue.ToString();
        }

        private static string Row(byte[] id, string version, string suite, string created, int ttl)
        {
            string line = string.Empty;
            for (int i = 0; i < 10; i++)
            {
                line += id[i].ToString("x2");
            }

            line += "...";
            line = Column(line, 25) + version;
            line = Column(line, 34) + suite;
            line = Column(line + " ", 72) + created;
            return Column(line, 85) + ttl.ToString();
        }

        private static string Column(string line, int column)
        {
            while (line.Length < column)
            {
                line += " ";
            }

            return line;
        }

        /// <summary>The lines appear one after the other, starting where the first one is.</summary>
        private static void Expect(SslTestRouter router, params string[] lines)
        {
            int at = router.IndexOf(lines[0]);
            Assert.IsTrue(at >= 0, "missing \"" + lines[0] + "\" in\n" + router.Text);
            for (int i = 1; i < lines.Length; i++)
            {
                Assert.AreEqual(lines[i], router.Line(at + i));
            }
        }
    }
}
