using nanoFramework.TestFramework;
using Router.Tls.Client;

namespace Router.Tls.Tests
{
    /// <summary>
    /// Servers the client must refuse: an untrusted certificate, a CertificateVerify that does not verify with the
    /// leaf's key, a forged Finished, a TLS 1.2 ServerHello, extensions it never asked for; and configurations that
    /// cannot authenticate anyone. Each ends in the RFC 8446 alert and a closed engine.
    /// </summary>
    [TestClass]
    public class ClientRefusalTests
    {
        private static void AssertRefused(TlsClientEngine client, int alert)
        {
            Assert.IsTrue(client.IsClosed, TlsClientState.Name(client.State));
            Assert.AreEqual(alert, client.AlertSent);
            Assert.IsFalse(client.IsHandshakeComplete);
            Assert.IsTrue((client.TakeEvents() & TlsEvent.Closed) != 0);
            byte[] plain = new byte[16];
            Assert.AreEqual(0, client.WriteApplicationData(plain, 0, plain.Length));
        }

        [TestMethod]
        public void UntrustedCertificateIsRefusedWithTheVerifiersAlert()
        {
            ClientTestPair pair = new ClientTestPair(ClientTestCertificate.OtherEcdsa, ClientTestCertificate.Ecdsa.Der, null);
            pair.Connect();

            AssertRefused(pair.Client, ClientTestVerifier.UnknownCa);
            Assert.AreEqual(1, pair.ClientCounters.Get(TlsCounter.CertNotTrusted));
            Assert.AreEqual(1, pair.ClientCounters.Get(TlsCounter.HandshakeFail));
            Assert.AreEqual(ClientTestVerifier.UnknownCa, pair.Server.AlertReceived);
            Assert.IsTrue(pair.Server.IsClosed);
        }

        [TestMethod]
        public void SignatureByAnotherKeyIsDecryptError()
        {
            // The trusted certificate, but the server signs with a different key (a stolen certificate).
            ClientTestCertificate impostor = new ClientTestCertificate();
            impostor.Der = ClientTestCertificate.Ecdsa.Der;
            impostor.Key = ClientTestCertificate.OtherEcdsa.Key;
            ClientTestPair pair = new ClientTestPair(impostor, ClientTestCertificate.Ecdsa.Der, null);
            pair.Connect();

            AssertRefused(pair.Client, AlertDescription.DecryptError);
            Assert.AreEqual(0, pair.ClientCounters.Get(TlsCounter.ClientInFinished));
        }

        /// <summary>The client's hello and the server's first flight to it, with the client's key log.</summary>
        private static TlsClientEngine Exchange(ClientTestKeyLog log, out byte[] flight, out int suite)
        {
            TlsClientConfig config = ClientTestPair.NewClientConfig(new TlsCounters(), new EncoTlsEntropy(),
                new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der));
            config.KeyLog = log;
            TlsClientEngine client = new TlsClientEngine(config);
            client.Start(0);
            byte[] hello = ClientTestPair.Drain(client);
            TlsServerEngine server = new TlsServerEngine(ClientTestCertificate.Ecdsa.ServerConfig(new TlsCounters(), new EncoTlsEntropy()));
            server.Feed(hello, 0, hello.Length, 0);
            flight = TestServer.Drain(server);
            suite = server.CipherSuite;
            return client;
        }

        /// <summary>Feeds the ServerHello record alone (the client logs its handshake secret), then the rewritten rest.</summary>
        private static ClientFlightRewriter Rewriter(TlsClientEngine client, ClientTestKeyLog log, byte[] flight, int suite)
        {
            int helloRecord = 5 + ((flight[3] << 8) | flight[4]);
            client.Feed(flight, 0, helloRecord, 0);
            return new ClientFlightRewriter(TestServer.Slice(flight, helloRecord, flight.Length - helloRecord), suite, log.ServerHandshakeSecret);
        }

