using nanoFramework.TestFramework;

namespace Router.Tls.Tests
{
    /// <summary>The resumption cache: bounded, O(1) by ticket, single-use, expiring, counted.</summary>
    [TestClass]
    public class SessionCacheTests
    {
        private static readonly byte[] Psk = Hex.Decode("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

        private static TlsSessionCache NewCache(int max, TlsCounters counters)
        {
            return new TlsSessionCache(max, 60, counters);
        }

        [TestMethod]
        public void StoredSessionIsFoundOnceByItsTicket()
        {
            TlsCounters counters = new TlsCounters();
            TlsSessionCache cache = NewCache(4, counters);
            byte[] ticket = new byte[TlsSessionCache.TicketSize];
            cache.Store(CipherSuite.Aes128GcmSha256, Psk, 0, Psk.Length, 1000, ticket, 0, new EncoTlsEntropy());
            Assert.AreEqual(1, cache.Count);

            byte[] psk = new byte[48];
            int suite;
            Assert.AreEqual(32, cache.Take(ticket, 0, ticket.Length, 2000, psk, 0, out suite));
            Assert.AreEqual(CipherSuite.Aes128GcmSha256, suite);
            Assert.Equal(Psk, TestServer.Slice(psk, 0, 32));
            Assert.AreEqual(0, cache.Take(ticket, 0, ticket.Length, 2000, psk, 0, out suite));
            Assert.AreEqual(1, counters.Get(TlsCounter.CacheHit));
            Assert.AreEqual(1, counters.Get(TlsCounter.CacheMiss));
            Assert.AreEqual(0, cache.Count);
        }

        [TestMethod]
        public void ExpiredForgedAndShortTicketsMiss()
        {
            TlsSessionCache cache = NewCache(4, new TlsCounters());
            byte[] ticket = new byte[TlsSessionCache.TicketSize];
            byte[] psk = new byte[48];
            int suite;
            cache.Store(CipherSuite.Aes128GcmSha256, Psk, 0, Psk.Length, 0, ticket, 0, new EncoTlsEntropy());

            byte[] forged = TestServer.Slice(ticket, 0, ticket.Length);
            forged[15] ^= 1;
            Assert.AreEqual(0, cache.Take(forged, 0, forged.Length, 1, psk, 0, out suite));
            Assert.AreEqual(0, cache.Take(ticket, 0, 15, 1, psk, 0, out suite));
            forged[0] = 0xFF;
            Assert.AreEqual(0, cache.Take(forged, 0, forged.Length, 1, psk, 0, out suite));
            Assert.AreEqual(0, cache.Take(ticket, 0, ticket.Length, 60000, psk, 0, out suite));
        }

        [TestMethod]
        public void FullCacheEvictsTheOldestAndCountsIt()
        {
            TlsCounters counters = new TlsCounters();
            TlsSessionCache cache = NewCache(2, counters);
            byte[] first = new byte[TlsSessionCache.TicketSize];
            byte[] ticket = new byte[TlsSessionCache.TicketSize];
            EncoTlsEntropy entropy = new EncoTlsEntropy();
            cache.Store(CipherSuite.Aes128GcmSha256, Psk, 0, 32, 0, first, 0, entropy);
            cache.Store(CipherSuite.Aes128GcmSha256, Psk, 0, 32, 0, ticket, 0, entropy);
            cache.Store(CipherSuite.Aes128GcmSha256, Psk, 0, 32, 0, ticket, 0, entropy);
            Assert.AreEqual(2, cache.Count);
            Assert.AreEqual(2, cache.Peak);
            Assert.AreEqual(1, counters.Get(TlsCounter.CacheFull));

            byte[] psk = new byte[48];
            int suite;
            Assert.AreEqual(0, cache.Take(first, 0, first.Length, 1, psk, 0, out suite));
            Assert.AreEqual(32, cache.Take(ticket, 0, ticket.Length, 1, psk, 0, out suite));
        }

        [TestMethod]
        public void Tls12SessionIsPendingUntilCompletedThenResumableUntilInvalidated()
        {
            TlsCounters counters = new TlsCounters();
            TlsSessionCache cache = NewCache(4, counters);
            byte[] id = new byte[TlsSessionCache.TicketSize];
            byte[] master = new byte[48];
            for (int i = 0; i < master.Length; i++)
            {
                master[i] = (byte)(0xA0 + i);
            }

            cache.ReserveSessionId(100, id, 0, new EncoTlsEntropy());
            byte[] found = new byte[48];
            int suite;
            bool extended;
            Assert.AreEqual(0, cache.Find(id, 0, id.Length, 200, found, 0, out suite, out extended));
            Assert.AreEqual(0, cache.Count);

            cache.CompleteSession(id, 0, CipherSuite.EcdheRsaAes256GcmSha384, master, 0, 48, true, 300);
            Assert.AreEqual(1, cache.Count);
            for (int round = 0; round < 2; round++)
            {
                Assert.AreEqual(48, cache.Find(id, 0, id.Length, 400, found, 0, out suite, out extended));
                Assert.Equal(master, found);
                Assert.AreEqual(CipherSuite.EcdheRsaAes256GcmSha384, suite);
                Assert.IsTrue(extended);
            }

            byte[] listed = new byte[TlsSessionCache.TicketSize];
            int version;
            long created;
            long expires;
            int slot = (id[0] << 8) | id[1];
            Assert.IsTrue(cache.ReadEntry(slot, listed, 0, out version, out suite, out created, out expires));
            Assert.Equal(id, listed);
            Assert.AreEqual(0x0303, version);
            Assert.AreEqual(300, (int)created);
            Assert.AreEqual(60300, (int)expires);

            cache.Invalidate(id, 0, id.Length);
            Assert.AreEqual(0, cache.Find(id, 0, id.Length, 500, found, 0, out suite, out extended));
            Assert.IsFalse(cache.ReadEntry(slot, listed, 0, out version, out suite, out created, out expires));
            Assert.AreEqual(0, cache.Count);
            Assert.AreEqual(1, counters.Get(TlsCounter.SessionDestroy));
        }

        [TestMethod]
        public void TicketEntriesReadAsTls13()
        {
            TlsSessionCache cache = NewCache(2, new TlsCounters());
            byte[] ticket = new byte[TlsSessionCache.TicketSize];
            cache.Store(CipherSuite.Aes256GcmSha384, Psk, 0, 32, 7, ticket, 0, new EncoTlsEntropy());
            byte[] listed = new byte[TlsSessionCache.TicketSize];
            int version;
            int suite;
            long created;
            long expires;
            Assert.IsTrue(cache.ReadEntry((ticket[0] << 8) | ticket[1], listed, 0, out version, out suite, out created, out expires));
            Assert.AreEqual(0x0304, version);
            Assert.AreEqual(CipherSuite.Aes256GcmSha384, suite);
            Assert.Equal(ticket, listed);
            Assert.AreEqual(7, (int)created);

            // A ticket is not a TLS 1.2 session ID.
            byte[] found = new byte[48];
            bool extended;
            Assert.AreEqual(0, cache.Find(ticket, 0, ticket.Length, 8, found, 0, out suite, out extended));
        }
    }
}
