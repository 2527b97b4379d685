using nanoFramework.TestFramework;

namespace Router.Tls.Tests
{
    /// <summary>
    /// TLS 1.2 session-ID resumption (RFC 5246 7.3) through the bounded <see cref="TlsSessionCache"/>: hit, miss,
    /// expiry, eviction (cacheFull), a suite the client no longer offers, and the extended master secret checks
    /// of RFC 7627 5.3.
    /// </summary>
    [TestClass]
    public class Tls12ResumptionTests
    {
        private const int TimeoutSeconds = 60;

        private static TlsServerConfig Config(TlsCounters counters, int maxSessions)
        {
            TlsServerConfig config = Tls12Harness.Config(counters, TestServer.Key, new EncoTlsEntropy());
            config.SessionCache = new TlsSessionCache(maxSessions, TimeoutSeconds, counters);
            return config;
        }

        /// <summary>A full handshake; returns the client, which knows the session ID and master secret.</summary>
        private static Tls12Client FullHandshake(TlsServerConfig config, bool extendedMasterSecret, long now)
        {
            TlsServerEngine engine = new TlsServerEngine(config);
            Tls12Client client = new Tls12Client(TestServer.Key);
            client.Hello.ExtendedMasterSecret = extendedMasterSecret;
            Assert.IsTrue(Tls12Harness.Handshake(engine, client, now));
            Assert.AreEqual(TlsSessionCache.TicketSize, client.SessionId.Length);
            Assert.IsFalse(engine.Resumed);
            engine.Dispose();
            return client;
        }

        private static Tls12Client Resuming(Tls12Client earlier)
        {
            Tls12Client client = new Tls12Client(TestServer.Key);
            client.Resume(earlier.SessionId, earlier.MasterSecret);
            return client;
        }

        [TestMethod]
        public void SessionIdResumesWithAnAbbreviatedHandshakeAgainAndAgain()
        {
            TlsCounters counters = new TlsCounters();
            TlsServerConfig config = Config(counters, 8);
            RecordingKeyLog log = new RecordingKeyLog();
            config.KeyLog = log;
            Tls12Client first = FullHandshake(config, true, 1000);
            Assert.AreEqual(1, config.SessionCache.Count);
            Assert.AreEqual(1, counters.Get(TlsCounter.SessionCreated));

            for (int round = 0; round < 3; round++)
            {
                TlsServerEngine engine = new TlsServerEngine(config);
                Tls12Client client = Resuming(first);
                Assert.IsTrue(Tls12Harness.Handshake(engine, client, 2000 + round));
                Assert.IsTrue(client.Abbreviated);
                Assert.IsTrue(engine.Resumed);
                Assert.AreEqual(first.Suite, engine.CipherSuite);
                Assert.Equal(first.SessionId, client.SessionId);
                Assert.IsTrue(Tls12Harness.Echo(engine, client, "resumed " + round));
                Assert.Equal(first.MasterSecret, log.LastSecret);
            }

            Assert.AreEqual(3, counters.Get(TlsCounter.ResumeRequest));
            Assert.AreEqual(3, counters.Get(TlsCounter.CacheHit));
            Assert.AreEqual(0, counters.Get(TlsCounter.CacheMiss));
            Assert.AreEqual(4, counters.Get(TlsCounter.OutChangeCS));
            Assert.AreEqual(4, counters.Get(TlsCounter.InChangeCS));
            Assert.AreEqual(1, counters.Get(TlsCounter.InClientKeyExchange));
            Assert.AreEqual(4, counters.Get(TlsCounter.HandshakeOK));

            // What show ssl sessions reads: the ID, the version, the suite, the times.
            byte[] id = new byte[TlsSessionCache.TicketSize];
            int version;
            int suite;
            long created;
            long expires;
            Assert.IsTrue(config.SessionCache.ReadEntry(first.SessionId[1], id, 0, out version, out suite, out created, out expires));
            Assert.Equal(first.SessionId, id);
            Assert.AreEqual(0x0303, version);
            Assert.AreEqual(first.Suite, suite);
            Assert.AreEqual(1000, (int)created);
            Assert.AreEqual(1000 + TimeoutSeconds * 1000, (int)expires);
        }

        [TestMethod]
        public void UnknownSessionIdIsAMissAndAFullHandshake()
        {
            TlsCounters counters = new TlsCounters();
            TlsServerConfig config = Config(counters, 8);
            Tls12Client first = FullHandshake(config, true, 0);
            byte[] forged = TestServer.Slice(first.SessionId, 0, first.SessionId.Length);
            forged[9] ^= 0x40;
            TlsServerEngine engine = new TlsServerEngine(config);
            Tls12Client client = Resuming(first);
            client.Hello.SessionId = forged;
            Assert.IsTrue(Tls12Harness.Handshake(engine, client, 10));
            Assert.IsFalse(client.Abbreviated);
            Assert.IsFalse(engine.Resumed);
            Assert.AreEqual(1, counters.Get(TlsCounter.CacheMiss));
            Assert.AreEqual(0, counters.Get(TlsCounter.CacheHit));
        }

