using nanoFramework.TestFramework;
using Router.Tls.Client;

namespace Router.Tls.Tests
{
    /// <summary>
    /// The TLS 1.2 server flights recorded once with fixed randoms and keys (ServerHello..ServerHelloDone, then
    /// ChangeCipherSpec and Finished), truncated at every offset and flipped at every bit of the first flight
    /// (all of it plaintext: every TLS 1.2 parser sees hostile bytes) and at every byte of the second. The client
    /// never throws, never falls back to internal_error, and ends waiting, connected, or closed with an alert.
    /// </summary>
    [TestClass]
    public class ClientTls12FuzzTests
    {
        private static byte[] _first;
        private static byte[] _second;

        private static TlsClientEngine NewClient()
        {
            TlsClientConfig config = ClientTestPair.NewClientConfig(new TlsCounters(),
                new FixedEntropy(Hex.Decode(ClientFuzzTests.ClientRandom), Hex.Decode(ClientFuzzTests.ClientPrivateKey)),
                new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der));
            config.OfferTls13 = false;
            TlsClientEngine client = new TlsClientEngine(config);
            client.Start(0);
            ClientTestPair.Drain(client);
            return client;
        }

        private static void Record()
        {
            if (_first != null)
            {
                return;
            }

            TlsClientConfig config = ClientTestPair.NewClientConfig(new TlsCounters(),
                new FixedEntropy(Hex.Decode(ClientFuzzTests.ClientRandom), Hex.Decode(ClientFuzzTests.ClientPrivateKey)),
                new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der));
            config.OfferTls13 = false;
            TlsClientEngine client = new TlsClientEngine(config);
            client.Start(0);
            byte[] hello = ClientTestPair.Drain(client);
            TlsServerEngine server = new TlsServerEngine(ClientTestCertificate.Ecdsa.ServerConfig(new TlsCounters(), FixedEntropy.ForRfc8448()));
            server.Feed(hello, 0, hello.Length, 0);
            _first = TestServer.Drain(server);
            client.Feed(_first, 0, _first.Length, 0);
            byte[] answer = ClientTestPair.Drain(client);
            server.Feed(answer, 0, answer.Length, 0);
            _second = TestServer.Drain(server);
            client.Feed(_second, 0, _second.Length, 0);
            Assert.IsTrue(client.IsHandshakeComplete, "alert " + client.AlertSent + " server alert " + server.AlertSent);
        }

        private static void AssertCleanOutcome(TlsClientEngine client, string what)
        {
            if (client.IsClosed)
            {
                Assert.AreNotEqual(AlertDescription.None, client.AlertSent, what);
                Assert.AreNotEqual(AlertDescription.InternalError, client.AlertSent, what);
            }
        }

        [TestMethod]
        public void RecordedFlightsCompleteAFreshClient()
        {
            Record();
            TlsClientEngine client = NewClient();
            client.Feed(_first, 0, _first.Length, 0);
            Assert.AreEqual(TlsClientState.Tls12ExpectChangeCipherSpec, client.State);
            client.Feed(_second, 0, _second.Length, 0);
            Assert.IsTrue(client.IsHandshakeComplete);
            Assert.AreEqual(0x0303, client.Version);
        }

        [TestMethod]
        public void TruncatedFlightsWaitForMore()
        {
            Record();
            for (int cut = 0; cut < _first.Length; cut++)
            {
                TlsClientEngine client = NewClient();
                client.Feed(_first, 0, cut, 0);
                Assert.IsFalse(client.IsClosed, "first cut " + cut);
                Assert.AreEqual(0, client.PendingOutput, "first cut " + cut);
            }

            for (int cut = 0; cut < _second.Length; cut++)
            {
                TlsClientEngine client = NewClient();
                client.Feed(_first, 0, _first.Length, 0);
                client.Feed(_second, 0, cut, 0);
                Assert.IsFalse(client.IsClosed, "second cut " + cut);
                Assert.IsFalse(client.IsHandshakeComplete, "second cut " + cut);
            }
        }

        [TestMethod]
        public void EveryBitFlipOfTheFirstFlightEndsCleanly()
        {
            Record();
            for (int at = 0; at < _first.Length; at++)
            {
                for (int bit = 0; bit < 8; bit++)
                {
                    byte[] changed = TestServer.Slice(_first, 0, _first.Length);
                    changed[at] = (byte)(changed[at] ^ (1 << bit));
                    TlsClientEngine client = NewClient();
                    client.Feed(changed, 0, changed.Length, 0);
                    AssertCleanOutcome(client, "byte " + at + " bit " + bit);
                    if (!client.IsClosed && client.State == TlsClientState.Tls12ExpectChangeCipherSpec)
                    {
                        // A change the client could not see (a record's legacy version) must still be caught by Finished.
                        client.Feed(_second, 0, _second.Length, 0);
                        AssertCleanOutcome(client, "byte " + at + " bit " + bit + " then second flight");
                        Assert.AreEqual(IsRecordVersionByte(_first, at, int.MaxValue), client.IsHandshakeComplete, "byte " + at + " bit " + bit);
                    }
                }
            }
        }

        [TestMethod]
        public void EveryByteFlipOfTheSecondFlightEndsCleanly()
        {
            Record();
            for (int at = 0; at < _second.Length; at++)
            {
                byte[] changed = TestServer.Slice(_second, 0, _second.Length);
                changed[at] = (byte)(changed[at] ^ (1 << (at % 8)));
                TlsClientEngine client = NewClient();
                client.Feed(_first, 0, _first.Length, 0);
                client.Feed(changed, 0, changed.Length, 0);
                AssertCleanOutcome(client, "byte " + at);
                // The record version is not authenticated: the additional data carries the negotiated 0x0303 (RFC 5246
                // 6.2.3.3), so only a changed legacy_record_version goes unnoticed.
                Assert.AreEqual(IsRecordVersionByte(_second, at, int.MaxValue), client.IsHandshakeComplete, "byte " + at);
            }
        }

        /// <summary>
        /// True when <paramref name="at"/> is byte 1 or 2 (legacy_record_version, ignored) of one of the first
        /// <paramref name="plaintextRecords"/> records of the flight.
        /// </summary>
        private static bool IsRecordVersionByte(byte[] flight, int at, int plaintextRecords)
        {
            int start = 0;
            for (int record = 0; record < plaintextRecords && start + 5 <= flight.Length; record++)
            {
                if (at == start + 1 || at == start + 2)
                {
                    return true;
                }

                start += 5 + ((flight[start + 3] << 8) | flight[start + 4]);
            }

            return false;
        }
    }
}
