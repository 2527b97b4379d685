using System;
using nanoFramework.TestFramework;

namespace Router.Tls.Tests
{
    /// <summary>
    /// Truncated, bit-flipped and random input at every offset of a real ClientHello (RFC 8448's) and of protected
    /// records: the engine never throws, never falls back to internal_error, and ends either waiting for more
    /// (nothing sent) or in an alert.
    /// </summary>
    [TestClass]
    public class FuzzTests
    {
        private static TlsServerEngine NewEngine()
        {
            return TestServer.Rfc8448Engine(new TlsCounters());
        }

        /// <summary>The invariant: closed with a (non-internal) alert, waiting silently, or a handshake that went on.</summary>
        private static void AssertCleanOutcome(TlsServerEngine engine)
        {
            if (engine.IsClosed)
            {
                Assert.AreNotEqual(AlertDescription.None, engine.AlertSent);
                Assert.AreNotEqual(AlertDescription.InternalError, engine.AlertSent);
            }
            else if (engine.State == TlsState.ExpectClientHello)
            {
                Assert.AreEqual(0, engine.PendingOutput);
            }
        }

        [TestMethod]
        public void TruncatedRecordWaitsForMore()
        {
            byte[] record = Rfc8448.ClientHelloRecord();
            for (int cut = 0; cut < record.Length; cut++)
            {
                TlsServerEngine engine = NewEngine();
                engine.Feed(record, 0, cut, 0);
                Assert.IsFalse(engine.IsClosed);
                Assert.AreEqual(0, engine.PendingOutput);
            }
        }

        [TestMethod]
        public void TruncatedHelloInACompleteRecordWaitsOrAlerts()
        {
            byte[] record = Rfc8448.ClientHelloRecord();
            for (int cut = 1; cut < record.Length - 5; cut++)
            {
                byte[] shortened = TestServer.Slice(record, 0, 5 + cut);
                shortened[3] = (byte)(cut >> 8);
                shortened[4] = (byte)cut;
                TlsServerEngine engine = NewEngine();
                engine.Feed(shortened, 0, shortened.Length, 0);
                AssertCleanOutcome(engine);

                // The same body with the handshake length shrunk to match: a complete but truncated message.
                if (cut > 4)
                {
                    int bodyLength = cut - 4;
                    shortened[6] = (byte)(bodyLength >> 16);
                    shortened[7] = (byte)(bodyLength >> 8);
                    shortened[8] = (byte)bodyLength;
                    engine = NewEngine();
                    engine.Feed(shortened, 0, shortened.Length, 0);
                    AssertCleanOutcome(engine);
                    Assert.IsTrue(engine.IsClosed || engine.State != TlsState.ExpectClientHello);
                }
            }
        }

        [TestMethod]
        public void EveryBitFlipOfTheHelloEndsCleanly()
        {
            byte[] record = Rfc8448.ClientHelloRecord();
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
        public void RandomBytesAtEveryOffsetEndCleanly()
        {
            Random random = new Random(8446);
            byte[] record = Rfc8448.ClientHelloRecord();
            for (int at = 0; at < record.Length; at++)
            {
                byte[] mangled = TestServer.Slice(record, 0, record.Length);
                int count = 1 + random.Next(8);
                for (int i = at; i < at + count && i < mangled.Length; i++)
                {
                    mangled[i] = (byte)random.Next(256);
                }

                TlsServerEngine engine = NewEngine();
                engine.Feed(mangled, 0, mangled.Length, 0);
                AssertCleanOutcome(engine);
            }
        }

        [TestMethod]
        public void RandomRecordsEndCleanly()
        {
            Random random = new Random(8448);
            for (int round = 0; round < 300; round++)
            {
                byte[] junk = new byte[3 + random.Next(600)];
                random.NextBytes(junk);
                if ((round & 1) == 0)
                {
                    junk[0] = (byte)(20 + random.Next(4));
                    junk[1] = 3;
                    junk[2] = (byte)random.Next(4);
                }

                TlsServerEngine engine = NewEngine();
                engine.Feed(junk, 0, junk.Length, 0);
                AssertCleanOutcome(engine);
            }
        }

        [TestMethod]
        public void BitFlippedProtectedRecordsAreBadRecordMac()
        {
            for (int at = 0; at < 30; at++)
            {
                TlsServerEngine engine = TestServer.Rfc8448Engine(new TlsCounters());
                Rfc8448Client client = new Rfc8448Client();
                byte[] hello = client.Hello();
                engine.Feed(hello, 0, hello.Length, 0);
                client.ReadServerFlight(TestServer.Drain(engine));
                byte[] finished = client.Finished(false);
                engine.Feed(finished, 0, finished.Length, 0);
                byte[] data = client.Seal(ContentType.ApplicationData, Hex.Ascii("hello, router"), 3);

                byte[] flipped = TestServer.Slice(data, 0, data.Length);
                flipped[at] ^= 0x10;
                engine.Feed(flipped, 0, flipped.Length, 0);
                if (at < 3)
                {
                    // The type or version byte: the header is the AEAD's additional data, or the type is refused.
                    Assert.IsTrue(engine.IsClosed);
                }
                else if (at < 5)
                {
                    // The length: a longer record waits for more, a shorter one fails to open.
                    Assert.IsTrue(engine.IsClosed ? engine.AlertSent != AlertDescription.InternalError : engine.PendingOutput == 0);
                }
                else
                {
                    Assert.IsTrue(engine.IsClosed);
                    Assert.AreEqual(AlertDescription.BadRecordMac, engine.AlertSent);
                }
            }
        }

        [TestMethod]
        public void AllZeroInnerPlaintextIsUnexpectedMessage()
        {
            TlsServerEngine engine = TestServer.Rfc8448Engine(new TlsCounters());
            Rfc8448Client client = new Rfc8448Client();
            byte[] hello = client.Hello();
            engine.Feed(hello, 0, hello.Length, 0);
            client.ReadServerFlight(TestServer.Drain(engine));
            byte[] finished = client.Finished(false);
            engine.Feed(finished, 0, finished.Length, 0);

            byte[] padding = client.Seal(0, new byte[0], 20);
            engine.Feed(padding, 0, padding.Length, 0);
            Assert.AreEqual(AlertDescription.UnexpectedMessage, engine.AlertSent);
        }
    }
}
