using Xunit;

namespace Router.Tls.HostTests
{
    /// <summary>`curl -k https://127.0.0.1:PORT/` gets the harness's fixed HTTP response over the engine.</summary>
    public class CurlInteropTests
    {
        [Theory]
        [InlineData("ecdsa")]
        [InlineData("rsa")]
        public void CurlGetsTheFixedResponse(string key)
        {
            TestCertificate certificate = key == "rsa" ? TestCertificate.Rsa : TestCertificate.Ecdsa;
            using (TlsSocketHarness server = new TlsSocketHarness(certificate, true))
            {
                PeerProcess.Result peer = PeerProcess.Run("curl",
                    "-k -sS --noproxy '*' --max-time 15 https://127.0.0.1:" + server.Port + "/", null, 20000);
                TlsSocketHarness.Connection connection = server.Next(10000);

                Assert.Equal(0, peer.ExitCode);
                Assert.Equal(TlsSocketHarness.HttpBody, peer.Output);
                Assert.NotNull(connection);
                Assert.True(connection.HandshakeComplete);
                Assert.Equal("http/1.1", connection.Alpn);
            }
        }
    }
}