        [TestMethod]
        public void ExpiredSessionIsAMiss()
        {
            TlsCounters counters = new TlsCounters();
            TlsServerConfig config = Config(counters, 8);
            Tls12Client first = FullHandshake(config, true, 0);
            TlsServerEngine engine = new TlsServerEngine(config);
            Tls12Client client = Resuming(first);
            Assert.IsTrue(Tls12Harness.Handshake(engine, client, TimeoutSeconds * 1000));
            Assert.IsFalse(engine.Resumed);
            Assert.AreEqual(1, counters.Get(TlsCounter.CacheMiss));
            Assert.AreEqual(1, counters.Get(TlsCounter.SessionDestroy));
        }

        [TestMethod]
        public void FullCacheEvictsTheOldestSessionAndCountsIt()
        {
            TlsCounters counters = new TlsCounters();
            TlsServerConfig config = Config(counters, 1);
            Tls12Client first = FullHandshake(config, true, 0);
            Tls12Client second = FullHandshake(config, true, 5);
            Assert.AreEqual(1, counters.Get(TlsCounter.CacheFull));
            Assert.AreEqual(1, config.SessionCache.Count);

            TlsServerEngine engine = new TlsServerEngine(config);
            Tls12Client client = Resuming(first);
            Assert.IsTrue(Tls12Harness.Handshake(engine, client, 10));
            Assert.IsFalse(engine.Resumed);

            engine = new TlsServerEngine(config);
            client = Resuming(second);
            Assert.IsTrue(Tls12Harness.Handshake(engine, client, 10));
            Assert.IsFalse(engine.Resumed);
        }

        [TestMethod]
        public void SuiteNoLongerOfferedMeansAFullHandshake()
        {
            TlsCounters counters = new TlsCounters();
            TlsServerConfig config = Config(counters, 8);
            Tls12Client first = FullHandshake(config, true, 0);
            TlsServerEngine engine = new TlsServerEngine(config);
            Tls12Client client = Resuming(first);
            client.Hello.Suites = new int[] { CipherSuite.EcdheEcdsaChaCha20Poly1305Sha256 };
            Assert.IsTrue(Tls12Harness.Handshake(engine, client, 10));
            Assert.IsFalse(engine.Resumed);
            Assert.AreEqual(CipherSuite.EcdheEcdsaChaCha20Poly1305Sha256, engine.CipherSuite);
            Assert.AreEqual(1, counters.Get(TlsCounter.ResumeDiffCipher));
        }

        [TestMethod]
        public void ExtendedSessionResumedWithoutTheExtensionIsHandshakeFailure()
        {
            TlsCounters counters = new TlsCounters();
            TlsServerConfig config = Config(counters, 8);
            Tls12Client first = FullHandshake(config, true, 0);
            TlsServerEngine engine = new TlsServerEngine(config);
            Tls12Client client = Resuming(first);
            client.Hello.ExtendedMasterSecret = false;
            byte[] hello = client.ClientHello();
            engine.Feed(hello, 0, hello.Length, 10);
            Assert.IsTrue(engine.IsClosed);
            Assert.AreEqual(AlertDescription.HandshakeFailure, engine.AlertSent);
        }

        [TestMethod]
        public void SessionWithoutExtendedMasterSecretIsNeverResumed()
        {
            TlsCounters counters = new TlsCounters();
            TlsServerConfig config = Config(counters, 8);
            Tls12Client first = FullHandshake(config, false, 0);
            for (int withExtension = 0; withExtension < 2; withExtension++)
            {
                TlsServerEngine engine = new TlsServerEngine(config);
                Tls12Client client = Resuming(first);
                client.Hello.ExtendedMasterSecret = withExtension == 1;
                Assert.IsTrue(Tls12Harness.Handshake(engine, client, 10));
                Assert.IsFalse(engine.Resumed);
                Assert.AreEqual(withExtension == 1, engine.ExtendedMasterSecret);
            }
        }

        [TestMethod]
        public void FailedHandshakeSessionIsNotResumable()
        {
            TlsCounters counters = new TlsCounters();
            TlsServerConfig config = Config(counters, 8);
            Tls12Client first = FullHandshake(config, true, 0);

            // A resumption whose Finished is forged ends with a fatal alert: the session goes (RFC 5246 7.2.2).
            TlsServerEngine engine = new TlsServerEngine(config);
            Tls12Client client = Resuming(first);
            byte[] hello = client.ClientHello();
            engine.Feed(hello, 0, hello.Length, 1);
            Assert.IsTrue(client.ReadServerFlight(TestServer.Drain(engine)));
            byte[] finished = client.ChangeCipherSpecAndFinished();
            finished[finished.Length - 1] ^= 1;
            engine.Feed(finished, 0, finished.Length, 1);
            Assert.AreEqual(AlertDescription.BadRecordMac, engine.AlertSent);
            Assert.AreEqual(0, config.SessionCache.Count);

            engine = new TlsServerEngine(config);
            Assert.IsTrue(Tls12Harness.Handshake(engine, Resuming(first), 2));
            Assert.IsFalse(engine.Resumed);
        }

        [TestMethod]
        public void TicketsAndSessionIdsDoNotMix()
        {
            TlsCounters counters = new TlsCounters();
            TlsServerConfig config = Config(counters, 8);
            Tls12Client first = FullHandshake(config, true, 0);
            byte[] psk = new byte[48];
            int suite;
            // A TLS 1.2 session ID offered as a TLS 1.3 ticket does not give its master secret as a PSK.
            Assert.AreEqual(0, config.SessionCache.Take(first.SessionId, 0, first.SessionId.Length, 1, psk, 0, out suite));
            Assert.AreEqual(1, config.SessionCache.Count);
        }
    }
}
