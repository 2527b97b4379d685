using System;
using System.Collections.Generic;
using System.IO;
using PeerSupport;
using Xunit;

namespace Router.Tls.HostTests
{
    /// <summary>
    /// Issue 6: headless Chromium (PEERS.md flags) fetches a page over the engine. The engine runs as
    /// tests/TlsTestServer inside a loopback-only namespace made for the test, Chromium in the same namespace
    /// with --dump-dom; the page body must arrive and the server must report a completed handshake of the
    /// expected version. Chromium offers X25519MLKEM768 first, GREASE and ML-DSA codepoints: the engine must
    /// ignore what it does not know and settle on x25519.
    /// </summary>
    public class ChromiumHandshakeTests
    {
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

        [NamespaceFact("chromium")]
        public void ChromiumGetsThePageOverTls13WithAnEcdsaCertificate()
        {
            string line = FetchWithChromium("ecdsa", null);
            Assert.Contains("version=TLSv1.3", line);
            Assert.Contains("group=x25519", line);
        }

        [NamespaceFact("chromium")]
        public void ChromiumGetsThePageOverTls13WithAnRsaCertificate()
        {
            string line = FetchWithChromium("rsa", null);
            Assert.Contains("version=TLSv1.3", line);
        }

        /// <summary>Chromium limited to TLS 1.2 (--ssl-version-max=tls1.2): an ECDHE suite with AES-GCM or ChaCha20.</summary>
        [NamespaceFact("chromium")]
        public void ChromiumGetsThePageOverTls12()
        {
            string line = FetchWithChromium("ecdsa", "--ssl-version-max=tls1.2");
            Assert.Contains("version=TLSv1.2", line);
            Assert.Matches("suite=TLS_ECDHE_ECDSA_WITH_(AES_128_GCM_SHA256|AES_256_GCM_SHA384|CHACHA20_POLY1305_SHA256)", line);
        }

        /// <summary>Runs the server and Chromium in a fresh namespace; returns the server's line for the page's connection.</summary>
        private static string FetchWithChromium(string key, string extraFlag)
        {
            string profile = PeerPrograms.TemporaryDirectory("router-chromium");
            try
            {
                using (NetworkNamespace ns = NetworkNamespace.Create("tlschr"))
                {
                    TlsTestServerProcess server = TlsTestServerProcess.Start(ns, key, 300);
                    List<string> arguments = HeadlessChromium.Arguments(profile);
                    if (extraFlag != null)
                    {
                        arguments.Add(extraFlag);
                    }

                    arguments.Add("--dump-dom");
                    arguments.Add("https://127.0.0.1:" + server.Port + "/");
                    NamespaceProcess chromium = ns.Run(HeadlessChromium.Program, arguments, Patience);

                    Assert.True(chromium.Stdout.Text.Contains(TlsSocketHarness.HttpBody.Trim()), "page body missing:\n" + chromium);
                    string line = server.NextConnection(TimeSpan.FromSeconds(20));
                    string all = string.Join("\n", server.Connections());
                    Assert.Contains("handshake=yes", line);
                    Assert.Contains("alpn=http/1.1", line);
                    Assert.Contains("failure=no", line);
                    Assert.DoesNotContain("failure=yes", all);
                    return line;
                }
            }
            finally
            {
                Directory.Delete(profile, true);
            }
        }
    }
}
