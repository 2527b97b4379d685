using nanoFramework.TestFramework;

namespace Router.Tls.Tests
{
    /// <summary>What the server refuses, with which alert (RFC 8446 6.2), and what it counts.</summary>
    [TestClass]
    public class RefusalTests
    {
        private static TlsServerEngine Feed(TlsCounters counters, byte[] input)
        {
            TlsServerEngine engine = new TlsServerEngine(TestServer.Config(counters, new EncoTlsEntropy()));
            engine.Feed(input, 0, input.Length, 0);
            return engine;
        }

        private static void AssertPlaintextAlert(TlsServerEngine engine, int description)
        {
            Assert.IsTrue(engine.IsClosed);
            Assert.AreEqual(description, engine.AlertSent);
            Assert.Equal(new byte[] { 21, 3, 3, 0, 2, 2, (byte)description }, TestServer.Drain(engine));
        }

        [TestMethod]
        [DataRow(0x0300)]
        [DataRow(0x0301)]
        [DataRow(0x0302)]
        public void OlderThanTls12GetsProtocolVersionAndIsCounted(int version)
        {
            TlsCounters counters = new TlsCounters();
            HelloBuilder hello = HelloBuilder.Tls12();
            hello.LegacyVersion = version;
            hello.RecordVersion = version;
            AssertPlaintextAlert(Feed(counters, hello.Record()), AlertDescription.ProtocolVersion);
            Assert.AreEqual(1, counters.Get(TlsCounter.SslVersion));
            Assert.AreEqual(1, counters.AlertsSent(AlertDescription.ProtocolVersion));
        }

        [TestMethod]
        public void SupportedVersionsWithoutTls12Or13GetsProtocolVersion()
        {
            TlsCounters counters = new TlsCounters();
            HelloBuilder hello = HelloBuilder.Tls12();
            hello.Versions = new int[] { 0x0302, 0x0301 };
            AssertPlaintextAlert(Feed(counters, hello.Record()), AlertDescription.ProtocolVersion);
            Assert.AreEqual(1, counters.Get(TlsCounter.SslVersion));
        }

        [TestMethod]
        public void Sslv3HelloWithoutExtensionsGetsProtocolVersion()
        {
            HelloBuilder hello = new HelloBuilder();
            hello.WithExtensions = false;
            hello.LegacyVersion = 0x0300;
            hello.RecordVersion = 0x0300;
            AssertPlaintextAlert(Feed(new TlsCounters(), hello.Record()), AlertDescription.ProtocolVersion);
        }

        [TestMethod]
        public void Tls12HelloWithOnlyTls13SuitesIsHandshakeFailure()
        {
            TlsCounters counters = new TlsCounters();
            HelloBuilder hello = new HelloBuilder();
            hello.Versions = null;
            AssertPlaintextAlert(Feed(counters, hello.Record()), AlertDescription.HandshakeFailure);
            Assert.AreEqual(1, counters.Get(TlsCounter.NoCipherMatch));
            Assert.AreEqual(0, counters.Get(TlsCounter.SslVersion));
        }

        [TestMethod]
        public void FallbackScsvFromATls12ClientIsInappropriateFallback()
        {
            HelloBuilder hello = HelloBuilder.Tls12();
            hello.Suites = new int[] { CipherSuite.EcdheEcdsaAes128GcmSha256, CipherSuite.FallbackScsv };
            AssertPlaintextAlert(Feed(new TlsCounters(), hello.Record()), AlertDescription.InappropriateFallback);
        }

        [TestMethod]
        public void NonEmptyRenegotiationInfoOnAFirstHandshakeIsHandshakeFailure()
        {
            HelloBuilder hello = HelloBuilder.Tls12();
            hello.RenegotiationInfo = new byte[12];
            AssertPlaintextAlert(Feed(new TlsCounters(), hello.Record()), AlertDescription.HandshakeFailure);
        }

        [TestMethod]
        public void PointFormatsWithoutUncompressedIsIllegalParameter()
        {
            HelloBuilder hello = HelloBuilder.Tls12();
            hello.PointFormats = new byte[] { 1, 2 };
            AssertPlaintextAlert(Feed(new TlsCounters(), hello.Record()), AlertDescription.IllegalParameter);
        }

        [TestMethod]
        public void Tls12HelloWithoutSignatureAlgorithmsIsHandshakeFailure()
        {
            HelloBuilder hello = HelloBuilder.Tls12();
            hello.SignatureSchemes = null;
            AssertPlaintextAlert(Feed(new TlsCounters(), hello.Record()), AlertDescription.HandshakeFailure);
        }

        [TestMethod]
        public void SessionIdLongerThan32IsDecodeErrorAndCounted()
        {
            TlsCounters counters = new TlsCounters();
            HelloBuilder hello = HelloBuilder.Tls12();
            hello.SessionIdLength = 33;
            AssertPlaintextAlert(Feed(counters, hello.Record()), AlertDescription.DecodeError);
            Assert.AreEqual(1, counters.Get(TlsCounter.BadSessionIdLen));
        }

