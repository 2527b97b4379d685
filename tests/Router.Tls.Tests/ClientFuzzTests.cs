using nanoFramework.TestFramework;
using Router.Tls.Client;

namespace Router.Tls.Tests
{
    /// <summary>
    /// A server flight recorded once (client and server randoms and x25519 keys fixed, so every fresh client with
    /// the same entropy accepts it), then truncated at every offset, flipped at every offset on the wire, and
    /// flipped at every offset of every protected message under valid record protection (re-encrypted with the
    /// logged handshake secret). The client never throws, never falls back to internal_error, and ends waiting,
    /// connected, or closed with an alert.
    /// </summary>
    [TestClass]
    public class ClientFuzzTests
    {
        /// <summary>RFC 8448 section 3's client x25519 private key; its public key is the one in the RFC's ClientHello.</summary>
        public const string ClientPrivateKey = "49af42ba7f7994852d713ef2784bcbcaa7911de26adc5642cb634540e7ea5005";
        public const string ClientRandom = "cb34ecb1e78163ba1c38c6dacb196a6dffa21a8d9912ec18a2ef6283024dece7";

        private static byte[] _flight;
        private static byte[] _secret;
        private static int _suite;

        internal static TlsClientEngine NewClient(ClientTestKeyLog log)
        {
            TlsClientConfig config = ClientTestPair.NewClientConfig(new TlsCounters(),
                new FixedEntropy(Hex.Decode(ClientRandom), Hex.Decode(ClientPrivateKey)), new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der));
            config.KeyShares = new int[] { NamedGroup.X25519 };
            config.KeyLog = log;
            TlsClientEngine client = new TlsClientEngine(config);
            client.Start(0);
            ClientTestPair.Drain(client);
            return client;
        }

        /// <summary>The recorded flight (ServerHello, change_cipher_spec, the four protected messages).</summary>
        private static byte[] Flight()
        {
            if (_flight == null)
            {
                ClientTestKeyLog log = new ClientTestKeyLog();
                TlsClientConfig config = ClientTestPair.NewClientConfig(new TlsCounters(),
                    new FixedEntropy(Hex.Decode(ClientRandom), Hex.Decode(ClientPrivateKey)), new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der));
                config.KeyShares = new int[] { NamedGroup.X25519 };
                config.KeyLog = log;
                TlsClientEngine client = new TlsClientEngine(config);
                client.Start(0);
                byte[] hello = ClientTestPair.Drain(client);
                TlsServerEngine server = new TlsServerEngine(ClientTestCertificate.Ecdsa.ServerConfig(new TlsCounters(), FixedEntropy.ForRfc8448()));
                server.Feed(hello, 0, hello.Length, 0);
                _flight = TestServer.Drain(server);
                _suite = server.CipherSuite;
                client.Feed(_flight, 0, _flight.Length, 0);
                Assert.IsTrue(client.IsHandshakeComplete, "alert " + client.AlertSent);
                _secret = log.ServerHandshakeSecret;
            }

