using Xunit;

namespace Router.Tls.HostTests
{
    /// <summary>
    /// `openssl s_client` against the engine on 127.0.0.1: every suite with each group, with an ECDSA P-256 and an
    /// RSA-2048 certificate; a line goes out and comes back. TLS 1.2 and older clients are in Tls12InteropTests.
    /// </summary>
    public class OpensslInteropTests
    {
        private const int PeerTimeoutMs = 20000;

        public static TheoryData<string, string, string> Combinations()
        {
            TheoryData<string, string, string> data = new TheoryData<string, string, string>();
            string[] suites = { "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256" };
            string[] groups = { "x25519", "P-256" };
            string[] keys = { "ecdsa", "rsa" };
            foreach (string key in keys)
            {
                foreach (string suite in suites)
                {
                    foreach (string group in groups)
                    {
                        data.Add(key, suite, group);
                    }
                }
            }

            return data;
        }

        private static TestCertificate Certificate(string key)
        {
            return key == "rsa" ? TestCertificate.Rsa : TestCertificate.Ecdsa;
        }

        [Theory]
        [MemberData(nameof(Combinations))]
        public void SClientEchoesALine(string key, string suite, string group)
        {
            using (TlsSocketHarness server = new TlsSocketHarness(Certificate(key), false))
            {
                string line = "hello " + suite + " " + group;
                PeerProcess.Result peer = PeerProcess.Run("openssl",
                    "s_client -connect 127.0.0.1:" + server.Port + " -tls1_3 -ciphersuites " + suite + " -groups " + group
                    + " -servername router.test -alpn http/1.1 -brief -ign_eof",
                    line + "\n", PeerTimeoutMs);
                TlsSocketHarness.Connection connection = server.Next(10000);

                Assert.False(peer.TimedOut, peer.ToString());
                Assert.NotNull(connection);
                Assert.Null(connection.Failure);
                Assert.True(connection.HandshakeComplete, peer.ToString());
                Assert.Contains(line, peer.Output);
                Assert.Contains("TLSv1.3", peer.Error + peer.Output);
                Assert.Contains(suite, peer.Error + peer.Output);
                Assert.Equal(CipherSuite.Name(connection.CipherSuite), suite);
                Assert.Equal(group == "x25519" ? NamedGroup.X25519 : NamedGroup.Secp256r1, connection.Group);
                Assert.Equal("router.test", connection.ServerName);
                Assert.Equal("http/1.1", connection.Alpn);
                Assert.Equal(1, server.Counters.Get(TlsCounter.HandshakeOK));
            }
        }

        [Fact]
        public void UnsupportedFirstShareGetsHelloRetryRequest()
        {
            using (TlsSocketHarness server = new TlsSocketHarness(TestCertificate.Ecdsa, false))
            {
                PeerProcess.Result peer = PeerProcess.Run("openssl",
                    "s_client -connect 127.0.0.1:" + server.Port + " -tls1_3 -groups X448:P-256 -brief -ign_eof",
                    "retry\n", PeerTimeoutMs);
                TlsSocketHarness.Connection connection = server.Next(10000);

                Assert.NotNull(connection);
                Assert.True(connection.HandshakeComplete, peer.ToString());
                Assert.True(connection.Retried);
                Assert.Equal(NamedGroup.Secp256r1, connection.Group);
                Assert.Contains("retry", peer.Output);
                Assert.Equal(1, server.Counters.Get(TlsCounter.OutHelloRetryRequest));
            }
        }
    }
}
