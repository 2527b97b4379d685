using nanoFramework.TestFramework;
using Router.Enco;

namespace Router.Tls.Tests
{
    /// <summary>
    /// The engine, given RFC 8448 section 3's ClientHello, server random and x25519 key, answers with the RFC's
    /// ServerHello byte for byte and protects its flight with the RFC's server handshake key; a client built on
    /// the RFC's values then completes the handshake and exchanges application data.
    /// </summary>
    [TestClass]
    public class EngineRfc8448Tests
    {
        [TestMethod]
        public void ServerHelloIsTheRfcServerHello()
        {
            TlsServerEngine engine = TestServer.Rfc8448Engine(new TlsCounters());
            byte[] hello = Rfc8448.ClientHelloRecord();
            Assert.AreEqual(hello.Length, engine.Feed(hello, 0, hello.Length, 0));

            byte[] output = TestServer.Drain(engine);
            byte[] serverHello = Hex.Decode(Rfc8448.ServerHello);
            Assert.Equal(new byte[] { 22, 3, 3, 0, (byte)serverHello.Length }, TestServer.Slice(output, 0, 5));
            Assert.Equal(serverHello, TestServer.Slice(output, 5, serverHello.Length));
            Assert.AreEqual(TlsState.ExpectFinished, engine.State);
            Assert.AreEqual("server", engine.ServerName);
            Assert.AreEqual(CipherSuite.Aes128GcmSha256, engine.CipherSuite);
            Assert.AreEqual(NamedGroup.X25519, engine.Group);
        }

        [TestMethod]
        public void EncryptedExtensionsOpenWithTheRfcServerHandshakeKey()
        {
            TlsServerEngine engine = TestServer.Rfc8448Engine(new TlsCounters());
            byte[] hello = Rfc8448.ClientHelloRecord();
            engine.Feed(hello, 0, hello.Length, 0);
            byte[] output = TestServer.Drain(engine);

            int at = 5 + Hex.Decode(Rfc8448.ServerHello).Length;
            int length = (output[at + 3] << 8) | output[at + 4];
            byte[] key = Hex.Decode(Rfc8448.ServerHandshakeKey);
            byte[] nonce = Hex.Decode(Rfc8448.ServerHandshakeIv);
            byte[] plain = new byte[length - 16];
            Aead gcm = new Aead(EncoAeadAlgorithm.AesGcm, key, 0, key.Length);
            Assert.IsTrue(gcm.Open(nonce, 0, 12, output, at, 5, output, at + 5, length, plain, 0));
            gcm.Dispose();
            Assert.AreEqual(HandshakeType.EncryptedExtensions, (int)plain[0]);
            Assert.AreEqual(ContentType.Handshake, (int)plain[plain.Length - 1]);
        }

        [TestMethod]
        public void HandshakeCompletesAndDataFlowsBothWays()
        {
            TlsCounters counters = new TlsCounters();
            TlsServerEngine engine = TestServer.Rfc8448Engine(counters);
            Rfc8448Client client = new Rfc8448Client();
            byte[] hello = client.Hello();
            engine.Feed(hello, 0, hello.Length, 100);
            Assert.IsTrue(client.ReadServerFlight(TestServer.Drain(engine)));
            Assert.AreEqual(4, client.ServerMessages);

            byte[] finished = client.Finished(false);
            engine.Feed(finished, 0, finished.Length, 150);
            Assert.IsTrue((engine.TakeEvents() & TlsEvent.HandshakeComplete) != 0);
            Assert.IsTrue(engine.IsHandshakeComplete);
            Assert.AreEqual(50, (int)engine.HandshakeTimeMs);
            Assert.AreEqual(1, counters.Get(TlsCounter.HandshakeOK));

            byte[] request = client.Seal(ContentType.ApplicationData, Hex.Ascii("ping"), 7);
            engine.Feed(request, 0, request.Length, 200);
            Assert.IsTrue((engine.TakeEvents() & TlsEvent.ApplicationData) != 0);
            byte[] received = new byte[16];
            Assert.AreEqual(4, engine.ReadApplicationData(received, 0, received.Length));
            Assert.Equal(Hex.Ascii("ping"), TestServer.Slice(received, 0, 4));

            byte[] reply = Hex.Ascii("pong!");
            Assert.AreEqual(reply.Length, engine.WriteApplicationData(reply, 0, reply.Length));
            byte[] record = TestServer.Drain(engine);
            Assert.AreEqual(reply.Length + 1, client.Open(record, 0));
            Assert.Equal(reply, TestServer.Slice(record, 5, reply.Length));
            Assert.AreEqual(ContentType.ApplicationData, (int)record[5 + reply.Length]);
        }

