using System;
using System.Diagnostics;
using System.IO;
using Router.Core;
using Router.Pki.Database;
using Router.Pki.Engine;
using Router.Pki.X509;
using Router.Tls.Pki;
using Xunit;

namespace Router.Tls.HostTests
{
    /// <summary>
    /// Client certificate authentication against `openssl s_client -cert -key` on 127.0.0.1, TLS 1.3 and TLS 1.2:
    /// ECDSA P-256 and RSA-2048 client certificates issued by a test CA (made with openssl here) that the server's
    /// <see cref="PkiClientCertificateVerifier"/> trusts; a certificate from another CA gets unknown_ca, no
    /// certificate under "require" gets certificate_required (TLS 1.3) / handshake_failure (TLS 1.2), as s_client shows.
    /// </summary>
    public class ClientAuthInteropTests
    {
        private const int PeerTimeoutMs = 20000;

        [Theory]
        [InlineData("-tls1_3", "ecdsa")]
        [InlineData("-tls1_3", "rsa")]
        [InlineData("-tls1_2", "ecdsa")]
        [InlineData("-tls1_2", "rsa")]
        public void TrustedClientCertificateIsAuthenticated(string version, string key)
        {
            ClientAuthPki pki = ClientAuthPki.Shared;
            using (TlsSocketHarness server = new TlsSocketHarness(TestCertificate.Ecdsa, false, TlsClientAuth.Require, pki.Verifier()))
            {
                string line = "authenticated " + version + " " + key;
                PeerProcess.Result peer = SClient(server, version, pki.CertificateOf(key), pki.KeyOf(key), line);
                TlsSocketHarness.Connection connection = server.Next(10000);

                Assert.False(peer.TimedOut, peer.ToString());
                Assert.NotNull(connection);
                Assert.Null(connection.Failure);
                Assert.True(connection.HandshakeComplete, peer.ToString());
                Assert.True(connection.ClientAuthenticated, peer.ToString());
                Assert.Contains(line, peer.Output);
                Assert.Equal(1, server.Counters.Get(TlsCounter.OutCertRequest));
                Assert.Equal(1, server.Counters.Get(TlsCounter.InCert));
                Assert.Equal(1, server.Counters.Get(TlsCounter.InCertVerify));
            }
        }

        [Theory]
        [InlineData("-tls1_3")]
        [InlineData("-tls1_2")]
        public void UntrustedClientCertificateGetsUnknownCa(string version)
        {
            ClientAuthPki pki = ClientAuthPki.Shared;
            using (TlsSocketHarness server = new TlsSocketHarness(TestCertificate.Ecdsa, false, TlsClientAuth.Request, pki.Verifier()))
            {
                PeerProcess.Result peer = SClient(server, version, pki.StrangerPem, pki.StrangerKey, "refused");
                TlsSocketHarness.Connection connection = server.Next(10000);

                Assert.NotNull(connection);
                Assert.False(connection.HandshakeComplete, peer.ToString());
                Assert.False(connection.ClientAuthenticated);
                Assert.Equal(48, connection.AlertSent);
                Assert.Contains("alert unknown ca", peer.Output + peer.Error);
                Assert.DoesNotContain("refused", peer.Output);
            }
        }

        [Theory]
        [InlineData("-tls1_3", "alert certificate required", 116)]
        [InlineData("-tls1_2", "alert handshake failure", 40)]
        public void RequireRefusesAClientWithoutCertificate(string version, string shown, int alert)
        {
            ClientAuthPki pki = ClientAuthPki.Shared;
            using (TlsSocketHarness server = new TlsSocketHarness(TestCertificate.Ecdsa, false, TlsClientAuth.Require, pki.Verifier()))
            {
                PeerProcess.Result peer = SClient(server, version, null, null, "anonymous");
                TlsSocketHarness.Connection connection = server.Next(10000);

                Assert.NotNull(connection);
                Assert.False(connection.HandshakeComplete, peer.ToString());
                Assert.Equal(alert, connection.AlertSent);
                Assert.Contains(shown, peer.Output + peer.Error);
            }
        }

