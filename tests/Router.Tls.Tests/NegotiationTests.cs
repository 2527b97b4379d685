using nanoFramework.TestFramework;

namespace Router.Tls.Tests
{
    /// <summary>Suite, group, ALPN and SNI choices, HelloRetryRequest, GREASE and byte-at-a-time input.</summary>
    [TestClass]
    public class NegotiationTests
    {
        private static TlsServerEngine NewEngine(TlsCounters counters)
        {
            return new TlsServerEngine(TestServer.Config(counters, new EncoTlsEntropy()));
        }

        [TestMethod]
        public void ServerPreferenceAndGreaseAreHonoured()
        {
            TlsServerEngine engine = NewEngine(new TlsCounters());
            byte[] record = new HelloBuilder().Record();
            engine.Feed(record, 0, record.Length, 0);
            Assert.AreEqual(TlsState.ExpectFinished, engine.State);
            Assert.AreEqual(CipherSuite.Aes128GcmSha256, engine.CipherSuite);
            Assert.AreEqual(NamedGroup.X25519, engine.Group);
            Assert.AreEqual("router.example", engine.ServerName);
            Assert.AreEqual("http/1.1", engine.ApplicationProtocol);
        }

        [TestMethod]
        public void ChromiumLikeHelloWithAHybridShareFirstPicksX25519()
        {
            TlsServerEngine engine = NewEngine(new TlsCounters());
            HelloBuilder hello = new HelloBuilder();
            hello.FirstShareGroup = 0x11EC;
            hello.FirstShareLength = 1216;
            hello.ServerName = null;
            hello.Suites = new int[] { 0x3A3A, 0x1301, 0x1302, 0x1303, 0xC02B, 0xC02F, 0xC02C, 0xC030, 0xCCA9, 0xCCA8, 0xC013, 0xC014, 0x009C, 0x009D, 0x002F, 0x0035 };
            hello.SignatureSchemes = new int[] { 0x0904, 0x0905, 0x0906, 0x0403, 0x0804, 0x0401, 0x0503, 0x0805, 0x0501, 0x0806, 0x0601 };
            byte[] record = hello.Record();
            Assert.IsTrue(record.Length > 1400);

            // Split across two TCP reads in the middle of the hybrid share.
            engine.Feed(record, 0, 700, 0);
            Assert.AreEqual(0, engine.PendingOutput);
            engine.Feed(record, 700, record.Length - 700, 0);
            Assert.AreEqual(TlsState.ExpectFinished, engine.State);
            Assert.AreEqual(NamedGroup.X25519, engine.Group);
            Assert.AreEqual(CipherSuite.Aes128GcmSha256, engine.CipherSuite);
            Assert.IsNull(engine.ServerName);
        }

        [TestMethod]
        public void ByteAtATimeGivesTheSameState()
        {
            TlsServerEngine engine = NewEngine(new TlsCounters());
            byte[] record = new HelloBuilder().Record();
            for (int i = 0; i < record.Length; i++)
            {
                Assert.AreEqual(1, engine.Feed(record, i, 1, i));
            }

            Assert.AreEqual(TlsState.ExpectFinished, engine.State);
            Assert.IsTrue(engine.PendingOutput > 0);
        }

        [TestMethod]
        public void HelloWithoutUsableShareGetsHelloRetryRequest()
        {
            TlsCounters counters = new TlsCounters();
            TlsServerEngine engine = NewEngine(counters);
            HelloBuilder hello = new HelloBuilder();
            hello.Groups = new int[] { NamedGroup.Secp256r1 };
            hello.ShareGroup = 0;
            byte[] first = hello.Record();
            engine.Feed(first, 0, first.Length, 0);
            Assert.AreEqual(TlsState.ExpectSecondClientHello, engine.State);
            byte[] retry = TestServer.Drain(engine);
            // ServerHello with the HelloRetryRequest random, then the compatibility change_cipher_spec.
            Assert.AreEqual(0xCF, (int)retry[11]);
            Assert.AreEqual(0x9C, (int)retry[42]);
            Assert.Equal(new byte[] { 20, 3, 3, 0, 1, 1 }, TestServer.Slice(retry, retry.Length - 6, 6));
            Assert.Equal(new byte[] { 0, 51, 0, 2, 0, 0x17 }, TestServer.Slice(retry, retry.Length - 12, 6));
            Assert.AreEqual(1, counters.Get(TlsCounter.OutHelloRetryRequest));

            byte[] ccs = new byte[] { 20, 3, 3, 0, 1, 1 };
            engine.Feed(ccs, 0, ccs.Length, 0);
            hello.ShareGroup = NamedGroup.Secp256r1;
            hello.Share = P256Share();
            byte[] second = hello.Record();
            engine.Feed(second, 0, second.Length, 0);
            Assert.AreEqual(TlsState.ExpectFinished, engine.State);
            Assert.AreEqual(NamedGroup.Secp256r1, engine.Group);
            Assert.IsTrue(engine.NeededHelloRetry);
        }

        [TestMethod]
        public void SecondHelloStillWithoutShareIsIllegalParameter()
        {
            TlsServerEngine engine = NewEngine(new TlsCounters());
            HelloBuilder hello = new HelloBuilder();
            hello.ShareGroup = 0;
            byte[] first = hello.Record();
            engine.Feed(first, 0, first.Length, 0);
            TestServer.Drain(engine);
            engine.Feed(first, 0, first.Length, 0);
            Assert.IsTrue(engine.IsClosed);
            Assert.AreEqual(AlertDescription.IllegalParameter, engine.AlertSent);
        }

        private static byte[] P256Share()
        {
            Router.Enco.EncoKey key = Router.Enco.EncoKey.Generate(Router.Enco.EncoKeyType.EcP256, 0);
            byte[] share = new byte[65];
            key.ExportPublic(Router.Enco.EncoKeyFormat.PublicRaw, share, 0);
            key.Dispose();
            return share;
        }
    }
}
