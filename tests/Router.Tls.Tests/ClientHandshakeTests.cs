using nanoFramework.TestFramework;
using Router.Tls.Client;

namespace Router.Tls.Tests
{
    /// <summary>
    /// The client engine against the server engine in memory: full handshakes with ECDSA and RSA-PSS servers,
    /// every suite, HelloRetryRequest, application data both ways, close_notify either way, tickets, timeout.
    /// </summary>
    [TestClass]
    public class ClientHandshakeTests
    {
        [TestMethod]
        public void HandshakeWithAnEcdsaServerCompletes()
        {
            ClientTestPair pair = ClientTestPair.Ecdsa();
            pair.Connect();

            Assert.IsTrue(pair.Client.IsHandshakeComplete, TlsClientState.Name(pair.Client.State) + " alert " + pair.Client.AlertSent);
            Assert.IsTrue(pair.Server.IsHandshakeComplete);
            Assert.IsTrue((pair.Client.TakeEvents() & TlsEvent.HandshakeComplete) != 0);
            Assert.AreEqual(CipherSuite.Aes128GcmSha256, pair.Client.CipherSuite);
            Assert.AreEqual(NamedGroup.X25519, pair.Client.Group);
            Assert.AreEqual(ServerSignatureScheme.EcdsaSecp256r1Sha256, pair.Client.PeerSignatureScheme);
            Assert.AreEqual("http/1.1", pair.Client.ApplicationProtocol);
            Assert.AreEqual("router.test", pair.Server.ServerName);
            Assert.IsFalse(pair.Client.NeededHelloRetry);
            Assert.AreEqual(1, pair.Verifier.Calls);
            Assert.AreEqual(1, pair.Verifier.ChainLength);
            Assert.AreEqual("router.test", pair.Verifier.ServerName);

            TlsCounters c = pair.ClientCounters;
            Assert.AreEqual(1, c.Get(TlsCounter.ClientStart));
            Assert.AreEqual(1, c.Get(TlsCounter.ClientOutClientHello));
            Assert.AreEqual(1, c.Get(TlsCounter.ClientInServerHello));
            Assert.AreEqual(1, c.Get(TlsCounter.ClientInCert));
            Assert.AreEqual(1, c.Get(TlsCounter.ClientInFinished));
            Assert.AreEqual(1, c.Get(TlsCounter.ClientOutFinished));
            Assert.AreEqual(1, c.Get(TlsCounter.ClientOutChangeCS));
            Assert.AreEqual(1, c.Get(TlsCounter.ClientInChangeCipherSpec));
            Assert.AreEqual(1, c.Get(TlsCounter.HandshakeOK));
            Assert.AreEqual(0, c.Get(TlsCounter.HandshakeFail));
            Assert.AreEqual(long.MaxValue, pair.Client.NextDeadline);
        }

        [TestMethod]
        public void HandshakeWithAnRsaServerVerifiesRsaPss()
        {
            ClientTestPair pair = new ClientTestPair(ClientTestCertificate.Rsa, ClientTestCertificate.Rsa.Der, null);
            pair.Connect();

            Assert.IsTrue(pair.Client.IsHandshakeComplete, "alert " + pair.Client.AlertSent);
            Assert.IsTrue(pair.Server.IsHandshakeComplete);
            Assert.AreEqual(ServerSignatureScheme.RsaPssRsaeSha256, pair.Client.PeerSignatureScheme);
        }

        [TestMethod]
        [DataRow(0x1301)]
        [DataRow(0x1302)]
        [DataRow(0x1303)]
        public void EverySuiteCompletesAndCarriesData(int suite)
        {
            TlsCounters counters = new TlsCounters();
            ClientTestVerifier verifier = new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der);
            TlsClientConfig config = ClientTestPair.NewClientConfig(counters, new EncoTlsEntropy(), verifier);
            config.CipherSuites = new int[] { suite };
            ClientTestPair pair = new ClientTestPair(ClientTestCertificate.Ecdsa, ClientTestCertificate.Ecdsa.Der, config);
            pair.Connect();

