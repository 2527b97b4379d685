using nanoFramework.TestFramework;
using Router.Enco;
using Router.Tls.Client;

namespace Router.Tls.Tests
{
    /// <summary>
    /// The client's TLS 1.2 against the server engine's TLS 1.2 in memory: ECDHE with ECDSA and RSA certificates,
    /// AES-GCM and ChaCha20-Poly1305, the extended master secret; application data both ways and close_notify;
    /// an untrusted certificate and a tampered ServerKeyExchange refused.
    /// </summary>
    [TestClass]
    public class ClientTls12Tests
    {
        private static ClientTestPair Pair(ClientTestCertificate certificate, byte[] trusted, int suite)
        {
            TlsClientConfig config = ClientTestPair.NewClientConfig(new TlsCounters(), new EncoTlsEntropy(), new ClientTestVerifier(trusted));
            config.OfferTls13 = false;
            if (suite != 0)
            {
                config.Tls12CipherSuites = new int[] { suite };
            }

            return new ClientTestPair(certificate, trusted, config);
        }

        [TestMethod]
        [DataRow(0xC02B)]
        [DataRow(0xC02C)]
        [DataRow(0xCCA9)]
        public void EcdsaSuitesCompleteAndCarryData(int suite)
        {
            ClientTestPair pair = Pair(ClientTestCertificate.Ecdsa, ClientTestCertificate.Ecdsa.Der, suite);
            pair.Connect();

            Assert.IsTrue(pair.Client.IsHandshakeComplete, TlsClientState.Name(pair.Client.State) + " alert " + pair.Client.AlertSent
                + " server alert " + pair.Server.AlertSent);
            Assert.IsTrue(pair.Server.IsHandshakeComplete);
            Assert.AreEqual(0x0303, pair.Client.Version);
            Assert.AreEqual(suite, pair.Client.CipherSuite);
            Assert.AreEqual("http/1.1", pair.Client.ApplicationProtocol);

            byte[] request = Hex.Ascii("GET / over " + CipherSuite.Name(suite));
            Assert.AreEqual(request.Length, pair.Client.WriteApplicationData(request, 0, request.Length));
            pair.Pump();
            Assert.Equal(request, pair.ServerReceived);
            byte[] reply = new byte[20000];
            for (int i = 0; i < reply.Length; i++)
            {
                reply[i] = (byte)(i * 13);
            }

            int written = 0;
            while (written < reply.Length)
            {
                written += pair.Server.WriteApplicationData(reply, written, reply.Length - written);
                pair.Pump();
            }

            Assert.Equal(reply, pair.ClientReceived);

            TlsCounters c = pair.ClientConfig.Counters;
            Assert.AreEqual(1, c.Get(TlsCounter.ClientInSKE));
            Assert.AreEqual(1, c.Get(TlsCounter.ClientInHelloDone));
            Assert.AreEqual(1, c.Get(TlsCounter.ClientOutCKE));
            Assert.AreEqual(1, c.Get(TlsCounter.ClientInChangeCipherSpec));
            Assert.AreEqual(1, c.Get(TlsCounter.ClientInFinished));
            Assert.AreEqual(1, c.Get(TlsCounter.HandshakeOK));

            pair.Client.Close();
            pair.Pump();
            Assert.IsTrue(pair.Server.IsClosed);
        }

        [TestMethod]
        [DataRow(0xC02F)]
        [DataRow(0xC030)]
        [DataRow(0xCCA8)]
        public void RsaSuitesComplete(int suite)
        {
            ClientTestPair pair = Pair(ClientTestCertificate.Rsa, ClientTestCertificate.Rsa.Der, suite);
            pair.Connect();
            Assert.IsTrue(pair.Client.IsHandshakeComplete, TlsClientState.Name(pair.Client.State) + " alert " + pair.Client.AlertSent
                + " server alert " + pair.Server.AlertSent);
            Assert.AreEqual(suite, pair.Client.CipherSuite);
        }

        [TestMethod]
        public void UntrustedCertificateIsRefused()
        {
            ClientTestPair pair = Pair(ClientTestCertificate.OtherEcdsa, ClientTestCertificate.Ecdsa.Der, 0);
            pair.Connect();
            Assert.IsTrue(pair.Client.IsClosed);
            Assert.AreEqual(ClientTestVerifier.UnknownCa, pair.Client.AlertSent);
            Assert.AreEqual(ClientTestVerifier.UnknownCa, pair.Server.AlertReceived);
        }

        [TestMethod]
        public void ServerKeyExchangeSignedByAnotherKeyIsDecryptError()
        {
            ClientTestCertificate impostor = new ClientTestCertificate();
            impostor.Der = ClientTestCertificate.Ecdsa.Der;
            impostor.Key = ClientTestCertificate.OtherEcdsa.Key;
            ClientTestPair pair = Pair(impostor, ClientTestCertificate.Ecdsa.Der, 0);
            pair.Connect();
            Assert.IsTrue(pair.Client.IsClosed);
            Assert.AreEqual(AlertDescription.DecryptError, pair.Client.AlertSent);
            Assert.AreEqual(0, pair.ClientConfig.Counters.Get(TlsCounter.ClientOutCKE));
        }

        [TestMethod]
        public void ClientOfferingBothVersionsGetsTls13FromThisServer()
        {
            TlsClientConfig config = ClientTestPair.NewClientConfig(new TlsCounters(), new EncoTlsEntropy(), new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der));
            ClientTestPair pair = new ClientTestPair(ClientTestCertificate.Ecdsa, ClientTestCertificate.Ecdsa.Der, config);
            pair.Connect();
            Assert.IsTrue(pair.Client.IsHandshakeComplete);
            Assert.AreEqual(0x0304, pair.Client.Version);
        }

