using System;
using System.IO;
using Xunit;

namespace Router.Tls.HostTests
{
    /// <summary>
    /// TLS 1.3 resumption with `openssl s_client`: the first connection saves the session (-sess_out) after reading
    /// the echo, so it has read the NewSessionTicket; the second (-sess_in) resumes it ("Reused"). With `-reconnect`
    /// s_client reconnects as soon as its handshake is done: with `-nbio` (its handshake then ends in SSL_read, which
    /// goes on reading what is already there) it resumes only because the server sends the ticket with its flight
    /// (RFC 8446 4.6.1), before the client's Finished; against `openssl s_server`, which sends it after, the same
    /// command shows "New" six times. Blocking s_client finishes in SSL_write and never reads a TLS 1.3 ticket.
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
        [Theory]
        [InlineData("TLS_AES_128_GCM_SHA256")]
        [InlineData("TLS_AES_256_GCM_SHA384")]
        public void ReconnectResumesBecauseTheTicketComesWithTheFlight(string suite)
        {
            using (TlsSocketHarness server = new TlsSocketHarness(TestCertificate.Ecdsa, false, true))
            {
                PeerProcess.Result result = PeerProcess.Run("openssl", "s_client -connect 127.0.0.1:" + server.Port
                    + " -tls1_3 -ciphersuites " + suite + " -reconnect -nbio", "bye\n", 30000);
                // s_client reconnects five times. Whether its handshake ends in SSL_read (which then reads the ticket) or in
                // SSL_write depends on which of its select() branches runs first, so a busy machine may see a full
                // handshake among them; against a server that sends its ticket after the client's Finished none resumes.
                int reused = CountOf(result.Output, "Reused, TLSv1.3");
                Assert.True(reused >= 1, "Reused " + reused + " times\n" + result);
                Assert.Equal(6, reused + CountOf(result.Output, "New, TLSv1.3"));
                int resumedConnections = 0;
                for (int i = 0; i < 6; i++)
                {
                    TlsSocketHarness.Connection connection = server.Next(10000);
                    Assert.NotNull(connection);
                    Assert.True(connection.HandshakeComplete, connection.Failure);
                    resumedConnections += connection.Resumed ? 1 : 0;
                }

                Assert.Equal(reused, resumedConnections);
                Assert.Equal(reused, server.Counters.Get(TlsCounter.CacheHit));
            }
        }

        private static int CountOf(string text, string what)
        {
            int count = 0;
            for (int at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
            {
                count++;
            }

            return count;
        }
    }
}
