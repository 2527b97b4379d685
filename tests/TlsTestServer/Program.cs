using System;
using System.IO;
using System.Threading;
using Router.Enco;
using Router.Tls;
using Router.Tls.HostTests;

namespace TlsTestServer
{
    /// <summary>
    /// Usage: TlsTestServer [--key ecdsa|rsa] [--lifetime SECONDS]. Listens on 127.0.0.1 (ephemeral port) and answers
    /// every HTTPS request with the harness's fixed page, with a fresh self-signed certificate for 127.0.0.1; prints "listening PORT", then per finished connection
    /// "connection handshake=yes|no version=TLSv1.3 suite=NAME group=NAME alpn=NAME alert_sent=N alert_received=N
    /// failure=yes|no". Ends when standard input closes or after the lifetime (default 600 s), whichever is first.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            string key = "ecdsa";
            int lifetimeSeconds = 600;
            for (int i = 0; i + 1 < args.Length; i += 2)
            {
                if (args[i] == "--key")
                {
                    key = args[i + 1];
                }
                else if (args[i] == "--lifetime")
                {
                    lifetimeSeconds = int.Parse(args[i + 1]);
                }
                else
                {
                    Console.Error.WriteLine("unknown option " + args[i]);
                    return 2;
                }
            }

            TestCertificate certificate = SelfSigned(key == "rsa" ? "rsa:2048" : "ec -pkeyopt ec_paramgen_curve:P-256",
                key == "rsa" ? EncoKeyType.Rsa : EncoKeyType.EcP256);
            using (TlsSocketHarness server = new TlsSocketHarness(certificate, true))
            {
                Console.WriteLine("listening " + server.Port);
                Console.Out.Flush();
                bool stdinClosed = false;
                Thread watcher = new Thread(() =>
                {
                    while (Console.In.ReadLine() != null)
                    {
                    }

                    stdinClosed = true;
                }) { IsBackground = true };
                watcher.Start();

                long end = Environment.TickCount64 + lifetimeSeconds * 1000L;
                while (!stdinClosed && Environment.TickCount64 < end)
                {
                    TlsSocketHarness.Connection connection = server.Next(200);
                    if (connection != null)
                    {
                        Console.WriteLine(Describe(connection));
                        Console.Out.Flush();
                    }
                }
            }

            return 0;
        }

        /// <summary>
        /// A self-signed certificate as a browser expects one for https://127.0.0.1/ (CN and subjectAltName
        /// IP:127.0.0.1, a year of validity), so scanners report only what self-signing itself implies.
        /// </summary>
        private static TestCertificate SelfSigned(string newKey, int keyType)
        {
            string dir = Directory.CreateTempSubdirectory("tls-test-server-").FullName;
            try
            {
                string keyPem = Path.Combine(dir, "key.pem");
                string certDer = Path.Combine(dir, "cert.der");
                string keyDer = Path.Combine(dir, "key.der");
                Check(PeerProcess.Run("openssl", "req -x509 -newkey " + newKey + " -nodes -keyout " + keyPem
                    + " -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 -days 365 -outform DER -out " + certDer, null, 60000));
                Check(PeerProcess.Run("openssl", "pkcs8 -topk8 -nocrypt -in " + keyPem + " -outform DER -out " + keyDer, null, 60000));
                byte[] pkcs8 = File.ReadAllBytes(keyDer);
                TestCertificate result = new TestCertificate();
                result.Certificate = File.ReadAllBytes(certDer);
                result.Key = EncoKey.Import(keyType, 0, EncoKeyFormat.PrivatePkcs8, pkcs8, 0, pkcs8.Length);
                Array.Clear(pkcs8, 0, pkcs8.Length);
                return result;
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        private static void Check(PeerProcess.Result result)
        {
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException("openssl failed: " + result);
            }
        }

        private static string Describe(TlsSocketHarness.Connection connection)
        {
            string version = !connection.HandshakeComplete ? "none" : CipherSuite.IsTls13(connection.CipherSuite) ? "TLSv1.3" : "TLSv1.2";
            return "connection handshake=" + (connection.HandshakeComplete ? "yes" : "no")
                + " version=" + version
                + " suite=" + (connection.HandshakeComplete ? CipherSuite.Name(connection.CipherSuite) : "none")
                + " group=" + (connection.HandshakeComplete ? NamedGroup.Name(connection.Group) : "none")
                + " alpn=" + (connection.Alpn ?? "none")
                + " alert_sent=" + connection.AlertSent
                + " alert_received=" + connection.AlertReceived
                + " failure=" + (connection.Failure == null ? "no" : "yes " + connection.Failure.Replace('\n', ' '));
        }
    }
}
