using System;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using Router.Enco;
using Router.Tls.Tests;
using Xunit;
using Xunit.Abstractions;

namespace Router.Tls.HostTests
{
    /// <summary>
    /// Handshakes per server CPU-second, the engine (in this process, behind the socket harness) against
    /// `openssl s_server` with the same certificates and the same clients, measured in the same run: each server is
    /// pinned to CPU 0 (this process's affinity, `taskset -c 0` for s_server), two `openssl s_time` clients run on
    /// CPU 1, and connections are divided by the server's CPU seconds (this process's processor time; /proc/PID/stat
    /// fields 14 + 15 for s_server) as PEERS.md says. Cases: TLS 1.3 full x25519 + ECDSA P-256 and x25519 + RSA-2048,
    /// TLS 1.2 full ECDHE-ECDSA, TLS 1.3 and TLS 1.2 resumed (`-reuse -www /`, so the client reads the ticket). Then
    /// record throughput (16 KiB TLS_AES_128_GCM_SHA256 records sealed and opened by the engine, against `openssl
    /// speed -evp aes-128-gcm -bytes 16384` on one core), bytes allocated per record and kept per connection.
    /// A benchmark, not a test: it runs only with ROUTER_TLS_BENCH=1, prints the figures (and writes them to
    /// tls-handshake-benchmark.txt next to the test assembly).
    /// </summary>
    public class HandshakeBenchmark
    {
        private const int Seconds = 4;
        private const int Clients = 2;
        private readonly ITestOutputHelper _output;
        private readonly StringBuilder _report = new StringBuilder();

        public HandshakeBenchmark(ITestOutputHelper output)
        {
            _output = output;
        }

        private sealed class Case
        {
            public string Name;
            public bool Rsa;
            public string Client;
            public bool Resumed;
        }

        private sealed class Key
        {
            public string CertPem;
            public string KeyPem;
            public TestCertificate Certificate;
        }

        [OptInFact("ROUTER_TLS_BENCH")]
        public void HandshakesPerServerCpuSecondVersusOpenssl()
        {
            string dir = Path.Combine(Path.GetTempPath(), "router-tls-bench-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                Key ecdsa = MakeKey(dir, "ec", "ec -pkeyopt ec_paramgen_curve:P-256", EncoKeyType.EcP256);
                Key rsa = MakeKey(dir, "rsa", "rsa:2048", EncoKeyType.Rsa);
                const string Tls13 = "-tls1_3 -ciphersuites TLS_AES_128_GCM_SHA256";
                const string Tls12 = "-tls1_2 -cipher ECDHE-ECDSA-AES128-GCM-SHA256";
                Case[] cases = new Case[]
                {
                    new Case { Name = "TLS 1.3 full, x25519 + ECDSA P-256", Client = "-new " + Tls13 },
                    new Case { Name = "TLS 1.3 full, x25519 + RSA-2048   ", Client = "-new " + Tls13, Rsa = true },
                    new Case { Name = "TLS 1.2 full, ECDHE-ECDSA P-256   ", Client = "-new " + Tls12 },
                    new Case { Name = "TLS 1.3 resumed (ticket, psk_dhe) ", Client = "-reuse -www / " + Tls13, Resumed = true },
                    new Case { Name = "TLS 1.2 resumed (session ID)      ", Client = "-reuse -www / " + Tls12, Resumed = true },
                };

                Line("Handshakes per server CPU-second (server on CPU 0, " + Clients + " s_time clients on CPU 1, " + Seconds + " s each)");
                for (int i = 0; i < cases.Length; i++)
                {
                    Key key = cases[i].Rsa ? rsa : ecdsa;
                    double ours = MeasureEngine(key.Certificate, cases[i]);
                    double reference = MeasureOpenssl(key, cases[i]);
                    Line(cases[i].Name + ": engine " + ours.ToString("F0") + "/s, openssl s_server " + reference.ToString("F0")
                        + "/s, ratio " + (ours / reference).ToString("F3"));
                }

                MeasureRecords();
                long[] memory = AllocationTests.MeasureConnection(16384, TlsServerConfig.DefaultOutputBufferSize);
                long[] compact = AllocationTests.MeasureConnection(2048, 2048);
                Line("Per connection (TLS 1.3 handshake): default config allocates " + memory[0] + " bytes, keeps " + memory[1]
                    + " after the handshake and " + memory[2] + " after the first write; MaxInputRecord = OutputBufferSize = 2048: allocates "
                    + compact[0] + ", keeps " + compact[1] + " / " + compact[2]);
                File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "tls-handshake-benchmark.txt"), _report.ToString());
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        private void Line(string text)
        {
            _output.WriteLine(text);
            _report.Append(text).Append('\n');
        }