        /// <summary>The trusted root's subject goes out as certificate_authorities; s_client lists it.</summary>
        [Theory]
        [InlineData("-tls1_3")]
        [InlineData("-tls1_2")]
        public void CertificateRequestNamesTheTrustedRoot(string version)
        {
            ClientAuthPki pki = ClientAuthPki.Shared;
            using (TlsSocketHarness server = new TlsSocketHarness(TestCertificate.Ecdsa, false, TlsClientAuth.Require, pki.Verifier()))
            {
                server.Config.ClientCertificateAuthorities = new byte[][] { pki.RootSubjectDer() };
                PeerProcess.Result peer = PeerProcess.Run("openssl",
                    "s_client -connect 127.0.0.1:" + server.Port + " " + version + " -cert " + pki.CertificateOf("ecdsa") + " -key "
                    + pki.KeyOf("ecdsa") + " -ign_eof", "named\n", PeerTimeoutMs);
                TlsSocketHarness.Connection connection = server.Next(10000);

                Assert.NotNull(connection);
                Assert.True(connection.ClientAuthenticated, peer.ToString());
                Assert.Contains("Acceptable client certificate CA names", peer.Output);
                Assert.Contains("Client Auth Test Root", peer.Output);
            }
        }

        [Fact]
        public void RequestLetsAClientWithoutCertificateIn()
        {
            ClientAuthPki pki = ClientAuthPki.Shared;
            using (TlsSocketHarness server = new TlsSocketHarness(TestCertificate.Ecdsa, false, TlsClientAuth.Request, pki.Verifier()))
            {
                PeerProcess.Result peer = SClient(server, "-tls1_3", null, null, "anonymous line");
                TlsSocketHarness.Connection connection = server.Next(10000);

                Assert.NotNull(connection);
                Assert.True(connection.HandshakeComplete, peer.ToString());
                Assert.False(connection.ClientAuthenticated);
                Assert.Contains("anonymous line", peer.Output);
            }
        }

        private static PeerProcess.Result SClient(TlsSocketHarness server, string version, string certificate, string key, string line)
        {
            string credentials = certificate == null ? "" : " -cert " + certificate + " -key " + key;
            return PeerProcess.Run("openssl",
                "s_client -connect 127.0.0.1:" + server.Port + " " + version + credentials + " -servername router.test -brief -ign_eof",
                line + "\n", PeerTimeoutMs);
        }

        /// <summary>
        /// A client PKI made with openssl in a temporary directory: a trusted root, ECDSA P-256 and RSA-2048 client
        /// certificates it issued (clientAuth), and a stranger: a certificate of another root nobody trusts.
        /// </summary>
        private sealed class ClientAuthPki
        {
            private static ClientAuthPki _shared;
            private static readonly object Gate = new object();

            public readonly string Directory;
            public readonly byte[] RootDer;
            public readonly string StrangerPem;
            public readonly string StrangerKey;

            private ClientAuthPki()
            {
                Directory = Path.Combine(Path.GetTempPath(), "router-tls-clientauth-" + Guid.NewGuid().ToString("N"));
                System.IO.Directory.CreateDirectory(Directory);
                string root = MakeRoot("root", "Client Auth Test Root");
                Issue(root, "ecdsa", "ec -pkeyopt ec_paramgen_curve:P-256");
                Issue(root, "rsa", "rsa:2048");
                string otherRoot = MakeRoot("other", "Client Auth Other Root");
                Issue(otherRoot, "stranger", "ec -pkeyopt ec_paramgen_curve:P-256");
                StrangerPem = Path.Combine(Directory, "stranger.pem");
                StrangerKey = Path.Combine(Directory, "stranger.key");
                string rootDer = Path.Combine(Directory, "root.der");
                OpenSsl("x509", "-in", Path.Combine(Directory, "root.pem"), "-outform", "DER", "-out", rootDer);
                RootDer = File.ReadAllBytes(rootDer);
            }

