using nanoFramework.TestFramework;
using Router.Tls.Client;

namespace Router.Tls.Tests
{
    /// <summary>
    /// The client with RFC 8448 section 3's client random and x25519 key: its ClientHello carries the RFC's random
    /// and key share, and against the server engine holding the RFC's server random and key it reaches the RFC's
    /// (EC)DHE secret (the ServerHello's share is the RFC's, and the handshake completes). The rest of the RFC's
    /// trace depends on its exact ClientHello extensions, which this client does not send byte for byte.
    /// </summary>
    [TestClass]
    public class ClientRfc8448Tests
    {
        private static int IndexOf(byte[] haystack, byte[] needle)
        {
            for (int i = 0; i + needle.Length <= haystack.Length; i++)
            {
                int k = 0;
                while (k < needle.Length && haystack[i + k] == needle[k])
                {
                    k++;
                }

                if (k == needle.Length)
                {
                    return i;
                }
            }

            return -1;
        }

        [TestMethod]
        public void HelloCarriesTheRfcRandomAndKeyShare()
        {
            ClientTestKeyLog log = new ClientTestKeyLog();
            TlsClientConfig config = ClientTestPair.NewClientConfig(new TlsCounters(),
                new FixedEntropy(Hex.Decode(ClientFuzzTests.ClientRandom), Hex.Decode(ClientFuzzTests.ClientPrivateKey)),
                new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der));
            config.KeyShares = new int[] { NamedGroup.X25519 };
            config.KeyLog = log;
            TlsClientEngine client = new TlsClientEngine(config);
            client.Start(0);
            byte[] hello = ClientTestPair.Drain(client);

            byte[] rfcHello = Hex.Decode(Rfc8448.ClientHello);
            Assert.Equal(new byte[] { 22, 3, 1 }, TestServer.Slice(hello, 0, 3));
            Assert.Equal(TestServer.Slice(rfcHello, 6, 32), TestServer.Slice(hello, 11, 32));
            // key_share: x25519 (0x001d), 32 bytes, the RFC's client public key.
            byte[] share = TestServer.Slice(rfcHello, IndexOf(rfcHello, new byte[] { 0x00, 0x1d, 0x00, 0x20 }), 36);
            Assert.IsTrue(IndexOf(hello, share) > 0);

            TlsServerEngine server = new TlsServerEngine(ClientTestCertificate.Ecdsa.ServerConfig(new TlsCounters(), FixedEntropy.ForRfc8448()));
            server.Feed(hello, 0, hello.Length, 0);
            byte[] flight = TestServer.Drain(server);
            // The RFC's ServerHello key_share (server random and x25519 key are the RFC's).
            byte[] rfcServerHello = Hex.Decode(Rfc8448.ServerHello);
            byte[] serverShare = TestServer.Slice(rfcServerHello, IndexOf(rfcServerHello, new byte[] { 0x00, 0x1d, 0x00, 0x20 }), 36);
            Assert.IsTrue(IndexOf(flight, serverShare) > 0);
            client.Feed(flight, 0, flight.Length, 0);
            Assert.IsTrue(client.IsHandshakeComplete, "alert " + client.AlertSent);
        }
    }
}
