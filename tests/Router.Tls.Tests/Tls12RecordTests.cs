using nanoFramework.TestFramework;

namespace Router.Tls.Tests
{
    /// <summary>
    /// TLS 1.2 after and around the handshake: renegotiation refused with no_renegotiation (RFC 5746 4.4),
    /// ChangeCipherSpec order, record_overflow, alerts, close_notify.
    /// </summary>
    [TestClass]
    public class Tls12RecordTests
    {
        private static TlsServerEngine Connected(TlsCounters counters, out Tls12Client client)
        {
            TlsServerEngine engine = new TlsServerEngine(Tls12Harness.Config(counters));
            client = new Tls12Client(TestServer.Key);
            Assert.IsTrue(Tls12Harness.Handshake(engine, client, 0));
            return engine;
        }

        [TestMethod]
        public void ClientHelloAfterTheHandshakeGetsNoRenegotiationAndTheConnectionGoesOn()
        {
            TlsCounters counters = new TlsCounters();
            Tls12Client client;
            TlsServerEngine engine = Connected(counters, out client);
            byte[] hello = HelloBuilder.Tls12().Record();
            byte[] record = client.SealRecord(ContentType.Handshake, TestServer.Slice(hello, 5, hello.Length - 5));
            engine.Feed(record, 0, record.Length, 1);
            Assert.IsFalse(engine.IsClosed);
            Assert.AreEqual(AlertDescription.NoRenegotiation, engine.AlertSent);
            byte[] alert = TestServer.Drain(engine);
            Assert.AreEqual(ContentType.Alert, (int)alert[0]);
            Assert.Equal(new byte[] { 1, 100 }, client.OpenRecord(alert, 0));
            Assert.AreEqual(1, counters.AlertsSent(AlertDescription.NoRenegotiation));
            Assert.IsTrue(Tls12Harness.Echo(engine, client, "still here"));

            // The same hello split over two records, header first.
            byte[] head = client.SealRecord(ContentType.Handshake, TestServer.Slice(hello, 5, 3));
            byte[] rest = client.SealRecord(ContentType.Handshake, TestServer.Slice(hello, 8, hello.Length - 8));
            engine.Feed(head, 0, head.Length, 2);
            engine.Feed(rest, 0, rest.Length, 2);
            Assert.IsFalse(engine.IsClosed);
            Assert.AreEqual(2, counters.AlertsSent(AlertDescription.NoRenegotiation));
            Assert.Equal(new byte[] { 1, 100 }, client.OpenRecord(TestServer.Drain(engine), 0));
            Assert.IsTrue(Tls12Harness.Echo(engine, client, "and still"));
        }

        [TestMethod]
        public void OtherHandshakeMessageAfterTheHandshakeIsUnexpectedMessage()
        {
            Tls12Client client;
            TlsServerEngine engine = Connected(new TlsCounters(), out client);
            byte[] record = client.SealRecord(ContentType.Handshake, new byte[] { HandshakeType.Finished, 0, 0, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 });
            engine.Feed(record, 0, record.Length, 1);
            Assert.IsTrue(engine.IsClosed);
            Assert.AreEqual(AlertDescription.UnexpectedMessage, engine.AlertSent);
        }

        [TestMethod]
        public void FinishedBeforeChangeCipherSpecIsUnexpectedAndCounted()
        {
            TlsCounters counters = new TlsCounters();
            TlsServerEngine engine = new TlsServerEngine(Tls12Harness.Config(counters));
            Tls12Client client = new Tls12Client(TestServer.Key);
            byte[] hello = client.ClientHello();
            engine.Feed(hello, 0, hello.Length, 0);
            client.ReadServerFlight(TestServer.Drain(engine));
            byte[] keyExchange = client.KeyExchangeAndFinished();
            int keyExchangeRecord = 5 + ((keyExchange[3] << 8) | keyExchange[4]);
            engine.Feed(keyExchange, 0, keyExchangeRecord, 0);
            Assert.AreEqual(TlsState.ExpectChangeCipherSpec, engine.State);
            byte[] finished = new byte[] { 22, 3, 3, 0, 16, 20, 0, 0, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 };
            engine.Feed(finished, 0, finished.Length, 0);
            Assert.AreEqual(AlertDescription.UnexpectedMessage, engine.AlertSent);
            Assert.AreEqual(1, counters.Get(TlsCounter.FinishBeforeCCS));
        }

