using System;
using nanoFramework.TestFramework;

namespace Router.Tls.Tests
{
    /// <summary>
    /// Truncated and bit-flipped TLS 1.2 handshake messages at every offset: the ClientHello, and the client's
    /// ClientKeyExchange + ChangeCipherSpec + Finished flight. The engine never throws, never falls back to
    /// internal_error, and ends waiting silently, in an alert, or (when the flip hit nothing checked) connected.
    /// </summary>
    [TestClass]
    public class Tls12FuzzTests
    {
        private static void AssertCleanOutcome(TlsServerEngine engine)
        {
            if (engine.IsClosed)
            {
                Assert.AreNotEqual(AlertDescription.None, engine.AlertSent);
                Assert.AreNotEqual(AlertDescription.InternalError, engine.AlertSent);
            }
        }

        private static TlsServerEngine NewEngine()
        {
            return new TlsServerEngine(Tls12Harness.Config(new TlsCounters()));
        }

        [TestMethod]
        public void EveryBitFlipOfTheTls12HelloEndsCleanly()
        {
            byte[] record = HelloBuilder.Tls12().Record();
            for (int at = 0; at < record.Length; at++)
            {
                for (int bit = 0; bit < 8; bit++)
                {
                    byte[] flipped = TestServer.Slice(record, 0, record.Length);
                    flipped[at] ^= (byte)(1 << bit);
                    TlsServerEngine engine = NewEngine();
                    engine.Feed(flipped, 0, flipped.Length, 0);
                    AssertCleanOutcome(engine);
                }
            }
        }

        [TestMethod]
        public void TruncatedTls12HelloEndsCleanly()
        {
            byte[] record = HelloBuilder.Tls12().Record();
            for (int cut = 1; cut < record.Length - 9; cut++)
            {
                // A complete record and handshake header around a body cut short.
                byte[] shortened = TestServer.Slice(record, 0, 9 + cut);
                shortened[3] = (byte)((4 + cut) >> 8);
                shortened[4] = (byte)(4 + cut);
                shortened[6] = 0;
                shortened[7] = (byte)(cut >> 8);
                shortened[8] = (byte)cut;
                TlsServerEngine engine = NewEngine();
                engine.Feed(shortened, 0, shortened.Length, 0);
                Assert.IsTrue(engine.IsClosed || engine.State == TlsState.ExpectClientKeyExchange);
                AssertCleanOutcome(engine);
            }
        }

        /// <summary>The client's second flight against a fresh engine that got the same hello (fixed entropy: same keys).</summary>
        private static byte[] SecondFlight()
        {
            TlsServerEngine engine = NewEngine();
            Tls12Client client = new Tls12Client(TestServer.Key);
            byte[] hello = client.ClientHello();
            engine.Feed(hello, 0, hello.Length, 0);
            Assert.IsTrue(client.ReadServerFlight(TestServer.Drain(engine)));
            byte[] flight = client.KeyExchangeAndFinished();
            engine.Feed(flight, 0, flight.Length, 0);
            Assert.IsTrue(engine.IsHandshakeComplete);
            return flight;
        }

        private static TlsServerEngine AfterHello()
        {
            TlsServerEngine engine = NewEngine();
            byte[] hello = new Tls12Client(TestServer.Key).ClientHello();
            engine.Feed(hello, 0, hello.Length, 0);
            TestServer.Drain(engine);
            return engine;
        }

        [TestMethod]
        public void EveryBitFlipOfKeyExchangeAndFinishedEndsCleanly()
        {
            byte[] flight = SecondFlight();
            for (int at = 0; at < flight.Length; at++)
            {
                for (int bit = 0; bit < 8; bit++)
                {
                    byte[] flipped = TestServer.Slice(flight, 0, flight.Length);
                    flipped[at] ^= (byte)(1 << bit);
                    TlsServerEngine engine = AfterHello();
                    engine.Feed(flipped, 0, flipped.Length, 0);
                    AssertCleanOutcome(engine);

                    // Only a flip in a byte nothing authenticates could leave the handshake intact; none exists here.
                    Assert.IsFalse(engine.IsHandshakeComplete);
                }
            }
        }

        [TestMethod]
        public void TruncatedKeyExchangeAndFinishedWaitsOrAlerts()
        {
            byte[] flight = SecondFlight();
            for (int cut = 0; cut < flight.Length; cut++)
            {
                TlsServerEngine engine = AfterHello();
                engine.Feed(flight, 0, cut, 0);
                AssertCleanOutcome(engine);
                Assert.IsFalse(engine.IsHandshakeComplete);
                Assert.IsFalse(engine.IsClosed);
                Assert.AreEqual(0, engine.PendingOutput);
            }
        }

        [TestMethod]
        public void RandomBytesInPlaceOfTheSecondFlightEndCleanly()
        {
            Random random = new Random(5246);
            byte[] flight = SecondFlight();
            for (int at = 0; at < flight.Length; at++)
            {
                byte[] mangled = TestServer.Slice(flight, 0, flight.Length);
                int count = 1 + random.Next(6);
                for (int i = at; i < at + count && i < mangled.Length; i++)
                {
                    mangled[i] = (byte)random.Next(256);
                }

                TlsServerEngine engine = AfterHello();
                engine.Feed(mangled, 0, mangled.Length, 0);
                AssertCleanOutcome(engine);
            }
        }
    }
}