            return _flight;
        }

        private static int HelloRecordLength(byte[] flight)
        {
            return 5 + ((flight[3] << 8) | flight[4]);
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
        public void RecordedFlightCompletesAFreshClient()
        {
            byte[] flight = Flight();
            TlsClientEngine client = NewClient(null);
            Assert.AreEqual(flight.Length, client.Feed(flight, 0, flight.Length, 0));
            Assert.IsTrue(client.IsHandshakeComplete);
        }

        [TestMethod]
        public void TruncatedFlightWaitsForMore()
        {
            byte[] flight = Flight();
            for (int cut = 0; cut < flight.Length; cut++)
            {
                TlsClientEngine client = NewClient(null);
                client.Feed(flight, 0, cut, 0);
                Assert.IsFalse(client.IsClosed, "cut " + cut);
                Assert.IsFalse(client.IsHandshakeComplete, "cut " + cut);
                Assert.AreEqual(0, client.PendingOutput, "cut " + cut);
            }
        }

        [TestMethod]
        public void FlightFedByteByByteCompletes()
        {
            byte[] flight = Flight();
            TlsClientEngine client = NewClient(null);
            for (int i = 0; i < flight.Length; i++)
            {
                client.Feed(flight, i, 1, 0);
            }

            Assert.IsTrue(client.IsHandshakeComplete);
        }

        [TestMethod]
        public void EveryBitFlipOfTheServerHelloEndsCleanly()
        {
            byte[] flight = Flight();
            int helloEnd = HelloRecordLength(flight);
            for (int at = 0; at < helloEnd; at++)
            {
                for (int bit = 0; bit < 8; bit++)
                {
                    byte[] changed = TestServer.Slice(flight, 0, flight.Length);
                    changed[at] = (byte)(changed[at] ^ (1 << bit));
                    TlsClientEngine client = NewClient(null);
                    client.Feed(changed, 0, changed.Length, 0);
                    AssertCleanOutcome(client, "byte " + at + " bit " + bit);
                    // Only the record's legacy version and the random's unused bits may change without notice.
                    if (client.IsHandshakeComplete)
                    {
                        Assert.IsTrue(at == 1 || at == 2, "byte " + at + " bit " + bit);
                    }
                }
            }
        }

        [TestMethod]
        public void FlipAnywhereInTheProtectedRecordsFails()
        {
            byte[] flight = Flight();
            int helloEnd = HelloRecordLength(flight);
            // The compatibility change_cipher_spec after the ServerHello is not protected (its version bytes are
            // ignored): the flips start after it.
            int start = flight[helloEnd] == ContentType.ChangeCipherSpec ? helloEnd + 6 : helloEnd;
            Assert.IsTrue(start > helloEnd);
            for (int at = start; at < flight.Length; at++)
            {
                byte[] changed = TestServer.Slice(flight, 0, flight.Length);
                changed[at] = (byte)(changed[at] ^ (1 << (at % 8)));
                TlsClientEngine client = NewClient(null);
                client.Feed(changed, 0, changed.Length, 0);
                AssertCleanOutcome(client, "byte " + at);
                Assert.IsFalse(client.IsHandshakeComplete, "byte " + at);
            }
        }

        [TestMethod]
        public void EveryFlipOfEveryProtectedMessageEndsCleanly()
        {
            byte[] flight = Flight();
            int helloEnd = HelloRecordLength(flight);
            byte[] hello = TestServer.Slice(flight, 0, helloEnd);
            ClientFlightRewriter rewriter = new ClientFlightRewriter(TestServer.Slice(flight, helloEnd, flight.Length - helloEnd), _suite, _secret);
            int runs = 0;
            for (int record = 0; record < rewriter.Records; record++)
            {
                byte[] inner = rewriter.Inner(record);
                if (inner == null)
                {
                    continue;
                }

                for (int at = 0; at < inner.Length; at++)
                {
                    for (int m = 0; m < 2; m++)
                    {
                        int mask = m == 0 ? 1 << (at % 8) : 0xFF;
                        byte[] rest = rewriter.Flip(record, at, mask);
                        TlsClientEngine client = NewClient(null);
                        client.Feed(hello, 0, hello.Length, 0);
                        client.Feed(rest, 0, rest.Length, 0);
                        AssertCleanOutcome(client, "record " + record + " byte " + at + " mask " + mask);
                        runs++;
                    }
                }
            }

            Assert.IsTrue(runs > 400);
        }

        [TestMethod]
        public void TruncatedProtectedMessagesEndCleanly()
        {
            byte[] flight = Flight();
            int helloEnd = HelloRecordLength(flight);
            byte[] hello = TestServer.Slice(flight, 0, helloEnd);
            ClientFlightRewriter rewriter = new ClientFlightRewriter(TestServer.Slice(flight, helloEnd, flight.Length - helloEnd), _suite, _secret);
            for (int record = 0; record < rewriter.Records; record++)
            {
                byte[] inner = rewriter.Inner(record);
                if (inner == null)
                {
                    continue;
                }

                for (int cut = 1; cut < inner.Length - 1; cut++)
                {
                    // The message cut short, its handshake length shrunk to match when the header is whole.
                    byte[] shortened = new byte[cut + 1];
                    System.Array.Copy(inner, 0, shortened, 0, cut);
                    shortened[cut] = ContentType.Handshake;
                    if (cut >= 4)
                    {
                        shortened[1] = (byte)((cut - 4) >> 16);
                        shortened[2] = (byte)((cut - 4) >> 8);
                        shortened[3] = (byte)(cut - 4);
                    }

                    byte[] rest = rewriter.Replace(record, shortened);
                    TlsClientEngine client = NewClient(null);
                    client.Feed(hello, 0, hello.Length, 0);
                    client.Feed(rest, 0, rest.Length, 0);
                    AssertCleanOutcome(client, "record " + record + " cut " + cut);
                    Assert.IsFalse(client.IsHandshakeComplete, "record " + record + " cut " + cut);
                }
            }
        }

        private static TlsClientEngine NewClientWithoutShares()
        {
            TlsClientConfig config = ClientTestPair.NewClientConfig(new TlsCounters(),
                new FixedEntropy(Hex.Decode(ClientRandom), Hex.Decode(ClientPrivateKey)), new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der));
            config.KeyShares = new int[0];
            return new TlsClientEngine(config);
        }

        [TestMethod]
        public void EveryBitFlipOfAHelloRetryRequestEndsCleanly()
        {
            TlsClientEngine client = NewClientWithoutShares();
            client.Start(0);
            byte[] hello = ClientTestPair.Drain(client);
            TlsServerEngine server = new TlsServerEngine(ClientTestCertificate.Ecdsa.ServerConfig(new TlsCounters(), FixedEntropy.ForRfc8448()));
            server.Feed(hello, 0, hello.Length, 0);
            byte[] retry = TestServer.Drain(server);
            client.Feed(retry, 0, retry.Length, 0);
            Assert.AreEqual(TlsClientState.ExpectSecondServerHello, client.State);
            Assert.IsTrue(client.NeededHelloRetry);

            for (int at = 0; at < retry.Length; at++)
            {
                for (int bit = 0; bit < 8; bit++)
                {
                    byte[] changed = TestServer.Slice(retry, 0, retry.Length);
                    changed[at] = (byte)(changed[at] ^ (1 << bit));
                    TlsClientEngine fresh = NewClientWithoutShares();
                    fresh.Start(0);
                    ClientTestPair.Drain(fresh);
                    fresh.Feed(changed, 0, changed.Length, 0);
                    AssertCleanOutcome(fresh, "byte " + at + " bit " + bit);
                }
            }

            for (int cut = 0; cut < retry.Length; cut++)
            {
                TlsClientEngine fresh = NewClientWithoutShares();
                fresh.Start(0);
                ClientTestPair.Drain(fresh);
                fresh.Feed(retry, 0, cut, 0);
                Assert.IsFalse(fresh.IsClosed, "cut " + cut);
            }
        }
    }
}