            Assert.IsTrue(pair.Client.IsHandshakeComplete, "alert " + pair.Client.AlertSent);
            Assert.AreEqual(suite, pair.Client.CipherSuite);
            Assert.AreEqual(suite, pair.Server.CipherSuite);
            byte[] ping = Hex.Ascii("ping " + CipherSuite.Name(suite));
            Assert.AreEqual(ping.Length, pair.Client.WriteApplicationData(ping, 0, ping.Length));
            pair.Pump();
            Assert.Equal(ping, pair.ServerReceived);
        }

        [TestMethod]
        public void HelloWithoutSharesGetsARetryAndCompletes()
        {
            TlsCounters counters = new TlsCounters();
            ClientTestVerifier verifier = new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der);
            TlsClientConfig config = ClientTestPair.NewClientConfig(counters, new EncoTlsEntropy(), verifier);
            config.KeyShares = new int[0];
            ClientTestPair pair = new ClientTestPair(ClientTestCertificate.Ecdsa, ClientTestCertificate.Ecdsa.Der, config);
            pair.Connect();

            Assert.IsTrue(pair.Client.IsHandshakeComplete, "alert " + pair.Client.AlertSent);
            Assert.IsTrue(pair.Client.NeededHelloRetry);
            Assert.IsTrue(pair.Server.NeededHelloRetry);
            Assert.AreEqual(NamedGroup.X25519, pair.Client.Group);
            Assert.AreEqual(2, counters.Get(TlsCounter.ClientOutClientHello));
            Assert.AreEqual(2, counters.Get(TlsCounter.ClientInServerHello));
            Assert.AreEqual(1, counters.Get(TlsCounter.ClientOutChangeCS));
        }

        [TestMethod]
        public void Secp256r1ShareIsUsedWhenItIsTheOnlyOne()
        {
            TlsCounters counters = new TlsCounters();
            ClientTestVerifier verifier = new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der);
            TlsClientConfig config = ClientTestPair.NewClientConfig(counters, new EncoTlsEntropy(), verifier);
            config.KeyShares = new int[] { NamedGroup.Secp256r1 };
            ClientTestPair pair = new ClientTestPair(ClientTestCertificate.Ecdsa, ClientTestCertificate.Ecdsa.Der, config);
            pair.Connect();

            Assert.IsTrue(pair.Client.IsHandshakeComplete, "alert " + pair.Client.AlertSent);
            Assert.IsFalse(pair.Client.NeededHelloRetry);
            Assert.AreEqual(NamedGroup.Secp256r1, pair.Client.Group);
        }

        [TestMethod]
        public void ApplicationDataFlowsBothWays()
        {
            ClientTestPair pair = ClientTestPair.Ecdsa();
            pair.Connect();

            byte[] request = Hex.Ascii("GET / HTTP/1.1\r\nHost: router.test\r\n\r\n");
            Assert.AreEqual(request.Length, pair.Client.WriteApplicationData(request, 0, request.Length));
            pair.Pump();
            Assert.Equal(request, pair.ServerReceived);

            byte[] reply = new byte[40000];
            for (int i = 0; i < reply.Length; i++)
            {
                reply[i] = (byte)(i * 7);
            }

            int written = 0;
            while (written < reply.Length)
            {
                written += pair.Server.WriteApplicationData(reply, written, reply.Length - written);
                pair.Pump();
            }

            Assert.Equal(reply, pair.ClientReceived);
            Assert.IsFalse(pair.Client.IsClosed);
            Assert.IsTrue(pair.ClientCounters.Get(TlsCounter.InAppData) >= 3);
        }

        [TestMethod]
        public void ClientCloseNotifyClosesBothSides()
        {
            ClientTestPair pair = ClientTestPair.Ecdsa();
            pair.Connect();
            pair.Client.Close();
            Assert.IsTrue(pair.Client.IsClosed);
            Assert.AreEqual(AlertDescription.CloseNotify, pair.Client.AlertSent);
            pair.Pump();

            Assert.IsTrue((pair.Server.TakeEvents() & TlsEvent.PeerClosed) != 0);
            Assert.IsTrue(pair.Server.IsClosed);
            Assert.AreEqual(0, pair.ClientCounters.Get(TlsCounter.HandshakeFail));
        }

        [TestMethod]
        public void ServerCloseNotifyIsAnswered()
        {
            ClientTestPair pair = ClientTestPair.Ecdsa();
            pair.Connect();
            pair.Client.TakeEvents();
            pair.Server.Close();
            pair.Pump();

            int events = pair.Client.TakeEvents();
            Assert.IsTrue((events & TlsEvent.PeerClosed) != 0);
            Assert.IsTrue((events & TlsEvent.Closed) != 0);
            Assert.AreEqual(AlertDescription.CloseNotify, pair.Client.AlertReceived);
            Assert.AreEqual(AlertDescription.CloseNotify, pair.Client.AlertSent);
        }

        [TestMethod]
        public void NewSessionTicketIsAccepted()
        {
            TlsCounters serverCounters = new TlsCounters();
            TlsServerConfig serverConfig = ClientTestCertificate.Ecdsa.ServerConfig(serverCounters, new EncoTlsEntropy());
            serverConfig.SessionCache = new TlsSessionCache(4, 300, serverCounters);
            TlsServerEngine server = new TlsServerEngine(serverConfig);
            TlsClientEngine client = new TlsClientEngine(ClientTestPair.NewClientConfig(new TlsCounters(), new EncoTlsEntropy(),
                new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der)));
            client.Start(0);
            byte[] hello = ClientTestPair.Drain(client);
            server.Feed(hello, 0, hello.Length, 0);
            byte[] flight = TestServer.Drain(server);
            // The server sends its ticket with the flight, after its Finished (RFC 8446 4.6.1, no client authentication).
            client.Feed(flight, 0, flight.Length, 0);
            Assert.IsTrue(client.IsHandshakeComplete, "alert " + client.AlertSent);
            Assert.AreEqual(1, client.SessionTicketsReceived);
            byte[] finished = ClientTestPair.Drain(client);
            server.Feed(finished, 0, finished.Length, 0);
            Assert.IsTrue(server.IsHandshakeComplete);
            Assert.AreEqual(0, server.PendingOutput);
            Assert.IsFalse(client.IsClosed);
        }

        [TestMethod]
        public void HandshakePastItsDeadlineIsAbandoned()
        {
            TlsCounters counters = new TlsCounters();
            TlsClientConfig config = ClientTestPair.NewClientConfig(counters, new EncoTlsEntropy(), new ClientTestVerifier(new byte[1]));
            config.HandshakeTimeoutMs = 500;
            TlsClientEngine client = new TlsClientEngine(config);
            client.Start(1000);
            Assert.AreEqual(1500L, client.NextDeadline);
            client.Tick(1499);
            Assert.IsFalse(client.IsClosed);
            client.Tick(1500);
            Assert.IsTrue(client.IsClosed);
            Assert.AreEqual(1, counters.Get(TlsCounter.HandshakeFail));
            client.Dispose();
        }

        [TestMethod]
        public void AddressLiteralIsNotSentAsServerName()
        {
            ClientTestVerifier verifier = new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der);
            TlsClientConfig config = ClientTestPair.NewClientConfig(new TlsCounters(), new EncoTlsEntropy(), verifier);
            config.ServerName = "127.0.0.1";
            ClientTestPair pair = new ClientTestPair(ClientTestCertificate.Ecdsa, ClientTestCertificate.Ecdsa.Der, config);
            pair.Connect();
            Assert.IsTrue(pair.Client.IsHandshakeComplete);
            Assert.IsNull(pair.Server.ServerName);
            Assert.AreEqual("127.0.0.1", verifier.ServerName);
        }
    }
}
