using System.Text.RegularExpressions;
using Xunit;

namespace Router.Tls.HostTests
{
    /// <summary>
    /// `openssl s_client -tls1_2` against the engine on 127.0.0.1: every TLS 1.2 suite with each group, with an
    /// ECDSA P-256 / P-384 and an RSA-2048 certificate, a line out and back; `-reconnect` resumes the session ID
    /// ("Reused, TLSv1.2"); `-sigalgs RSA+SHA256` gets rsa_pkcs1_sha256; TLS 1.1 and 1.0 are refused with
    /// protocol_version.
    /// </summary>
    public class Tls12InteropTests
    {
        private const int PeerTimeoutMs = 20000;

        /// <summary>
        /// Key, suite and the groups s_client offers: TLS 1.2 clients such as OpenSSL take an ECDSA certificate only on
        /// a curve they list (RFC 8422 5.1), so the P-256 key goes with X25519 (first, so the server's choice) and
        /// P-256, and a P-384 key covers P-384.
        /// </summary>
        public static TheoryData<string, string, string> Combinations()
        {
            TheoryData<string, string, string> data = new TheoryData<string, string, string>();
            string[] ecdsa = { "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384", "ECDHE-ECDSA-CHACHA20-POLY1305" };
            string[] rsa = { "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-CHACHA20-POLY1305" };
            foreach (string suite in ecdsa)
            {
                data.Add("ecdsa", suite, "X25519:P-256");
                data.Add("ecdsa", suite, "P-256");
                data.Add("ecdsa384", suite, "P-384");
            }

            foreach (string suite in rsa)
            {
                data.Add("rsa", suite, "X25519");
                data.Add("rsa", suite, "P-256");
                data.Add("rsa", suite, "P-384");
            }

            return data;
        }

        private static TestCertificate Certificate(string key)
        {
            return key == "rsa" ? TestCertificate.Rsa : (key == "ecdsa384" ? TestCertificate.EcdsaP384 : TestCertificate.Ecdsa);
        }

        private static int Group(string groups)
        {
            return groups.StartsWith("X25519") ? NamedGroup.X25519 : (groups == "P-256" ? NamedGroup.Secp256r1 : NamedGroup.Secp384r1);
        }

        [Theory]
        [MemberData(nameof(Combinations))]
        public void SClientEchoesALine(string key, string suite, string group)
        {
            using (TlsSocketHarness server = new TlsSocketHarness(Certificate(key), false))
            {
                string line = "hello " + suite + " " + group;
                PeerProcess.Result peer = PeerProcess.Run("openssl",
                    "s_client -connect 127.0.0.1:" + server.Port + " -tls1_2 -cipher " + suite + " -groups " + group
                    + " -servername router.test -alpn http/1.1 -brief -ign_eof",
                    line + "\n", PeerTimeoutMs);
                TlsSocketHarness.Connection connection = server.Next(10000);

                Assert.False(peer.TimedOut, peer.ToString());
                Assert.NotNull(connection);
                Assert.Null(connection.Failure);
                Assert.True(connection.HandshakeComplete, peer.ToString());
                Assert.Contains(line, peer.Output);
                Assert.Contains("Protocol version: TLSv1.2", peer.Error + peer.Output);
                Assert.Contains("Ciphersuite: " + suite, peer.Error + peer.Output);
                Assert.Equal(0x0303, connection.Version);
                Assert.Equal(Group(group), connection.Group);
                Assert.True(CipherSuite.IsTls12(connection.CipherSuite));
                Assert.Equal("router.test", connection.ServerName);
                Assert.Equal("http/1.1", connection.Alpn);
                Assert.True(connection.ExtendedMasterSecret);
                Assert.Equal(1, server.Counters.Get(TlsCounter.HandshakeOK));
                Assert.Equal(1, server.Counters.Get(TlsCounter.InClientKeyExchange));
                if (key == "rsa")
                {
                    // OpenSSL lists rsa_pss_rsae_sha256 among its TLS 1.2 signature algorithms: the server's first choice.
                    Assert.Equal(SignatureScheme.RsaPssRsaeSha256, connection.SignatureScheme);
                }
                else
                {
                    Assert.Equal(key == "ecdsa" ? SignatureScheme.EcdsaSecp256r1Sha256 : SignatureScheme.EcdsaSecp384r1Sha384, connection.SignatureScheme);
                }
            }
        }

        [Theory]
        [InlineData("ecdsa")]
        [InlineData("rsa")]
        public void ReconnectResumesTheSessionId(string key)
        {
            using (TlsSocketHarness server = new TlsSocketHarness(Certificate(key), false, true))
            {
                PeerProcess.Result peer = PeerProcess.Run("openssl",
                    "s_client -connect 127.0.0.1:" + server.Port + " -tls1_2 -reconnect -ign_eof", "again\n", PeerTimeoutMs);
                Assert.False(peer.TimedOut, peer.ToString());
                int reused = Regex.Matches(peer.Output, "Reused, TLSv1.2").Count;
                Assert.True(reused >= 5, peer.ToString());
                Assert.Contains("again", peer.Output);
                Assert.Equal(1, server.Counters.Get(TlsCounter.SessionCreated));
                Assert.Equal(1, server.Counters.Get(TlsCounter.InClientKeyExchange));
                Assert.Equal(reused, server.Counters.Get(TlsCounter.CacheHit));
                Assert.True(server.Counters.Get(TlsCounter.HandshakeOK) >= 6);
                TlsSocketHarness.Connection connection = server.Next(10000);
                Assert.NotNull(connection);
                Assert.Equal(0x0303, connection.Version);
            }
        }

        [Fact]
        public void Pkcs1SignatureWhenTheClientAsksOnlyForIt()
        {
            using (TlsSocketHarness server = new TlsSocketHarness(TestCertificate.Rsa, false))
            {
                PeerProcess.Result peer = PeerProcess.Run("openssl",
                    "s_client -connect 127.0.0.1:" + server.Port + " -tls1_2 -sigalgs rsa_pkcs1_sha256 -brief -ign_eof", "pkcs1\n", PeerTimeoutMs);
                TlsSocketHarness.Connection connection = server.Next(10000);
                Assert.NotNull(connection);
                Assert.True(connection.HandshakeComplete, peer.ToString());
                Assert.Contains("pkcs1", peer.Output);
                Assert.Contains("Signature type: RSA\n", peer.Error + peer.Output);
                Assert.Contains("Hash used: SHA256", peer.Error + peer.Output);
                Assert.Equal(SignatureScheme.RsaPkcs1Sha256, connection.SignatureScheme);
            }
        }

        [Theory]
        [InlineData("-tls1_1")]
        [InlineData("-tls1")]
        public void OlderVersionsAreRefusedWithProtocolVersion(string version)
        {
            using (TlsSocketHarness server = new TlsSocketHarness(TestCertificate.Ecdsa, false))
            {
                PeerProcess.Result peer = PeerProcess.Run("openssl",
                    "s_client -connect 127.0.0.1:" + server.Port + " " + version + " -cipher DEFAULT@SECLEVEL=0 -brief", "", PeerTimeoutMs);
                TlsSocketHarness.Connection connection = server.Next(10000);

                Assert.NotEqual(0, peer.ExitCode);
                Assert.Contains("protocol version", peer.Error + peer.Output);
                Assert.NotNull(connection);
                Assert.False(connection.HandshakeComplete);
                Assert.Equal(AlertDescription.ProtocolVersion, connection.AlertSent);
                Assert.Equal(1, server.Counters.Get(TlsCounter.SslVersion));
            }
        }
    }
}
