using nanoFramework.TestFramework;
using Router.Cli;
using Router.Tls.Diagnostics;

namespace Router.Tls.Tests
{
    /// <summary>
    /// enable/disable ssl debug: records decoded from the wire like seed 003's traces (whatever way TCP split them),
    /// state changes, trace lines, the debug address filter, and the Security Officer's key log.
    /// </summary>
    [TestClass]
    public class SslDebugTests
    {
        private const string Peer = "10.0.0.2";

        [TestMethod]
        public void ClientHelloSplitAcrossReadsIsDecodedOnce()
        {
            SslTestRouter router = new SslTestRouter(64);
            Assert.AreEqual(CommandResult.Success, router.Run("ena ssl deb=pac"));
            router.Clear();
            byte[] hello = Rfc8448.ClientHelloRecord();
            int length = (hello[3] << 8) | hello[4];

            // Cut inside the record header, then inside the handshake header.
            router.Monitor.WireBytes(Peer, false, hello, 0, 3);
            router.Monitor.WireBytes(Peer, false, hello, 3, 4);
            router.Monitor.WireBytes(Peer, false, hello, 7, hello.Length - 7);

            Assert.AreEqual("SSL 10.0.0.2 received 3 bytes", router.Line(0));
            Assert.AreEqual("  0000  160301                               >...<", router.Line(1));
            Assert.AreEqual(1, router.CountStartingWith("  Content type: handshake (22)"), router.Text);
            Assert.AreEqual(1, router.CountStartingWith("  Version: 3.1 (TLS 1.0)"), router.Text);
            Assert.AreEqual(1, router.CountStartingWith("  Length: " + length.ToString()), router.Text);
            Assert.AreEqual(1, router.CountStartingWith("  Handshake type: client_hello (1), length " + (length - 4).ToString()), router.Text);
            Assert.AreEqual("SSL 10.0.0.2 received " + (hello.Length - 7).ToString() + " bytes", router.StartingWith("SSL 10.0.0.2 received " + (hello.Length - 7).ToString()));
            Assert.IsTrue(router.IndexOf("  ... " + (hello.Length - 7 - SslPacketTrace.MaxDumpBytes).ToString() + " more bytes not shown") > 0, router.Text);
        }

        [TestMethod]
        public void ServerFlightShowsPlaintextServerHelloThenEncryptedRecords()
        {
            SslTestRouter router = new SslTestRouter(64);
            router.Run("enable ssl debug=packet");
            TlsServerEngine engine = TestServer.Rfc8448Engine(router.Service.Counters);
            byte[] hello = Rfc8448.ClientHelloRecord();
            engine.Feed(hello, 0, hello.Length, 0);
            byte[] flight = TestServer.Drain(engine);
            router.Clear();
            router.Monitor.WireBytes(Peer, true, flight, 0, flight.Length);

            Assert.AreEqual("SSL 10.0.0.2 sent " + flight.Length.ToString() + " bytes", router.Line(0));
            Assert.IsTrue(router.Line(1).StartsWith("  0000  16030300 5A020000 560303A6 AF06A412  >"), router.Line(1));
            Assert.AreEqual(1, router.CountStartingWith("  Handshake type: server_hello (2), length 86"), router.Text);
            Assert.IsTrue(router.CountStartingWith("  Content type: application_data (23)") >= 1, router.Text);
            Assert.AreEqual(0, router.CountStartingWith("  Handshake type: certificate"), "encrypted messages are not decoded");
        }

        [TestMethod]
        public void TwoConnectionsFromOneAddressInterleavedAreDecodedApart()
        {
            SslTestRouter router = new SslTestRouter(64);
            router.Run("enable ssl debug=packet");
            router.Clear();
            int host = 2;
            string first = "10.0.0." + host.ToString();
            string second = "10.0.0." + host.ToString();
            byte[] hello = Rfc8448.ClientHelloRecord();

            // A browser's two connections, each hello cut in the middle, the halves interleaved.
            router.Monitor.WireBytes(first, false, hello, 0, 100);
            router.Monitor.WireBytes(second, false, hello, 0, 50);
            router.Monitor.WireBytes(first, false, hello, 100, hello.Length - 100);
            router.Monitor.WireBytes(second, false, hello, 50, hello.Length - 50);

            Assert.AreEqual(2, router.CountStartingWith("  Handshake type: client_hello (1)"), router.Text);
            Assert.AreEqual(0, router.CountStartingWith("  Not a TLS record"), router.Text);
        }