        /// <summary>
        /// The server's second flight (ChangeCipherSpec, Finished) re-sealed with the server write key from the logged
        /// master secret (RFC 5246 6.3), with verify_data changed at <paramref name="flip"/> (or unchanged for -1).
        /// </summary>
        private static TlsClientEngine FinishWithResealedFinished(int flip, out TlsCounters counters)
        {
            RecordCipher seal;
            return FinishWithResealedFinished(flip, out counters, out seal);
        }

        /// <summary>As above; <paramref name="seal"/> then seals the server's next records.</summary>
        private static TlsClientEngine FinishWithResealedFinished(int flip, out TlsCounters counters, out RecordCipher seal)
        {
            ClientTestKeyLog log = new ClientTestKeyLog();
            counters = new TlsCounters();
            TlsClientConfig config = ClientTestPair.NewClientConfig(counters, new EncoTlsEntropy(), new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der));
            config.OfferTls13 = false;
            config.Tls12CipherSuites = new int[] { CipherSuite.EcdheEcdsaAes128GcmSha256 };
            config.KeyLog = log;
            TlsClientEngine client = new TlsClientEngine(config);
            TlsServerEngine server = new TlsServerEngine(ClientTestCertificate.Ecdsa.ServerConfig(new TlsCounters(), new EncoTlsEntropy()));
            client.Start(0);
            byte[] hello = ClientTestPair.Drain(client);
            server.Feed(hello, 0, hello.Length, 0);
            byte[] first = TestServer.Drain(server);
            client.Feed(first, 0, first.Length, 0);
            byte[] answer = ClientTestPair.Drain(client);
            server.Feed(answer, 0, answer.Length, 0);
            byte[] second = TestServer.Drain(server);
            Assert.AreEqual(ContentType.ChangeCipherSpec, (int)second[0]);

            // key_block = PRF(master_secret, "key expansion", server_random + client_random): the server's key and salt.
            byte[] clientRandom = TestServer.Slice(hello, 11, 32);
            byte[] serverRandom = TestServer.Slice(first, 11, 32);
            byte[] keyBlock = new byte[Tls12KeyDerivation.MaxKeyBlock];
            new Tls12KeyDerivation().KeyBlock(EncoHashAlgorithm.Sha256, log.MasterSecret, clientRandom, serverRandom, keyBlock, 0, 40);
            RecordCipher open = new RecordCipher();
            open.InstallTls12(CipherSuite.EcdheEcdsaAes128GcmSha256, keyBlock, 16, 36);
            byte[] finished = TestServer.Slice(second, 6, second.Length - 6);
            int plain = open.OpenTls12(finished, 0);
            Assert.AreEqual(16, plain);
            byte[] message = TestServer.Slice(finished, 5 + 8, plain);
            Assert.AreEqual(HandshakeType.Finished, (int)message[0]);
            if (flip >= 0)
            {
                message[4 + flip] ^= 0x10;
            }

            seal = new RecordCipher();
            seal.InstallTls12(CipherSuite.EcdheEcdsaAes128GcmSha256, keyBlock, 16, 36);
            byte[] record = new byte[5 + 8 + 16 + 16];
            System.Array.Copy(message, 0, record, 13, 16);
            int length = seal.SealTls12(record, 0, ContentType.Handshake, 16);
            client.Feed(second, 0, 6, 0);
            client.Feed(record, 0, length, 0);
            return client;
        }

        [TestMethod]
        public void ResealedServerFinishedCompletes()
        {
            TlsCounters counters;
            TlsClientEngine client = FinishWithResealedFinished(-1, out counters);
            Assert.IsTrue(client.IsHandshakeComplete, "alert " + client.AlertSent);
        }

        [TestMethod]
        public void ForgedServerFinishedIsDecryptError()
        {
            for (int flip = 0; flip < 12; flip += 11)
            {
                TlsCounters counters;
                TlsClientEngine client = FinishWithResealedFinished(flip, out counters);
                Assert.IsTrue(client.IsClosed, "flip " + flip);
                Assert.AreEqual(AlertDescription.DecryptError, client.AlertSent);
                Assert.AreEqual(1, counters.Get(TlsCounter.ClientHsHashFailTls));
            }
        }

        [TestMethod]
        public void HelloRequestIsAnsweredWithNoRenegotiation()
        {
            TlsCounters counters;
            RecordCipher seal;
            TlsClientEngine client = FinishWithResealedFinished(-1, out counters, out seal);
            Assert.IsTrue(client.IsHandshakeComplete);
            ClientTestPair.Drain(client);

            byte[] record = new byte[5 + 8 + 4 + 16];
            int length = seal.SealTls12(record, 0, ContentType.Handshake, 4);
            client.Feed(record, 0, length, 0);
            Assert.IsFalse(client.IsClosed, "alert " + client.AlertSent);
            Assert.AreEqual(100, client.AlertSent);
            Assert.AreEqual(1, counters.Get(TlsCounter.ClientInHelloRequest));
            byte[] warning = ClientTestPair.Drain(client);
            Assert.AreEqual(ContentType.Alert, (int)warning[0]);
            Assert.AreEqual(5 + 8 + 2 + 16, warning.Length);
        }
    }
}
