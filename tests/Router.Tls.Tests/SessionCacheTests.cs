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
    }
}
