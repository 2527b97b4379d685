using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.Json;
using PeerSupport;
using Xunit;
using Xunit.Abstractions;

namespace Router.Tls.HostTests
{
    /// <summary>
    /// testssl.sh --fast on its rated sections (PEERS.md recipe: NXCONNECT=127.0.0.1:0, --nodns none) against the engine, run as
    /// tests/TlsTestServer with an RSA-2048 certificate for 127.0.0.1, both inside a loopback-only namespace.
    /// Every finding rated MEDIUM, HIGH or CRITICAL fails the test, except the two a self-signed test certificate
    /// necessarily gets, and the HTTP-header checks, which rate the stand-in page the test server answers with
    /// (the GUI's own headers are tested in tests/Browser.Tests). The server must end every connection without an
    /// engine failure. The summary goes to artifacts/test-results/testssl-summary.txt, the JSON beside it.
    /// </summary>
    public class TestsslScan
    {
        /// <summary>Findings a self-signed certificate always gets: no chain to a trusted root, no CRL or OCSP URI.</summary>
        private static readonly string[] SelfSignedFindings = { "cert_chain_of_trust", "cert_revocation" };

        /// <summary>Checks of the HTTP response (not of TLS): the test server's fixed text page has no security headers.</summary>
        private static readonly string[] HttpHeaderFindings = { "security_headers", "HSTS", "HPKP", "banner_server", "banner_application", "cookie_count", "cookie_secure", "cookie_httponly" };

        private static readonly string[] Judged = { "MEDIUM", "HIGH", "CRITICAL" };

        /// <summary>testssl.sh 3.0's vulnerability checks (-U), listed in the summary with their verdicts.</summary>
        private static readonly string[] Vulnerabilities =
        {
            "heartbleed", "CCS", "ticketbleed", "ROBOT", "secure_renego", "secure_client_renego", "CRIME_TLS", "BREACH",
            "POODLE_SSL", "fallback_SCSV", "SWEET32", "FREAK", "DROWN", "LOGJAM", "BEAST", "LUCKY13", "winshock", "RC4",
        };

        /// <summary>
        /// The sections whose findings carry a rating: protocols, cipher categories, forward secrecy, server
        /// preferences, server defaults (the certificate) and vulnerabilities. Left out: client simulations, the
        /// per-cipher list and the HTTP headers (INFO only, or not judged), which double the time on two cores.
        /// </summary>
        private static readonly string[] RatedSections = { "-p", "-s", "-f", "-P", "-S", "-U" };

        /// <summary>Set to 1 for every section of --fast (about twice as long).</summary>
        private const string FullScanVariable = "ROUTER_TESTSSL_FULL";

        private static readonly TimeSpan ScanLimit = TimeSpan.FromSeconds(480);
        private static readonly TimeSpan FullScanLimit = TimeSpan.FromSeconds(900);

        private readonly ITestOutputHelper _output;

        public TestsslScan(ITestOutputHelper output)
        {
            _output = output;
        }

