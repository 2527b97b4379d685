using nanoFramework.TestFramework;

namespace Router.Tls.Tests
{
    /// <summary>After a HelloRetryRequest the second ClientHello must be the first one but for what RFC 8446 4.1.2 lets change.</summary>
    [TestClass]
    public class HelloRetryConsistencyTests
    {
        private static TlsServerEngine Retried(HelloBuilder hello)
        {
            TlsServerEngine engine = new TlsServerEngine(TestServer.Config(new TlsCounters(), new EncoTlsEntropy()));
            hello.Groups = new int[] { NamedGroup.Secp256r1, NamedGroup.X25519 };
            hello.ShareGroup = 0x001E;
            hello.Share = new byte[56];
            byte[] first = hello.Record();
            engine.Feed(first, 0, first.Length, 0);
            Assert.AreEqual(TlsState.ExpectSecondClientHello, engine.State);
            TestServer.Drain(engine);
            return engine;
        }

        private static void AssertIllegal(TlsServerEngine engine, HelloBuilder hello)
        {
            byte[] second = hello.Record();
            engine.Feed(second, 0, second.Length, 0);
            Assert.IsTrue(engine.IsClosed);
            Assert.AreEqual(AlertDescription.IllegalParameter, engine.AlertSent);
        }

        [TestMethod]
        public void RetryAsksForTheServersFirstSupportedGroupAndTheSecondHelloCompletes()
        {
            HelloBuilder hello = new HelloBuilder();
            TlsServerEngine engine = Retried(hello);
            hello.ShareGroup = NamedGroup.X25519;
            hello.Share = Hex.Decode(HelloBuilder.Rfc8448ClientShare);
            byte[] second = hello.Record();
            engine.Feed(second, 0, second.Length, 0);
            Assert.AreEqual(TlsState.ExpectFinished, engine.State);
            Assert.AreEqual(NamedGroup.X25519, engine.Group);
        }

        [TestMethod]
        public void SecondHelloWithAnotherGroupsShareIsIllegalParameter()
        {
            HelloBuilder hello = new HelloBuilder();
            TlsServerEngine engine = Retried(hello);
            hello.ShareGroup = NamedGroup.Secp256r1;
            hello.Share = new byte[65];
            hello.Share[0] = 4;
            AssertIllegal(engine, hello);
        }

        [TestMethod]
        public void SecondHelloWithTwoSharesIsIllegalParameter()
        {
            HelloBuilder hello = new HelloBuilder();
            TlsServerEngine engine = Retried(hello);
            hello.FirstShareGroup = NamedGroup.Secp384r1;
            hello.FirstShareLength = 97;
            hello.ShareGroup = NamedGroup.X25519;
            hello.Share = Hex.Decode(HelloBuilder.Rfc8448ClientShare);
            AssertIllegal(engine, hello);
        }

        [TestMethod]
        public void SecondHelloWithAnotherRandomIsIllegalParameter()
        {
            HelloBuilder hello = new HelloBuilder();
            TlsServerEngine engine = Retried(hello);
            hello.ShareGroup = NamedGroup.X25519;
            hello.Share = Hex.Decode(HelloBuilder.Rfc8448ClientShare);
            hello.Random = new byte[32];
            AssertIllegal(engine, hello);
        }

        [TestMethod]
        public void SecondHelloWithOtherSuitesIsIllegalParameter()
        {
            HelloBuilder hello = new HelloBuilder();
            TlsServerEngine engine = Retried(hello);
            hello.ShareGroup = NamedGroup.X25519;
            hello.Share = Hex.Decode(HelloBuilder.Rfc8448ClientShare);
            hello.Suites = new int[] { CipherSuite.Aes128GcmSha256 };
            AssertIllegal(engine, hello);
        }

        [TestMethod]
        public void SecondHelloOfTls12IsIllegalParameter()
        {
            HelloBuilder hello = new HelloBuilder();
            TlsServerEngine engine = Retried(hello);
            hello.Versions = new int[] { 0x0303 };
            hello.ShareGroup = NamedGroup.X25519;
            hello.Share = Hex.Decode(HelloBuilder.Rfc8448ClientShare);
            AssertIllegal(engine, hello);
        }
    }
}
