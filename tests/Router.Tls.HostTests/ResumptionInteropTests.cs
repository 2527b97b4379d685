using System;
using System.IO;
using Xunit;

namespace Router.Tls.HostTests
{
    /// <summary>
    /// TLS 1.3 resumption with `openssl s_client`: the first connection saves the session (-sess_out) after reading
    /// the echo, so it has read the NewSessionTicket; the second (-sess_in) resumes it ("Reused"). `-reconnect`
    /// cannot show it for TLS 1.3: s_client reconnects before it reads the ticket (also against openssl s_server).
    /// </summary>
    public class ResumptionInteropTests
    {
        [Theory]
        [InlineData("TLS_AES_128_GCM_SHA256")]
        [InlineData("TLS_AES_256_GCM_SHA384")]
        public void SecondConnectionResumesWithTheTicket(string suite)
        {
            string session = Path.Combine(Path.GetTempPath(), "router-tls-session-" + Guid.NewGuid().ToString("N") + ".pem");
            try
            {
                using (TlsSocketHarness server = new TlsSocketHarness(TestCertificate.Ecdsa, false, true))
                {
                    string connect = "s_client -connect 127.0.0.1:" + server.Port + " -tls1_3 -ciphersuites " + suite + " -ign_eof ";
                    PeerProcess.Result first = PeerProcess.Run("openssl", connect + "-sess_out " + session, "first\n", 20000);
                    TlsSocketHarness.Connection one = server.Next(10000);
                    Assert.Contains("first", first.Output);
                    Assert.NotNull(one);
                    Assert.False(one.Resumed);

                    PeerProcess.Result second = PeerProcess.Run("openssl", connect + "-sess_in " + session, "second\n", 20000);
                    TlsSocketHarness.Connection two = server.Next(10000);
                    Assert.Contains("Reused, TLSv1.3", second.Output);
                    Assert.Contains("second", second.Output);
                    Assert.NotNull(two);
                    Assert.True(two.Resumed);
                    Assert.Equal(1, server.Counters.Get(TlsCounter.CacheHit));
                    Assert.Equal(2, server.Counters.Get(TlsCounter.SessionCreated));
                }
            }
            finally
            {
                File.Delete(session);
            }
        }
    }
}