            public static ClientAuthPki Shared
            {
                get
                {
                    lock (Gate)
                    {
                        return _shared ?? (_shared = new ClientAuthPki());
                    }
                }
            }

            /// <summary>The root's subject Name, DER.</summary>
            public byte[] RootSubjectDer()
            {
                using (System.Security.Cryptography.X509Certificates.X509Certificate2 root = System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadCertificate(RootDer))
                {
                    return root.SubjectName.RawData;
                }
            }

            public string CertificateOf(string name)
            {
                return Path.Combine(Directory, name + ".pem");
            }

            public string KeyOf(string name)
            {
                return Path.Combine(Directory, name + ".key");
            }

            /// <summary>The server's verifier: a certificate database (RAM) trusting the root, purpose TLS client.</summary>
            public PkiClientCertificateVerifier Verifier()
            {
                CertificateDatabase database = new CertificateDatabase(DatabaseLimits.Default(), new RamCertificateStorage());
                if (database.AddCertificate("clientroot", Certificate.Parse(RootDer, 0, RootDer.Length), true) != DatabaseResult.Ok)
                {
                    throw new InvalidOperationException("root not added");
                }

                return new PkiClientCertificateVerifier(database, new EncoSignatureVerifier(), new SystemClock());
            }

            private string MakeRoot(string name, string commonName)
            {
                string pem = Path.Combine(Directory, name + ".pem");
                OpenSsl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout", Path.Combine(Directory, name + ".key"),
                    "-subj", "/CN=" + commonName + " " + Guid.NewGuid().ToString("N").Substring(0, 8), "-days", "2", "-out", pem,
                    "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
                return name;
            }

            private void Issue(string issuer, string name, string newKey)
            {
                string extensions = Path.Combine(Directory, name + ".ext");
                File.WriteAllText(extensions,
                    "basicConstraints=critical,CA:FALSE\n"
                    + "keyUsage=critical,digitalSignature\n"
                    + "extendedKeyUsage=clientAuth\n"
                    + "subjectKeyIdentifier=hash\n"
                    + "authorityKeyIdentifier=keyid\n");
                string request = Path.Combine(Directory, name + ".csr");
                string[] keyArguments = newKey.Split(' ');
                string[] arguments = new string[keyArguments.Length + 9];
                arguments[0] = "req";
                arguments[1] = "-newkey";
                keyArguments.CopyTo(arguments, 2);
                int at = 2 + keyArguments.Length;
                arguments[at++] = "-nodes";
                arguments[at++] = "-keyout";
                arguments[at++] = KeyOf(name);
                arguments[at++] = "-subj";
                arguments[at++] = "/CN=" + name + " user";
                arguments[at++] = "-out";
                arguments[at] = request;
                OpenSsl(arguments);
                OpenSsl("x509", "-req", "-in", request, "-CA", CertificateOf(issuer), "-CAkey", KeyOf(issuer), "-CAcreateserial", "-days", "2",
                    "-out", CertificateOf(name), "-extfile", extensions);
            }

            private static void OpenSsl(params string[] arguments)
            {
                ProcessStartInfo start = new ProcessStartInfo("openssl")
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                foreach (string argument in arguments)
                {
                    start.ArgumentList.Add(argument);
                }

                using (Process process = Process.Start(start))
                {
                    string error = process.StandardError.ReadToEnd();
                    process.StandardOutput.ReadToEnd();
                    if (!process.WaitForExit(60000) || process.ExitCode != 0)
                    {
                        throw new InvalidOperationException("openssl " + string.Join(" ", arguments) + " failed: " + error);
                    }
                }
            }
        }

        private sealed class SystemClock : IClock
        {
            private readonly Stopwatch _uptime = Stopwatch.StartNew();

            public long UptimeMilliseconds
            {
                get { return _uptime.ElapsedMilliseconds; }
            }

            public DateTime UtcNow
            {
                get { return DateTime.UtcNow; }
            }
        }
    }
}