        private static Key MakeKey(string dir, string name, string newKey, int keyType)
        {
            Key key = new Key();
            key.KeyPem = Path.Combine(dir, name + "-key.pem");
            key.CertPem = Path.Combine(dir, name + "-cert.pem");
            string der = Path.Combine(dir, name + "-cert.der");
            string pkcs8 = Path.Combine(dir, name + "-key.der");
            Check(PeerProcess.Run("openssl", "req -x509 -newkey " + newKey + " -nodes -keyout " + key.KeyPem
                + " -subj /CN=router.test -days 2 -out " + key.CertPem, null, 60000));
            Check(PeerProcess.Run("openssl", "x509 -in " + key.CertPem + " -outform DER -out " + der, null, 60000));
            Check(PeerProcess.Run("openssl", "pkcs8 -topk8 -nocrypt -in " + key.KeyPem + " -outform DER -out " + pkcs8, null, 60000));
            byte[] keyBytes = File.ReadAllBytes(pkcs8);
            key.Certificate = new TestCertificate();
            key.Certificate.Certificate = File.ReadAllBytes(der);
            key.Certificate.Key = EncoKey.Import(keyType, 0, EncoKeyFormat.PrivatePkcs8, keyBytes, 0, keyBytes.Length);
            return key;
        }

        /// <summary>The engine behind the harness, this process pinned to CPU 0 while the clients run.</summary>
        private double MeasureEngine(TestCertificate certificate, Case benchmark)
        {
            Process self = Process.GetCurrentProcess();
            IntPtr affinity = self.ProcessorAffinity;
            using (TlsSocketHarness server = new TlsSocketHarness(certificate, benchmark.Resumed, benchmark.Resumed))
            {
                try
                {
                    self.ProcessorAffinity = (IntPtr)1;
                    TimeSpan before = self.TotalProcessorTime;
                    int connections = STime(server.Port, benchmark.Client);
                    self.Refresh();
                    double cpu = (self.TotalProcessorTime - before).TotalSeconds;
                    string resumed = benchmark.Resumed ? ", " + server.Counters.Get(TlsCounter.CacheHit) + " resumed" : "";
                    _output.WriteLine("  engine: " + connections + " connections" + resumed + ", " + cpu.ToString("F2") + " s server CPU");
                    return connections / cpu;
                }
                finally
                {
                    self.ProcessorAffinity = affinity;
                }
            }
        }