        [TestMethod]
        public void PlaintextAlertArrivingByteByByteIsDecoded()
        {
            SslTestRouter router = new SslTestRouter(64);
            router.Run("enable ssl debug");
            router.Clear();
            byte[] alert = { 21, 3, 3, 0, 2, 2, 40 };
            for (int i = 0; i < alert.Length; i++)
            {
                router.Monitor.WireBytes(Peer, true, alert, i, 1);
            }

            Assert.AreEqual("  Content type: alert (21)", router.StartingWith("  Content type:"));
            Assert.AreEqual("  Alert: fatal (2), handshake_failure (40)", router.StartingWith("  Alert:"));
        }

        [TestMethod]
        public void SslV2HelloStopsDecodingForThatConnection()
        {
            SslTestRouter router = new SslTestRouter(64);
            router.Run("enable ssl debug=packet");
            router.Clear();
            byte[] v2 = { 0x80, 0x2E, 0x01, 0x00, 0x02, 0x00, 0x15 };
            router.Monitor.WireBytes(Peer, false, v2, 0, v2.Length);
            router.Monitor.WireBytes(Peer, false, v2, 0, v2.Length);
            Assert.AreEqual(1, router.CountStartingWith("  Not a TLS record header (802E010002): decoding stops"), router.Text);

            // A new connection from the peer starts afresh.
            router.Monitor.ConnectionClosed(0, Peer);
            byte[] hello = Rfc8448.ClientHelloRecord();
            router.Monitor.WireBytes(Peer, false, hello, 0, hello.Length);
            Assert.AreEqual(1, router.CountStartingWith("  Handshake type: client_hello (1)"), router.Text);
        }

        [TestMethod]
        public void StateTraceAndTheAddressFilter()
        {
            SslTestRouter router = new SslTestRouter(64);
            SslMonitor monitor = router.Monitor;
            int server = monitor.RegisterServer("HTTP Server", "0.0.0.0", 443);
            router.Run("ena ssl deb=sta");
            router.Run("ena ssl deb=tra");
            router.Run("show ssl");
            Assert.IsTrue(router.IndexOf("Debug Mode ............................. STATE,TRACE") > 0, router.Text);
            router.Run("set ssl de=10.0.0.2");
            router.Clear();

            monitor.ConnectionOpened(server, "10.0.0.2:50000");
            monitor.StateChanged(Peer, TlsState.ExpectClientHello, TlsState.ExpectFinished);
            monitor.HandshakeCompleted(Peer, 57, CipherSuite.Aes256GcmSha384, NamedGroup.Secp256r1, false);
            monitor.ConnectionFailed(Peer, AlertDescription.DecodeError, AlertDescription.None);
            monitor.ConnectionRefused(server, Peer, "no ENCO channel free");
            monitor.StateChanged("10.0.0.25", TlsState.ExpectClientHello, TlsState.ExpectFinished);
            monitor.StateChanged("10.0.0.3", TlsState.ExpectClientHello, TlsState.ExpectFinished);
            monitor.WireBytes(Peer, false, new byte[] { 22, 3, 1 }, 0, 3);

            Assert.AreEqual("SSL 10.0.0.2:50000 connection opened to HTTP Server (ID 0)", router.Line(0));
            Assert.AreEqual("SSL 10.0.0.2 state ExpectClientHello -> ExpectFinished", router.Line(1));
            Assert.AreEqual("SSL 10.0.0.2 handshake complete in 57 ms: TLS_AES_256_GCM_SHA384, secp256r1", router.Line(2));
            Assert.AreEqual("SSL 10.0.0.2 connection failed, alert sent decode_error (50)", router.Line(3));
            Assert.AreEqual("SSL 10.0.0.2 connection refused by HTTP Server (ID 0): no ENCO channel free", router.Line(4));
            Assert.AreEqual(5, router.LineCount, "other peers and packets (not enabled) are filtered out");

            router.Run("dis ssl deb");
            router.Clear();
            monitor.StateChanged(Peer, TlsState.ExpectClientHello, TlsState.ExpectFinished);
            Assert.AreEqual(0, router.LineCount);
        }

