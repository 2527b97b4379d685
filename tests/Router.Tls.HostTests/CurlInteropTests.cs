using Xunit;

namespace Router.Tls.HostTests
{
    /// <summary>`curl -k https://127.0.0.1:PORT/` gets the harness's fixed HTTP response over the engine (TLS 1.3, and TLS 1.2 with --tls-max 1.2).</summary>
    public class CurlInteropTests
    {
        [Theory]
        [InlineData("ecdsa", "")]
        [InlineData("rsa", "")]
        [InlineData("ecdsa", "--tls-max 1.2 ")]
        [InlineData("rsa", "--tls-max 1.2 ")]
        public void CurlGetsTheFixedResponse(string key, string options)
        {
            TestCertificate certificate = key == "rsa" ? TestCertificate.Rsa : TestCertificate.Ecdsa;
            using (TlsSocketHarness server = new TlsSocketHarness(certificate, true))
            {
                PeerProcess.Result peer = PeerProcess.Run("curl",
                    "-k -sS " + options + "--noproxy '*' --max-time 15 https://127.0.0.1:" + server.Port + "/", null, 20000);
                TlsSocketHarness.Connection connection = server.Next(10000);

                Assert.Equal(0, peer.ExitCode);
                Assert.Equal(TlsSocketHarness.HttpBody, peer.Output);
                Assert.NotNull(connection);
                Assert.True(connection.HandshakeComplete);
                Assert.Equal("http/1.1", connection.Alpn);
                Assert.Equal(options.Length == 0 ? 0x0304 : 0x0303, connection.Version);
            }
        }
    }
}
