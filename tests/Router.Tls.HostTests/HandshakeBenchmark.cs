using System;
using System.Diagnostics;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using Router.Enco;
using Xunit;
using Xunit.Abstractions;

namespace Router.Tls.HostTests
{
    /// <summary>
    /// Full TLS 1.3 handshakes per server CPU-second, the engine (in this process, behind the socket harness)
    /// against `openssl s_server`, both with the same ECDSA P-256 certificate, measured in the same run with
    /// `openssl s_time -new`. A benchmark, not a test: it runs only with ROUTER_TLS_BENCH=1, prints the figures and
    /// the ratio (and writes them to artifacts/tls-handshake-benchmark.txt).
    /// </summary>
    public class HandshakeBenchmark
    {
        private const int Seconds = 5;
        private readonly ITestOutputHelper _output;

        public HandshakeBenchmark(ITestOutputHelper output)
        {
            _output = output;
        }

        [OptInFact("ROUTER_TLS_BENCH")]
        public void HandshakesPerServerCpuSecondVersusOpenssl()
        {
            string dir = Path.Combine(Path.GetTempPath(), "router-tls-bench-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                string keyPem = Path.Combine(dir, "key.pem");
                string certPem = Path.Combine(dir, "cert.pem");
                Check(PeerProcess.Run("openssl", "req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout " + keyPem
                    + " -subj /CN=router.test -days 2 -out " + certPem, null, 60000));
                Check(PeerProcess.Run("openssl", "x509 -in " + certPem + " -outform DER -out " + Path.Combine(dir, "cert.der"), null, 60000));
                Check(PeerProcess.Run("openssl", "pkcs8 -topk8 -nocrypt -in " + keyPem + " -outform DER -out " + Path.Combine(dir, "key.der"), null, 60000));
                byte[] pkcs8 = File.ReadAllBytes(Path.Combine(dir, "key.der"));
                TestCertificate certificate = new TestCertificate();
                certificate.Certificate = File.ReadAllBytes(Path.Combine(dir, "cert.der"));
                certificate.Key = EncoKey.Import(EncoKeyType.EcP256, 0, EncoKeyFormat.PrivatePkcs8, pkcs8, 0, pkcs8.Length);

                double inMemory = MeasureEngineInMemory();
                double ours = MeasureEngine(certificate);
                double reference = MeasureOpenssl(certPem, keyPem);
                string report = string.Format("TLS 1.3 full handshakes (ECDSA P-256, x25519, TLS_AES_128_GCM_SHA256) per server CPU-second: "
                    + "engine {0:F0}, openssl s_server {1:F0}, ratio {2:F3}", ours, reference, ours / reference);
                report += string.Format("; engine alone, in memory with RFC 8448's client: {0:F0} handshakes per CPU-second", inMemory);
                _output.WriteLine(report);
                File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "tls-handshake-benchmark.txt"), report + "\n");
                Assert.True(ours > 0 && reference > 0);
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        /// <summary>Server-side handshakes with the in-memory RFC 8448 client (its own cost included), no sockets.</summary>
        private static double MeasureEngineInMemory()
        {
            TlsCounters counters = new TlsCounters();
            Stopwatch clock = Stopwatch.StartNew();
            TimeSpan before = Process.GetCurrentProcess().TotalProcessorTime;
            int count = 0;
            while (clock.ElapsedMilliseconds < 3000)
            {
                TlsServerEngine engine = new TlsServerEngine(Router.Tls.Tests.TestServer.Config(counters, new EncoTlsEntropy()));
                Router.Tls.Tests.Rfc8448Client client = new Router.Tls.Tests.Rfc8448Client();
                byte[] hello = client.Hello();
                engine.Feed(hello, 0, hello.Length, 0);
                byte[] flight = new byte[engine.PendingOutput];
                engine.TakeOutput(flight, 0, flight.Length);
                client.ReadServerFlight(flight);
                engine.Dispose();
                count++;
            }

            return count / (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds;
        }

        private double MeasureEngine(TestCertificate certificate)
        {
            using (TlsSocketHarness server = new TlsSocketHarness(certificate, false))
            {
                TimeSpan before = Process.GetCurrentProcess().TotalProcessorTime;
                int connections = STime(server.Port);
                TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime - before;
                _output.WriteLine("engine: " + connections + " connections, " + cpu.TotalSeconds.ToString("F2") + " s server CPU");
                return connections / cpu.TotalSeconds;
            }
        }

        private double MeasureOpenssl(string certPem, string keyPem)
        {
            int port = 20000 + new Random().Next(20000);
            ProcessStartInfo start = new ProcessStartInfo("openssl",
                "s_server -accept 127.0.0.1:" + port + " -cert " + certPem + " -key " + keyPem + " -tls1_3 -quiet -naccept 1000000")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using (Process server = Process.Start(start))
            {
                try
                {
                    server.StandardOutput.ReadToEndAsync();
                    server.StandardError.ReadToEndAsync();
                    Thread.Sleep(500);
                    double before = CpuSeconds(server.Id);
                    int connections = STime(port);
                    double cpu = CpuSeconds(server.Id) - before;
                    _output.WriteLine("openssl s_server: " + connections + " connections, " + cpu.ToString("F2") + " s server CPU");
                    return connections / cpu;
                }
                finally
                {
                    if (!server.HasExited)
                    {
                        server.Kill();
                        server.WaitForExit(5000);
                    }
                }
            }
        }

        /// <summary>Connections `openssl s_time -new` made in <see cref="Seconds"/> seconds.</summary>
        private static int STime(int port)
        {
            PeerProcess.Result result = PeerProcess.Run("openssl", "s_time -connect 127.0.0.1:" + port
                + " -new -tls1_3 -ciphersuites TLS_AES_128_GCM_SHA256 -time " + Seconds, null, (Seconds + 30) * 1000);
            Match match = Regex.Match(result.Output, "(\\d+) connections in [\\d.]+s");
            if (!match.Success)
            {
                throw new InvalidOperationException("s_time: " + result);
            }

            return int.Parse(match.Groups[1].Value);
        }

        /// <summary>utime + stime of a process (/proc/PID/stat fields 14 and 15), in seconds.</summary>
        private static double CpuSeconds(int pid)
        {
            string stat = File.ReadAllText("/proc/" + pid + "/stat");
            string[] fields = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
            long ticks = long.Parse(fields[11]) + long.Parse(fields[12]);
            return ticks / 100.0;
        }

        private static void Check(PeerProcess.Result result)
        {
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException(result.ToString());
            }
        }
    }
}