        [NamespaceFact("testssl")]
        public void TestsslFindsNoVulnerability()
        {
            string dir = PeerPrograms.TemporaryDirectory("router-testssl");
            try
            {
                string json = Path.Combine(dir, "testssl.json");
                NamespaceProcess scan;
                string[] connections;
                Stopwatch clock = new Stopwatch();
                using (NetworkNamespace ns = NetworkNamespace.Create("tlsscan"))
                {
                    TlsTestServerProcess server = TlsTestServerProcess.Start(ns, "rsa", 560);
                    List<string> arguments = new List<string> { "--quiet", "--color", "0", "--nodns", "none", "--warnings", "batch", "--fast" };
                    if (Environment.GetEnvironmentVariable(FullScanVariable) != "1")
                    {
                        arguments.AddRange(RatedSections);
                    }

                    arguments.AddRange(new[] { "--jsonfile", json, "127.0.0.1:" + server.Port });
                    clock.Start();
                    scan = ns.Run("testssl", arguments, Environment.GetEnvironmentVariable(FullScanVariable) == "1" ? FullScanLimit : ScanLimit,
                        dir, new Dictionary<string, string> { { "NXCONNECT", "127.0.0.1:0" } });
                    clock.Stop();
                    server.Process.CloseInput();
                    server.Process.WaitForExit(TimeSpan.FromSeconds(10));
                    connections = server.Connections();
                }

                Assert.True(File.Exists(json), "testssl wrote no JSON:\n" + scan);
                List<string> failures = new List<string>();
                string summary = Summarise(json, connections, clock.Elapsed, failures);
                string results = PeerPrograms.TestResults("");
                File.WriteAllText(Path.Combine(results, "testssl-summary.txt"), summary);
                File.Copy(json, Path.Combine(results, "testssl.json"), true);
                _output.WriteLine(summary);

                Assert.True(connections.Length > 50, "testssl made only " + connections.Length + " connections:\n" + scan);
                Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n\n" + summary);
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        /// <summary>The summary text; the findings that fail the test go to <paramref name="failures"/>.</summary>
        private static string Summarise(string json, string[] connections, TimeSpan took, List<string> failures)
        {
            StringBuilder text = new StringBuilder();
            text.AppendLine("testssl.sh --fast" + (Environment.GetEnvironmentVariable(FullScanVariable) == "1" ? "" : " " + string.Join(" ", RatedSections)) + " against the TLS engine (tests/TlsTestServer, RSA-2048, self-signed for 127.0.0.1)");
            text.AppendLine("date (UTC): " + DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss") + ", scan took " + took.TotalSeconds.ToString("F0") + " s");
            Dictionary<string, int> severities = new Dictionary<string, int>();
            StringBuilder notable = new StringBuilder();
            StringBuilder protocols = new StringBuilder();
            StringBuilder vulnerabilities = new StringBuilder();
            HashSet<string> reported = new HashSet<string>();
            using (JsonDocument document = JsonDocument.Parse(File.ReadAllText(json)))
            {
                foreach (JsonElement finding in document.RootElement.EnumerateArray())
                {
                    string id = Field(finding, "id");
                    string severity = Field(finding, "severity");
                    string text1 = Field(finding, "finding");
                    severities[severity] = severities.TryGetValue(severity, out int n) ? n + 1 : 1;
                    if (id.StartsWith("SSLv", StringComparison.Ordinal) || id.StartsWith("TLS1", StringComparison.Ordinal))
                    {
                        protocols.AppendLine("  " + id + ": " + text1);
                    }

                    if (Array.IndexOf(Vulnerabilities, id) >= 0)
                    {
                        reported.Add(id);
                        vulnerabilities.AppendLine("  " + id + " " + severity + ": " + text1);
                    }

                    if (severity == "OK" || severity == "INFO")
                    {
                        continue;
                    }

                    string verdict = "";
                    if (Array.IndexOf(Judged, severity) >= 0)
                    {
                        if (Array.IndexOf(SelfSignedFindings, id) >= 0)
                        {
                            verdict = "  (expected: self-signed test certificate)";
                        }
                        else if (Array.IndexOf(HttpHeaderFindings, id) >= 0)
                        {
                            verdict = "  (not judged: HTTP header of the stand-in page)";
                        }
                        else
                        {
                            verdict = "  <-- FAILS";
                            failures.Add(id + " " + severity + ": " + text1);
                        }
                    }

                    notable.AppendLine("  " + id + " " + severity + ": " + text1 + verdict);
                }
            }

            // A scan cut short must not pass: every check must have answered (winshock only runs against IIS).
            foreach (string id in Vulnerabilities)
            {
                if (id != "winshock" && !reported.Contains(id))
                {
                    failures.Add("testssl reported nothing for " + id);
                }
            }

            text.Append("findings by severity:");
            foreach (KeyValuePair<string, int> pair in severities)
            {
                text.Append(" " + pair.Key + "=" + pair.Value);
            }

            text.AppendLine();
            text.AppendLine("protocols:");
            text.Append(protocols);
            text.AppendLine("vulnerabilities:");
            text.Append(vulnerabilities);
            text.AppendLine("findings other than OK/INFO:");
            text.Append(notable);
            int failed = 0;
            foreach (string line in connections)
            {
                if (line.Contains("failure=yes", StringComparison.Ordinal))
                {
                    failures.Add("engine failure: " + line);
                    failed++;
                }
            }

            text.AppendLine("server: " + connections.Length + " connections, " + failed + " ended with an engine failure");
            text.AppendLine(failures.Count == 0 ? "verdict: no vulnerability found" : "verdict: " + failures.Count + " failing finding(s)");
            return text.ToString();
        }

        private static string Field(JsonElement finding, string name)
        {
            return finding.TryGetProperty(name, out JsonElement value) ? value.ToString() : "";
        }
    }
}
