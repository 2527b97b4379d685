using nanoFramework.TestFramework;

namespace Router.Tls.Tests
{
    /// <summary>The key log hook (NSS key log labels): TLS 1.3 handshake traffic secrets are RFC 8448's; none without a writer.</summary>
    [TestClass]
    public class KeyLogTests
    {
        private sealed class AllSecrets : ITlsKeyLog
        {
            public string Labels = "";
            public byte[][] Secrets = new byte[4][];
            public byte[] ClientRandom;
            private int _count;

            public void Write(string label, byte[] clientRandom, int clientRandomOffset, byte[] secret, int secretOffset, int secretLength)
            {
                Labels += label + " ";
                if (_count < Secrets.Length)
                {
                    Secrets[_count++] = TestServer.Slice(secret, secretOffset, secretLength);
                }

                ClientRandom = TestServer.Slice(clientRandom, clientRandomOffset, 32);
            }
        }

        [TestMethod]
        public void Tls13SecretsAreTheRfc8448Ones()
        {
            TlsServerConfig config = TestServer.Config(new TlsCounters(), FixedEntropy.ForRfc8448());
            AllSecrets log = new AllSecrets();
            config.KeyLog = log;
            TlsServerEngine engine = new TlsServerEngine(config);
            byte[] hello = Rfc8448.ClientHelloRecord();
            engine.Feed(hello, 0, hello.Length, 0);
            Assert.AreEqual("CLIENT_HANDSHAKE_TRAFFIC_SECRET SERVER_HANDSHAKE_TRAFFIC_SECRET CLIENT_TRAFFIC_SECRET_0 SERVER_TRAFFIC_SECRET_0 ", log.Labels);
            Assert.Equal(Hex.Decode(Rfc8448.ClientHandshakeTraffic), log.Secrets[0]);
            Assert.Equal(Hex.Decode(Rfc8448.ServerHandshakeTraffic), log.Secrets[1]);
            // The application secrets cover our Certificate and CertificateVerify, not the RFC's: only their size is known.
            Assert.AreEqual(32, log.Secrets[2].Length);
            Assert.AreEqual(32, log.Secrets[3].Length);
            Assert.Equal(TestServer.Slice(hello, 11, 32), log.ClientRandom);
        }

        [TestMethod]
        public void ThrowingWriterDoesNotBreakTheHandshake()
        {
            TlsServerConfig config = TestServer.Config(new TlsCounters(), FixedEntropy.ForRfc8448());
            config.KeyLog = new Throwing();
            TlsServerEngine engine = new TlsServerEngine(config);
            Rfc8448Client client = new Rfc8448Client();
            byte[] hello = client.Hello();
            engine.Feed(hello, 0, hello.Length, 0);
            Assert.IsTrue(client.ReadServerFlight(TestServer.Drain(engine)));
            byte[] finished = client.Finished(false);
            engine.Feed(finished, 0, finished.Length, 0);
            Assert.IsTrue(engine.IsHandshakeComplete);
        }

        private sealed class Throwing : ITlsKeyLog
        {
            public void Write(string label, byte[] clientRandom, int clientRandomOffset, byte[] secret, int secretOffset, int secretLength)
            {
                throw new System.InvalidOperationException("log full");
            }
        }
    }
}