        /// <summary>Index of the protected record whose inner plaintext starts with <paramref name="type"/>.</summary>
        private static int RecordOf(ClientFlightRewriter rewriter, int type)
        {
            for (int i = 0; i < rewriter.Records; i++)
            {
                if (rewriter.Inner(i) != null && rewriter.Inner(i)[0] == type)
                {
                    return i;
                }
            }

            return -1;
        }

        private static void FeedAll(TlsClientEngine client, byte[] bytes)
        {
            client.Feed(bytes, 0, bytes.Length, 0);
        }

        [TestMethod]
        public void UnchangedReencryptedFlightCompletes()
        {
            ClientTestKeyLog log = new ClientTestKeyLog();
            byte[] flight;
            int suite;
            TlsClientEngine client = Exchange(log, out flight, out suite);
            ClientFlightRewriter rewriter = Rewriter(client, log, flight, suite);
            FeedAll(client, rewriter.Replace(-1, null));
            Assert.IsTrue(client.IsHandshakeComplete, "alert " + client.AlertSent);
        }

        [TestMethod]
        public void ForgedServerFinishedIsDecryptError()
        {
            ClientTestKeyLog log = new ClientTestKeyLog();
            byte[] flight;
            int suite;
            TlsClientEngine client = Exchange(log, out flight, out suite);
            ClientFlightRewriter rewriter = Rewriter(client, log, flight, suite);
            int finished = RecordOf(rewriter, HandshakeType.Finished);
            Assert.IsTrue(finished > 0);
            FeedAll(client, rewriter.Flip(finished, 4 + 7, 0x20));
            AssertRefused(client, AlertDescription.DecryptError);
        }

        [TestMethod]
        public void FlippedSignatureIsDecryptError()
        {
            ClientTestKeyLog log = new ClientTestKeyLog();
            byte[] flight;
            int suite;
            TlsClientEngine client = Exchange(log, out flight, out suite);
            ClientFlightRewriter rewriter = Rewriter(client, log, flight, suite);
            int verify = RecordOf(rewriter, HandshakeType.CertificateVerify);
            byte[] inner = rewriter.Inner(verify);
            FeedAll(client, rewriter.Flip(verify, inner.Length - 3, 0x01));
            AssertRefused(client, AlertDescription.DecryptError);
        }

        [TestMethod]
        public void SchemeThatDoesNotFitTheKeyIsIllegalParameter()
        {
            ClientTestKeyLog log = new ClientTestKeyLog();
            byte[] flight;
            int suite;
            TlsClientEngine client = Exchange(log, out flight, out suite);
            ClientFlightRewriter rewriter = Rewriter(client, log, flight, suite);
            int verify = RecordOf(rewriter, HandshakeType.CertificateVerify);
            byte[] inner = TestServer.Slice(rewriter.Inner(verify), 0, rewriter.Inner(verify).Length);
            inner[4] = 0x08;
            inner[5] = 0x04;
            FeedAll(client, rewriter.Replace(verify, inner));
            AssertRefused(client, AlertDescription.IllegalParameter);
        }

        [TestMethod]
        public void UnrequestedEncryptedExtensionIsUnsupportedExtension()
        {
            ClientTestKeyLog log = new ClientTestKeyLog();
            byte[] flight;
            int suite;
            TlsClientEngine client = Exchange(log, out flight, out suite);
            ClientFlightRewriter rewriter = Rewriter(client, log, flight, suite);
            int extensions = RecordOf(rewriter, HandshakeType.EncryptedExtensions);
            // EncryptedExtensions { early_data } (4.2.10), never offered.
            byte[] inner = new byte[] { 8, 0, 0, 6, 0, 4, 0, 42, 0, 0, ContentType.Handshake };
            FeedAll(client, rewriter.Replace(extensions, inner));
            AssertRefused(client, AlertDescription.UnsupportedExtension);
        }