        private double MeasureOpenssl(Key key, Case benchmark)
        {
            int port = 20000 + new Random().Next(20000);
            ProcessStartInfo start = new ProcessStartInfo("taskset", "-c 0 openssl s_server -accept 127.0.0.1:" + port + " -cert "
                + key.CertPem + " -key " + key.KeyPem + " -quiet -naccept 1000000" + (benchmark.Resumed ? " -www" : ""))
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
                    int connections = STime(port, benchmark.Client);
                    double cpu = CpuSeconds(server.Id) - before;
                    _output.WriteLine("  openssl s_server: " + connections + " connections, " + cpu.ToString("F2") + " s server CPU");
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

        /// <summary>Connections <see cref="Clients"/> `openssl s_time` processes on CPU 1 made in <see cref="Seconds"/> seconds.</summary>
        private static int STime(int port, string arguments)
        {
            Process[] clients = new Process[Clients];
            System.Threading.Tasks.Task<string>[] outputs = new System.Threading.Tasks.Task<string>[Clients];
            for (int i = 0; i < Clients; i++)
            {
                ProcessStartInfo start = new ProcessStartInfo("taskset", "-c 1 openssl s_time -connect 127.0.0.1:" + port + " " + arguments
                    + " -time " + Seconds)
                {
                    RedirectStandardInput = true,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                clients[i] = Process.Start(start);
                outputs[i] = clients[i].StandardOutput.ReadToEndAsync();
                clients[i].StandardError.ReadToEndAsync();
                clients[i].StandardInput.Close();
            }

            int total = 0;
            for (int i = 0; i < Clients; i++)
            {
                if (!clients[i].WaitForExit((Seconds + 30) * 1000))
                {
                    clients[i].Kill();
                    throw new InvalidOperationException("s_time did not end");
                }

                MatchCollection matches = Regex.Matches(outputs[i].Result, "(\\d+) connections in [\\d.]+s");
                if (matches.Count == 0)
                {
                    throw new InvalidOperationException("s_time: " + outputs[i].Result);
                }

                total += int.Parse(matches[matches.Count - 1].Groups[1].Value);
                clients[i].Dispose();
            }

            return total;
        }

        /// <summary>16 KiB TLS 1.3 AES-128-GCM records sealed (write + take) and opened (feed + read) on one core, against openssl speed.</summary>
        private void MeasureRecords()
        {
            Process self = Process.GetCurrentProcess();
            IntPtr affinity = self.ProcessorAffinity;
            try
            {
                self.ProcessorAffinity = (IntPtr)1;
                TlsServerEngine engine = TestServer.Rfc8448Engine(new TlsCounters());
                Rfc8448Client client = new Rfc8448Client();
                byte[] hello = client.Hello();
                engine.Feed(hello, 0, hello.Length, 0);
                Assert.True(client.ReadServerFlight(TestServer.Drain(engine)));
                byte[] finished = client.Finished(false);
                engine.Feed(finished, 0, finished.Length, 0);
                Assert.True(engine.IsHandshakeComplete);

                byte[] payload = new byte[16384];
                new Random(3).NextBytes(payload);
                byte[] wire = new byte[32768];
                for (int i = 0; i < 50; i++)
                {
                    engine.WriteApplicationData(payload, 0, payload.Length);
                    engine.TakeOutput(wire, 0, wire.Length);
                }

                long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                Stopwatch clock = Stopwatch.StartNew();
                long records = 0;
                while (clock.ElapsedMilliseconds < 2000)
                {
                    engine.WriteApplicationData(payload, 0, payload.Length);
                    engine.TakeOutput(wire, 0, wire.Length);
                    records++;
                }

                double sealRate = records * 16384.0 / clock.Elapsed.TotalSeconds / 1e6;
                double sealAllocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)records;

                const int Opened = 1500;
                byte[][] sealedRecords = new byte[Opened][];
                for (int i = 0; i < Opened; i++)
                {
                    sealedRecords[i] = client.Seal(ContentType.ApplicationData, payload, 0);
                }

                byte[] plain = new byte[16384];
                allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                clock.Restart();
                for (int i = 0; i < Opened; i++)
                {
                    engine.Feed(sealedRecords[i], 0, sealedRecords[i].Length, 1);
                    engine.ReadApplicationData(plain, 0, plain.Length);
                }

                double openRate = Opened * 16384.0 / clock.Elapsed.TotalSeconds / 1e6;
                double openAllocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)Opened;
                Assert.False(engine.IsClosed);

                PeerProcess.Result speed = PeerProcess.Run("taskset", "-c 1 openssl speed -evp aes-128-gcm -bytes 16384 -seconds 2", null, 60000);
                Match match = Regex.Match(speed.Output, "(?im)^aes-128-gcm\\s+([\\d.]+)k");
                double reference = match.Success ? double.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) * 1000 / 1e6 : 0;
                Line("Records, 16 KiB TLS_AES_128_GCM_SHA256 on one core: engine seal " + sealRate.ToString("F0") + " MB/s, open "
                    + openRate.ToString("F0") + " MB/s; openssl speed -evp aes-128-gcm " + reference.ToString("F0") + " MB/s (ratio seal "
                    + (reference > 0 ? (sealRate / reference).ToString("F3") : "n/a") + "); allocated per record: seal "
                    + sealAllocated.ToString("F1") + " bytes, open " + openAllocated.ToString("F1") + " bytes");
                engine.Dispose();
            }
            finally
            {
                self.ProcessorAffinity = affinity;
            }
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
