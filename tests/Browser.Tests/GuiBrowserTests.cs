using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading;
using PeerSupport;
using Xunit;
using Xunit.Abstractions;

namespace Browser.Tests
{
    /// <summary>
    /// Issue 7: seed 000's "securing the HTTP server with SSL" example typed on the virtual device's console
    /// (security officer, security mode, an ECC (P-256) ENCO key, the distinguished name, a self-signed certificate for
    /// 127.0.0.1 loaded as trusted, then set http server security=on and enable http server), then a person's
    /// session in Chromium through tests/Browser/gui.spec.mjs: login, dashboard, web console, file download,
    /// certificates, and the security rules (CSRF token, cookie, privilege, logout). Device and browser share a
    /// loopback-only namespace made for the test. Screenshots: artifacts/test-results/gui/. Afterwards show ssl
    /// on the console lists the HTTP server and counts the browser's handshakes.
    /// </summary>
    public sealed class GuiBrowserTests
    {
        private const string ManagerPassword = "manager-password";
        private const string OfficerPassword = "sbr4y3-long-enough";
        private const string ViewerPassword = "viewer-password-1";
        private const string SystemName = "gui-test-router";
        private const string Certificate = "router";

        private static readonly TimeSpan BrowserLimit = TimeSpan.FromMinutes(4);

        private readonly ITestOutputHelper _output;

        public GuiBrowserTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [NamespaceFact("chromium", "node")]
        public void APersonManagesTheRouterOverHttpsInChromium()
        {
            string root = PeerPrograms.RepositoryRoot();
            string script = Path.Combine(root, "tests", "Browser", "gui.spec.mjs");
            Assert.True(File.Exists(Path.Combine(root, "tests", "Browser", "node_modules", "playwright-core", "package.json")),
                "playwright-core is not installed in tests/Browser/node_modules: run scripts/install-peers.sh");
            string dir = PeerPrograms.TemporaryDirectory("router-gui");
            string screenshots = Path.Combine(dir, "screenshots");
            try
            {
                using (NetworkNamespace ns = NetworkNamespace.Create("gui"))
                {
                    int port = 20000 + Random.Shared.Next(20000);
                    NamespacedDevice device = NamespacedDevice.Start(ns, dir, "--flash", Path.Combine(dir, "flash.bin"),
                        "--manager-password", ManagerPassword);
                    Configure(device, port);
                    string url = "https://127.0.0.1:" + port;
                    WaitUntilServing(ns, url + "/login");

                    NamespaceProcess browser = ns.Run("node", new[] { script }, BrowserLimit, Path.GetDirectoryName(script),
                        new Dictionary<string, string>
                        {
                            { "GUI_URL", url },
                            { "GUI_USER", "cipher" },
                            { "GUI_PASSWORD", OfficerPassword },
                            { "GUI_VIEWER", "viewer" },
                            { "GUI_VIEWER_PASSWORD", ViewerPassword },
                            { "GUI_SYSTEM_NAME", SystemName },
                            { "GUI_CERTIFICATE", Certificate },
                            { "GUI_SCREENSHOTS", screenshots },
                        });
                    _output.WriteLine(browser.Stdout.Text);
                    KeepResults(screenshots, browser.Stdout.Text + browser.Stderr.Text);
                    Assert.True(browser.ExitCode == 0, "browser steps failed:\n" + browser);
                    Assert.Contains("gui steps failed: 0", browser.Stdout.Text);

                    // The console sees what the browser did: the server in show ssl, its handshakes counted, and
                    // no key 1 (the viewer's create enco was refused for real, not just reported as refused).
                    string ssl = device.Command("show ssl", "SecOff > ");
                    _output.WriteLine(ssl);
                    Assert.Matches(new Regex("\\d+\\s+[0-9.]+\\s+0*" + port + "\\s+HTTP Server\\s+\\d+"), ssl);
                    string counters = device.Command("show ssl counters", "SecOff > ");
                    Assert.True(Counter(counters, "outServerHello") >= 5, "handshakes not counted:\n" + counters);
                    Assert.True(Counter(counters, "inFinished") >= 5, "handshakes not counted:\n" + counters);
                    Assert.Contains("Error (", device.Command("show enco key=1", "SecOff > "));
                    Assert.Equal(7, Directory.GetFiles(screenshots, "*.png").Length);
                }
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        /// <summary>
        /// This run's screenshots and step log into artifacts/test-results/gui/ (replacing an earlier run's), written
        /// there only now so that two runs at once do not mix their pictures.
        /// </summary>
        private static void KeepResults(string screenshots, string steps)
        {
            Directory.CreateDirectory(screenshots);
            File.WriteAllText(Path.Combine(screenshots, "gui-steps.txt"), steps);
            string results = PeerPrograms.TestResults("gui");
            foreach (string old in Directory.GetFiles(results))
            {
                File.Delete(old);
            }

            foreach (string file in Directory.GetFiles(screenshots))
            {
                File.Copy(file, Path.Combine(results, Path.GetFileName(file)), true);
            }
        }

        /// <summary>Seed 000's example (steps 1-9) with a viewer account and the port this test chose.</summary>
        private static void Configure(NamespacedDevice device, int port)
        {
            device.LogIn("manager", ManagerPassword, "Manager > ");
            device.Accepted("add user=\"cipher\" password=\"" + OfficerPassword + "\" privilege=securityofficer login=yes", "Manager > ");
            device.Accepted("add user=\"viewer\" password=\"" + ViewerPassword + "\" privilege=user login=yes", "Manager > ");
            device.Accepted("set system name=" + SystemName, "Manager > ");
            device.Process.Type("login cipher\r");
            device.Process.Stdout.WaitFor("Password: ", NamespacedDevice.Patience);
            device.Process.Type(OfficerPassword + "\r");
            device.Process.Stdout.WaitFor("SecOff > ", NamespacedDevice.Patience);
            device.Accepted("enable system security", "SecOff > ");
            device.Accepted("create enco key=0 type=ecc", "SecOff > ");
            device.Accepted("set system distinguishedname=\"cn=router1,o=my_company,c=us\"", "SecOff > ");
            device.Accepted("create pki certificate=" + Certificate + " keypair=0 serialnumber=12345 "
                + "subject=\"cn=127.0.0.1,o=my_company,c=us\"", "SecOff > ");
            device.Accepted("add pki certificate=" + Certificate + " location=" + Certificate + ".cer trust=yes", "SecOff > ");
            device.Accepted("set http server security=on sslkey=0 port=" + port, "SecOff > ");
            device.Accepted("enable http server", "SecOff > ");
        }

        /// <summary>curl inside the namespace until the server answers HTTPS at all (it starts on the device's loop).</summary>
        private static void WaitUntilServing(NetworkNamespace ns, string url)
        {
            DateTime deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
            NamespaceProcess last = null;
            while (DateTime.UtcNow < deadline)
            {
                last = ns.Run("curl", new[] { "-k", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "5", url },
                    TimeSpan.FromSeconds(15));
                string status = last.Stdout.Text.Trim();
                if (status.Length == 3 && status != "000")
                {
                    return;
                }

                Thread.Sleep(500);
            }

            throw new TimeoutException("the HTTPS server never answered at " + url + ": " + last);
        }

        /// <summary>The first value of counter <paramref name="name"/> in show ssl counters (the Server block's comes first).</summary>
        private static long Counter(string counters, string name)
        {
            Match match = Regex.Match(counters, Regex.Escape(name) + " \\.*\\s*(\\d+)");
            return match.Success ? long.Parse(match.Groups[1].Value) : -1;
        }
    }
}