        [TestMethod]
        public void KeyLogNeedsASecurityOfficerAndStopsWhenTheyLeave()
        {
            SslTestRouter router = new SslTestRouter(64);
            Assert.AreEqual(CommandResult.Error, router.Run("enable ssl debug=keylog"));
            Assert.AreEqual("Error (3105002): \"enable ssl debug=keylog\" requires a Security Officer logged in at the console.", router.Line(0));
            Assert.IsNull(router.Service.KeyLog);

            router.Officer = true;
            Assert.AreEqual(CommandResult.Success, router.Run("ena ssl deb=key"));
            Assert.AreEqual(SslKeyLog.Warning, router.Line(0));
            Assert.IsNotNull(router.Service.KeyLog);
            router.Run("show ssl");
            Assert.IsTrue(router.IndexOf("Debug Mode ............................. KEYLOG") > 0, router.Text);

            router.Clear();
            SslHandshakes.Rfc8448(router.Service.Counters, null, router.Service.KeyLog, 0);
            string random = "CLIENT_HANDSHAKE_TRAFFIC_SECRET " + ClientRandom() + " ";
            Assert.AreEqual(random + Rfc8448.ClientHandshakeTraffic, router.StartingWith("CLIENT_HANDSHAKE_TRAFFIC_SECRET"));
            Assert.AreEqual("SERVER_HANDSHAKE_TRAFFIC_SECRET " + ClientRandom() + " " + Rfc8448.ServerHandshakeTraffic,
                router.StartingWith("SERVER_HANDSHAKE_TRAFFIC_SECRET"));

            // The application secrets hang on this server's own certificate, not the RFC's: their form only.
            string application = router.StartingWith("SERVER_TRAFFIC_SECRET_0 " + ClientRandom() + " ");
            Assert.IsNotNull(application, router.Text);
            Assert.AreEqual("SERVER_TRAFFIC_SECRET_0 ".Length + 64 + 1 + 64, application.Length);
            Assert.AreEqual(4, router.LineCount, router.Text);

            // The officer logs off: the next secret is not shown, and the key log turns itself off.
            router.Officer = false;
            router.Clear();
            SslKeyLog log = router.Monitor.KeyLog;
            log.Write("CLIENT_RANDOM", new byte[32], 0, new byte[48], 0, 48);
            Assert.AreEqual(1, router.LineCount);
            Assert.IsTrue(router.Line(0).StartsWith("Info: SSL key log off"), router.Line(0));
            Assert.IsNull(router.Service.KeyLog);
        }

        [TestMethod]
        public void DisableAllTurnsTheKeyLogOff()
        {
            SslTestRouter router = new SslTestRouter(64);
            router.Officer = true;
            router.Run("enable ssl debug=keylog");
            router.Run("enable ssl debug");
            Assert.AreEqual(SslDebugMode.All | SslDebugMode.KeyLog, router.Monitor.DebugModes);
            router.Run("disable ssl debug=packet");
            Assert.AreEqual(SslDebugMode.State | SslDebugMode.Trace | SslDebugMode.KeyLog, router.Monitor.DebugModes);
            router.Run("disable ssl debug");
            Assert.AreEqual(0, router.Monitor.DebugModes);
            Assert.IsNull(router.Service.KeyLog);
        }

        private static string ClientRandom()
        {
            // ClientHello: type (1), length (3), version (2), then the 32-byte random.
            return Rfc8448.ClientHello.Substring(12, 64);
        }
    }
}