        [TestMethod]
        public void KeyShareWithoutSupportedGroupsIsMissingExtension()
        {
            HelloBuilder hello = new HelloBuilder();
            hello.Groups = null;
            AssertPlaintextAlert(Feed(new TlsCounters(), hello.Record()), AlertDescription.MissingExtension);
        }

        [TestMethod]
        public void SupportedGroupsWithoutKeyShareIsMissingExtension()
        {
            HelloBuilder hello = new HelloBuilder();
            hello.WithKeyShare = false;
            AssertPlaintextAlert(Feed(new TlsCounters(), hello.Record()), AlertDescription.MissingExtension);
        }

        [TestMethod]
        public void Sslv2HelloIsCountedAndRefused()
        {
            TlsCounters counters = new TlsCounters();
            byte[] v2 = new byte[] { 0x80, 0x2E, 0x01, 0x00, 0x02, 0x00, 0x15, 0x00, 0x00, 0x00, 0x10 };
            AssertPlaintextAlert(Feed(counters, v2), AlertDescription.ProtocolVersion);
            Assert.AreEqual(1, counters.Get(TlsCounter.InSSLv2ClientHello));
        }

        [TestMethod]
        public void OversizedPlaintextRecordIsRecordOverflow()
        {
            AssertPlaintextAlert(Feed(new TlsCounters(), new byte[] { 22, 3, 1, 0x40, 0x01 }), AlertDescription.RecordOverflow);
        }

        [TestMethod]
        public void ApplicationDataBeforeHandshakeIsUnexpectedMessage()
        {
            AssertPlaintextAlert(Feed(new TlsCounters(), new byte[] { 23, 3, 3, 0, 1, 0 }), AlertDescription.UnexpectedMessage);
        }

        [TestMethod]
        public void OtherHandshakeMessageFirstIsUnexpectedMessage()
        {
            AssertPlaintextAlert(Feed(new TlsCounters(), new byte[] { 22, 3, 3, 0, 5, 20, 0, 0, 1, 0 }), AlertDescription.UnexpectedMessage);
        }

        [TestMethod]
        public void NoCommonSuiteIsHandshakeFailure()
        {
            TlsCounters counters = new TlsCounters();
            HelloBuilder hello = new HelloBuilder();
            hello.Suites = new int[] { 0xC02F, 0x1304 };
            AssertPlaintextAlert(Feed(counters, hello.Record()), AlertDescription.HandshakeFailure);
            Assert.AreEqual(1, counters.Get(TlsCounter.NoCipherMatch));
        }

        [TestMethod]
        public void NoUsableSignatureSchemeIsHandshakeFailure()
        {
            HelloBuilder hello = new HelloBuilder();
            hello.SignatureSchemes = new int[] { 0x0401, 0x0503 };
            AssertPlaintextAlert(Feed(new TlsCounters(), hello.Record()), AlertDescription.HandshakeFailure);
        }

        [TestMethod]
        public void MissingKeyShareGroupSupportIsHandshakeFailureOrMissingExtension()
        {
            HelloBuilder hello = new HelloBuilder();
            hello.Groups = new int[] { 0x0019, 0x001E };
            hello.ShareGroup = 0x001E;
            hello.Share = new byte[56];
            AssertPlaintextAlert(Feed(new TlsCounters(), hello.Record()), AlertDescription.HandshakeFailure);
        }

        [TestMethod]
        public void WrongSizeShareIsIllegalParameter()
        {
            HelloBuilder hello = new HelloBuilder();
            hello.Share = new byte[31];
            TlsServerEngine engine = Feed(new TlsCounters(), hello.Record());
            Assert.IsTrue(engine.IsClosed);
            Assert.AreEqual(AlertDescription.IllegalParameter, engine.AlertSent);
        }

        [TestMethod]
        public void AlpnWithoutHttp11IsNoApplicationProtocol()
        {
            byte[] record = new HelloBuilder().Record();
            // Turn "http/1.1" into "http/1.2": the client then offers only h2 and an unknown protocol.
            for (int i = 0; i + 8 <= record.Length; i++)
            {
                if (record[i] == (byte)'h' && record[i + 5] == (byte)'1' && record[i + 7] == (byte)'1')
                {
                    record[i + 7] = (byte)'2';
                }
            }

            AssertPlaintextAlert(Feed(new TlsCounters(), record), AlertDescription.NoApplicationProtocol);
        }

        [TestMethod]
        public void HandshakePastItsDeadlineCloses()
        {
            TlsServerEngine engine = new TlsServerEngine(TestServer.Config(new TlsCounters(), new EncoTlsEntropy()));
            byte[] partial = new byte[] { 22, 3, 1 };
            engine.Feed(partial, 0, partial.Length, 1000);
            Assert.AreEqual(11000, (int)engine.NextDeadline);
            engine.Tick(10999);
            Assert.IsFalse(engine.IsClosed);
            engine.Tick(11000);
            Assert.IsTrue(engine.IsClosed);
        }
    }
}