        [TestMethod]
        public void ChangeCipherSpecBeforeKeyExchangeIsUnexpectedMessage()
        {
            TlsServerEngine engine = new TlsServerEngine(Tls12Harness.Config(new TlsCounters()));
            Tls12Client client = new Tls12Client(TestServer.Key);
            byte[] hello = client.ClientHello();
            engine.Feed(hello, 0, hello.Length, 0);
            TestServer.Drain(engine);
            byte[] ccs = new byte[] { 20, 3, 3, 0, 1, 1 };
            engine.Feed(ccs, 0, ccs.Length, 0);
            Assert.AreEqual(AlertDescription.UnexpectedMessage, engine.AlertSent);
        }

        [TestMethod]
        public void WrongClientFinishedIsDecryptErrorAndCounted()
        {
            TlsCounters counters = new TlsCounters();
            TlsServerEngine engine = new TlsServerEngine(Tls12Harness.Config(counters));
            Tls12Client client = new Tls12Client(TestServer.Key);
            client.SpoilFinished = true;
            byte[] hello = client.ClientHello();
            engine.Feed(hello, 0, hello.Length, 0);
            client.ReadServerFlight(TestServer.Drain(engine));
            byte[] keyExchange = client.KeyExchangeAndFinished();
            engine.Feed(keyExchange, 0, keyExchange.Length, 0);
            Assert.IsTrue(engine.IsClosed);
            Assert.AreEqual(AlertDescription.DecryptError, engine.AlertSent);
            Assert.AreEqual(1, counters.Get(TlsCounter.HsHashFailTls));
            Assert.AreEqual(1, counters.Get(TlsCounter.HandshakeFail));
        }

        [TestMethod]
        public void OversizedProtectedRecordIsRecordOverflow()
        {
            Tls12Client client;
            TlsServerEngine engine = Connected(new TlsCounters(), out client);
            byte[] header = new byte[] { 23, 3, 3, 0x41, 0x01 };
            engine.Feed(header, 0, header.Length, 1);
            Assert.AreEqual(AlertDescription.RecordOverflow, engine.AlertSent);

            engine = Connected(new TlsCounters(), out client);
            byte[] big = client.SealRecord(ContentType.ApplicationData, new byte[TlsServerEngine.MaxPlaintext + 1]);
            engine.Feed(big, 0, big.Length, 1);
            Assert.AreEqual(AlertDescription.RecordOverflow, engine.AlertSent);
        }

        [TestMethod]
        public void LargeWritesAreSplitIntoFullRecordsTheClientOpens()
        {
            Tls12Client client;
            TlsServerEngine engine = Connected(new TlsCounters(), out client);
            byte[] data = new byte[TlsServerEngine.MaxPlaintext + 100];
            for (int i = 0; i < data.Length; i++)
            {
                data[i] = (byte)i;
            }

            Assert.AreEqual(data.Length, engine.WriteApplicationData(data, 0, data.Length));
            byte[] output = TestServer.Drain(engine);
            byte[] first = client.OpenRecord(output, 0);
            Assert.AreEqual(TlsServerEngine.MaxPlaintext, first.Length);
            Assert.AreEqual(0, (int)first[0]);
            byte[] second = client.OpenRecord(output, 5 + 8 + TlsServerEngine.MaxPlaintext + 16);
            Assert.AreEqual(100, second.Length);
            Assert.AreEqual((TlsServerEngine.MaxPlaintext + 5) & 0xFF, (int)second[5]);
        }

        [TestMethod]
        public void WarningAlertsAreToleratedUpToALimitAndCloseNotifyCloses()
        {
            Tls12Client client;
            TlsServerEngine engine = Connected(new TlsCounters(), out client);
            for (int i = 0; i < 4; i++)
            {
                byte[] warning = client.SealRecord(ContentType.Alert, new byte[] { 1, 100 });
                engine.Feed(warning, 0, warning.Length, 1);
                Assert.IsFalse(engine.IsClosed);
            }

            byte[] fifth = client.SealRecord(ContentType.Alert, new byte[] { 1, 100 });
            engine.Feed(fifth, 0, fifth.Length, 1);
            Assert.IsTrue(engine.IsClosed);

            engine = Connected(new TlsCounters(), out client);
            byte[] close = client.SealRecord(ContentType.Alert, new byte[] { 1, 0 });
            engine.Feed(close, 0, close.Length, 1);
            Assert.IsTrue(engine.IsClosed);
            Assert.Equal(new byte[] { 1, 0 }, client.OpenRecord(TestServer.Drain(engine), 0));
        }
    }
}