        [TestMethod]
        public void AlpnTheClientDidNotOfferIsIllegalParameter()
        {
            ClientTestKeyLog log = new ClientTestKeyLog();
            byte[] flight;
            int suite;
            TlsClientEngine client = Exchange(log, out flight, out suite);
            ClientFlightRewriter rewriter = Rewriter(client, log, flight, suite);
            int extensions = RecordOf(rewriter, HandshakeType.EncryptedExtensions);
            // EncryptedExtensions { ALPN "h2" }.
            byte[] inner = new byte[] { 8, 0, 0, 11, 0, 9, 0, 16, 0, 5, 0, 3, 2, (byte)'h', (byte)'2', ContentType.Handshake };
            FeedAll(client, rewriter.Replace(extensions, inner));
            AssertRefused(client, AlertDescription.IllegalParameter);
        }

        /// <summary>
        /// A TLS 1.2 ServerHello (no supported_versions) for ECDHE-ECDSA-AES128-GCM-SHA256 with a fresh session id,
        /// the given extensions and the given last 8 bytes of the random.
        /// </summary>
        internal static byte[] Tls12ServerHello(byte[] extensions, byte[] randomTail)
        {
            byte[] body = new byte[2 + 32 + 1 + 32 + 2 + 1 + 2 + extensions.Length];
            body[0] = 3;
            body[1] = 3;
            for (int i = 0; i < 32; i++)
            {
                body[2 + i] = (byte)(0x40 + i);
            }

            if (randomTail != null)
            {
                System.Array.Copy(randomTail, 0, body, 2 + 24, 8);
            }

            body[34] = 32;
            for (int i = 0; i < 32; i++)
            {
                body[35 + i] = (byte)(0x80 + i);
            }

            body[67] = 0xC0;
            body[68] = 0x2B;
            body[70] = (byte)(extensions.Length >> 8);
            body[71] = (byte)extensions.Length;
            System.Array.Copy(extensions, 0, body, 72, extensions.Length);
            byte[] record = new byte[5 + 4 + body.Length];
            record[0] = ContentType.Handshake;
            record[1] = 3;
            record[2] = 3;
            record[4] = (byte)(4 + body.Length);
            record[5] = HandshakeType.ServerHello;
            record[8] = (byte)body.Length;
            System.Array.Copy(body, 0, record, 9, body.Length);
            return record;
        }

        /// <summary>extended_master_secret and an empty renegotiation_info.</summary>
        internal static readonly byte[] Tls12Extensions = new byte[] { 0, 23, 0, 0, 0xFF, 0x01, 0, 1, 0 };

