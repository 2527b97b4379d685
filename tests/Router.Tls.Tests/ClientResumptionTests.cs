using nanoFramework.TestFramework;
using Router.Tls.Client;

namespace Router.Tls.Tests
{
    /// <summary>
    /// TLS 1.3 resumption against the server engine's ticket cache: the ticket of one connection resumes the next
    /// (no certificate, PSK with (EC)DHE), also after a HelloRetryRequest; a ticket is offered once; a server that
    /// does not know it, or another server name, gets a full handshake.
    /// </summary>
    [TestClass]
    public class ClientResumptionTests
    {
        private readonly TlsCounters _serverCounters = new TlsCounters();
        private TlsServerConfig _serverConfig;
        private TlsClientSession _session;
        private ClientTestVerifier _verifier;

        private void Setup()
        {
            _serverConfig = ClientTestCertificate.Ecdsa.ServerConfig(_serverCounters, new EncoTlsEntropy());
            _serverConfig.SessionCache = new TlsSessionCache(8, 300, _serverCounters);
            _session = new TlsClientSession();
            _verifier = new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der);
        }

        private TlsClientConfig ClientConfig()
        {
            TlsClientConfig config = ClientTestPair.NewClientConfig(new TlsCounters(), new EncoTlsEntropy(), _verifier);
            config.Session = _session;
            return config;
        }

        /// <summary>One connection: hello, server flight, client Finished, then the server's ticket.</summary>
        private static void Run(TlsClientEngine client, TlsServerEngine server, long now)
        {
            client.Start(now);
            for (int i = 0; i < 6; i++)
            {
                byte[] toServer = ClientTestPair.Drain(client);
                if (toServer.Length > 0)
                {
                    server.Feed(toServer, 0, toServer.Length, now);
                }

                byte[] toClient = TestServer.Drain(server);
                if (toClient.Length > 0)
                {
                    client.Feed(toClient, 0, toClient.Length, now);
                }
            }
        }

        [TestMethod]
        public void TicketOfOneConnectionResumesTheNext()
        {
            Setup();
            TlsClientEngine first = new TlsClientEngine(ClientConfig());
            Run(first, new TlsServerEngine(_serverConfig), 1000);
            Assert.IsTrue(first.IsHandshakeComplete);
            Assert.IsFalse(first.Resumed);
            Assert.AreEqual(1, first.SessionTicketsReceived);
            Assert.IsTrue(_session.CanResume("router.test", 2000));
            Assert.AreEqual(1, _verifier.Calls);

            TlsClientEngine second = new TlsClientEngine(ClientConfig());
            TlsServerEngine server = new TlsServerEngine(_serverConfig);
            Run(second, server, 2000);
            Assert.IsTrue(second.IsHandshakeComplete, "alert " + second.AlertSent + " server alert " + server.AlertSent);
            Assert.IsTrue(second.Resumed);
            Assert.IsTrue(server.Resumed);
            Assert.AreEqual(1, _verifier.Calls);
            Assert.AreEqual(0, second.PeerSignatureScheme);

            byte[] ping = Hex.Ascii("resumed ping");
            second.WriteApplicationData(ping, 0, ping.Length);
            byte[] record = ClientTestPair.Drain(second);
            server.Feed(record, 0, record.Length, 2000);
            byte[] plain = new byte[64];
            Assert.AreEqual(ping.Length, server.ReadApplicationData(plain, 0, plain.Length));

            // The resumed connection's own ticket replaced the one it used.
            Assert.IsTrue(_session.CanResume("router.test", 3000));
            TlsClientEngine third = new TlsClientEngine(ClientConfig());
            Run(third, new TlsServerEngine(_serverConfig), 3000);
            Assert.IsTrue(third.Resumed);
        }

        [TestMethod]
        public void TicketIsOfferedOnce()
        {
            Setup();
            TlsClientEngine first = new TlsClientEngine(ClientConfig());
            Run(first, new TlsServerEngine(_serverConfig), 0);
            Assert.IsTrue(_session.CanResume("router.test", 10));

            TlsClientEngine second = new TlsClientEngine(ClientConfig());
            second.Start(10);
            Assert.IsFalse(_session.CanResume("router.test", 10));
        }

        [TestMethod]
        public void ServerThatDoesNotKnowTheTicketMakesAFullHandshake()
        {
            Setup();
            TlsClientEngine first = new TlsClientEngine(ClientConfig());
            Run(first, new TlsServerEngine(_serverConfig), 0);

            TlsServerConfig other = ClientTestCertificate.Ecdsa.ServerConfig(new TlsCounters(), new EncoTlsEntropy());
            other.SessionCache = new TlsSessionCache(8, 300, new TlsCounters());
            TlsClientEngine second = new TlsClientEngine(ClientConfig());
            Run(second, new TlsServerEngine(other), 10);
            Assert.IsTrue(second.IsHandshakeComplete, "alert " + second.AlertSent);
            Assert.IsFalse(second.Resumed);
            Assert.AreEqual(2, _verifier.Calls);
        }

        [TestMethod]
        public void TicketIsNotOfferedToAnotherName()
        {
            Setup();
            TlsClientEngine first = new TlsClientEngine(ClientConfig());
            Run(first, new TlsServerEngine(_serverConfig), 0);

            TlsClientConfig config = ClientConfig();
            config.ServerName = "other.test";
            TlsClientEngine second = new TlsClientEngine(config);
            Run(second, new TlsServerEngine(_serverConfig), 10);
            Assert.IsTrue(second.IsHandshakeComplete);
            Assert.IsFalse(second.Resumed);
            Assert.IsTrue(_session.CanResume("other.test", 20));
            Assert.IsFalse(_session.CanResume("router.test", 20));
        }

        [TestMethod]
        public void ResumptionAfterAHelloRetryRequestRecomputesTheBinder()
        {
            Setup();
            TlsClientEngine first = new TlsClientEngine(ClientConfig());
            Run(first, new TlsServerEngine(_serverConfig), 0);

            TlsClientConfig config = ClientConfig();
            config.KeyShares = new int[0];
            TlsClientEngine second = new TlsClientEngine(config);
            TlsServerEngine server = new TlsServerEngine(_serverConfig);
            Run(second, server, 10);
            Assert.IsTrue(second.IsHandshakeComplete, "alert " + second.AlertSent + " server alert " + server.AlertSent);
            Assert.IsTrue(second.NeededHelloRetry);
            Assert.IsTrue(second.Resumed);
        }

        [TestMethod]
        public void ExpiredTicketIsNotOffered()
        {
            Setup();
            TlsClientEngine first = new TlsClientEngine(ClientConfig());
            Run(first, new TlsServerEngine(_serverConfig), 0);
            Assert.IsTrue(_session.CanResume("router.test", 299000));
            Assert.IsFalse(_session.CanResume("router.test", 300000));
            _session.Clear();
            Assert.IsFalse(_session.CanResume("router.test", 10));
        }
    }
}