        [TestMethod]
        public void ForgedClientFinishedIsDecryptError()
        {
            TlsCounters counters = new TlsCounters();
            TlsServerEngine engine = TestServer.Rfc8448Engine(counters);
            Rfc8448Client client = new Rfc8448Client();
            byte[] hello = client.Hello();
            engine.Feed(hello, 0, hello.Length, 0);
            client.ReadServerFlight(TestServer.Drain(engine));

            byte[] finished = client.Finished(true);
            engine.Feed(finished, 0, finished.Length, 0);
            Assert.IsTrue(engine.IsClosed);
            Assert.AreEqual(AlertDescription.DecryptError, engine.AlertSent);
            Assert.AreEqual(1, counters.Get(TlsCounter.HsHashFailTls));
            Assert.AreEqual(1, counters.Get(TlsCounter.HandshakeFail));
        }

        [TestMethod]
        public void CloseNotifyIsAnsweredAndCloses()
        {
            TlsServerEngine engine = TestServer.Rfc8448Engine(new TlsCounters());
            Rfc8448Client client = new Rfc8448Client();
            byte[] hello = client.Hello();
            engine.Feed(hello, 0, hello.Length, 0);
            client.ReadServerFlight(TestServer.Drain(engine));
            byte[] finished = client.Finished(false);
            engine.Feed(finished, 0, finished.Length, 0);

            byte[] close = client.Seal(ContentType.Alert, new byte[] { 1, 0 }, 0);
            engine.Feed(close, 0, close.Length, 0);
            int events = engine.TakeEvents();
            Assert.IsTrue((events & TlsEvent.PeerClosed) != 0);
            Assert.IsTrue((events & TlsEvent.Closed) != 0);
            byte[] answer = TestServer.Drain(engine);
            Assert.AreEqual(3, client.Open(answer, 0));
            Assert.AreEqual(0, (int)answer[6]);
        }

        private static TlsServerEngine Connected(Rfc8448Client client)
        {
            TlsServerEngine engine = TestServer.Rfc8448Engine(new TlsCounters());
            byte[] hello = client.Hello();
            engine.Feed(hello, 0, hello.Length, 0);
            client.ReadServerFlight(TestServer.Drain(engine));
            byte[] finished = client.Finished(false);
            engine.Feed(finished, 0, finished.Length, 0);
            return engine;
        }

        [TestMethod]
        public void PostHandshakeMessagesOtherThanKeyUpdateAreRefused()
        {
            Rfc8448Client client = new Rfc8448Client();
            TlsServerEngine engine = Connected(client);
            byte[] ticket = client.Seal(ContentType.Handshake, new byte[] { 4, 0, 0, 4, 1, 2, 3, 4 }, 0);
            engine.Feed(ticket, 0, ticket.Length, 0);
            Assert.AreEqual(AlertDescription.UnexpectedMessage, engine.AlertSent);

            client = new Rfc8448Client();
            engine = Connected(client);
            byte[] big = new byte[200];
            big[0] = 4;
            big[3] = 196;
            byte[] record = client.Seal(ContentType.Handshake, big, 0);
            engine.Feed(record, 0, record.Length, 0);
            Assert.IsTrue(engine.IsClosed);
            Assert.AreNotEqual(AlertDescription.InternalError, engine.AlertSent);
        }

        [TestMethod]
        public void KeyUpdateRequestedIsAnswered()
        {
            TlsCounters counters = new TlsCounters();
            TlsServerEngine engine = TestServer.Rfc8448Engine(counters);
            Rfc8448Client client = new Rfc8448Client();
            byte[] hello = client.Hello();
            engine.Feed(hello, 0, hello.Length, 0);
            client.ReadServerFlight(TestServer.Drain(engine));
            byte[] finished = client.Finished(false);
            engine.Feed(finished, 0, finished.Length, 0);

            byte[] update = client.Seal(ContentType.Handshake, new byte[] { 24, 0, 0, 1, 1 }, 0);
            engine.Feed(update, 0, update.Length, 0);
            Assert.IsFalse(engine.IsClosed);
            Assert.AreEqual(1, counters.Get(TlsCounter.KeyUpdate));
            byte[] answer = TestServer.Drain(engine);
            Assert.AreEqual(6, client.Open(answer, 0));
            Assert.AreEqual(HandshakeType.KeyUpdate, (int)answer[5]);
        }
    }
}