        private static TlsClientEngine StartedClient(TlsCounters counters, bool offerTls12)
        {
            TlsClientConfig config = ClientTestPair.NewClientConfig(counters, new EncoTlsEntropy(), new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der));
            config.OfferTls12 = offerTls12;
            TlsClientEngine client = new TlsClientEngine(config);
            client.Start(0);
            ClientTestPair.Drain(client);
            return client;
        }

        [TestMethod]
        public void Tls12ServerHelloWhenOnlyTls13IsOfferedIsProtocolVersion()
        {
            TlsCounters counters = new TlsCounters();
            TlsClientEngine client = StartedClient(counters, false);
            FeedAll(client, Tls12ServerHello(Tls12Extensions, null));

            AssertRefused(client, AlertDescription.ProtocolVersion);
            Assert.AreEqual(1, counters.Get(TlsCounter.ClientSslVersionFail));
            byte[] alert = ClientTestPair.Drain(client);
            Assert.Equal(new byte[] { 21, 3, 3, 0, 2, 2, 70 }, alert);
        }

        [TestMethod]
        public void Tls12ServerHelloWithTheDowngradeSentinelIsIllegalParameter()
        {
            TlsClientEngine client = StartedClient(new TlsCounters(), true);
            FeedAll(client, Tls12ServerHello(Tls12Extensions, new byte[] { 0x44, 0x4F, 0x57, 0x4E, 0x47, 0x52, 0x44, 0x01 }));
            AssertRefused(client, AlertDescription.IllegalParameter);
        }

        [TestMethod]
        public void Tls12ServerHelloWithoutExtendedMasterSecretIsHandshakeFailure()
        {
            TlsClientEngine client = StartedClient(new TlsCounters(), true);
            FeedAll(client, Tls12ServerHello(new byte[] { 0xFF, 0x01, 0, 1, 0 }, null));
            AssertRefused(client, AlertDescription.HandshakeFailure);

            client = StartedClient(new TlsCounters(), true);
            FeedAll(client, Tls12ServerHello(new byte[] { 0, 23, 0, 0 }, null));
            AssertRefused(client, AlertDescription.HandshakeFailure);
        }

        [TestMethod]
        public void Tls12ServerHelloWithAnUnofferedExtensionIsUnsupportedExtension()
        {
            // session_ticket (35) was never offered.
            TlsClientEngine client = StartedClient(new TlsCounters(), true);
            FeedAll(client, Tls12ServerHello(new byte[] { 0, 23, 0, 0, 0xFF, 0x01, 0, 1, 0, 0, 35, 0, 0 }, null));
            AssertRefused(client, AlertDescription.UnsupportedExtension);
        }

        [TestMethod]
        public void Tls12ServerHelloIsFollowedByTheCertificate()
        {
            TlsClientEngine client = StartedClient(new TlsCounters(), true);
            FeedAll(client, Tls12ServerHello(Tls12Extensions, null));
            Assert.IsFalse(client.IsClosed, "alert " + client.AlertSent);
            Assert.AreEqual(TlsClientState.Tls12ExpectCertificate, client.State);
            Assert.AreEqual(0x0303, client.Version);
        }

        [TestMethod]
        public void ClientWithoutVerifierRefusesToStart()
        {
            TlsCounters counters = new TlsCounters();
            TlsClientEngine client = new TlsClientEngine(ClientTestPair.NewClientConfig(counters, new EncoTlsEntropy(), null));
            client.Start(0);
            Assert.IsTrue(client.IsClosed);
            Assert.AreEqual(0, client.PendingOutput);
            Assert.AreEqual(1, counters.Get(TlsCounter.StartFailed));
        }

        [TestMethod]
        public void ShareForAGroupNotOfferedMakesTheConfigUnusable()
        {
            TlsClientConfig config = ClientTestPair.NewClientConfig(new TlsCounters(), new EncoTlsEntropy(), new ClientTestVerifier(new byte[1]));
            Assert.IsTrue(config.IsUsable);
            config.Groups = new int[] { NamedGroup.X25519 };
            config.KeyShares = new int[] { NamedGroup.Secp256r1 };
            Assert.IsFalse(config.IsUsable);
            config.KeyShares = new int[] { NamedGroup.X25519 };
            Assert.IsTrue(config.IsUsable);
            config.CipherSuites = new int[] { 0xC02F };
            config.OfferTls12 = false;
            Assert.IsFalse(config.IsUsable);
            config.OfferTls12 = true;
            Assert.IsTrue(config.IsUsable);
            config.OfferTls13 = false;
            config.OfferTls12 = false;
            Assert.IsFalse(config.IsUsable);
            config.OfferTls13 = true;
            config.ServerName = "router test";
            Assert.IsFalse(config.IsUsable);
            config.ServerName = "router.test";
            config.ApplicationProtocols = new string[] { "http/1.1", "" };
            Assert.IsFalse(config.IsUsable);
        }

        [TestMethod]
        public void ThrowingVerifierIsCertificateUnknown()
        {
            TlsClientConfig config = ClientTestPair.NewClientConfig(new TlsCounters(), new EncoTlsEntropy(), new ThrowingVerifier());
            ClientTestPair pair = new ClientTestPair(ClientTestCertificate.Ecdsa, ClientTestCertificate.Ecdsa.Der, config);
            pair.Connect();
            AssertRefused(pair.Client, 46);
        }

        private sealed class ThrowingVerifier : ITlsCertificateVerifier
        {
            public int Verify(TlsCertificateChain chain, string serverName)
            {
                throw new System.InvalidOperationException("verifier bug");
            }
        }
    }
}
