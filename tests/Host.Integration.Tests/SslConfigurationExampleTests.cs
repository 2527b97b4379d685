using System;
using Xunit;

namespace Host.Integration.Tests
{
    /// <summary>
    /// Seed 000's "Configuration Example" (securing the HTTP server with SSL), steps 1-9, typed on
    /// the real virtual device: a security officer in a boot configuration, security mode, an RSA
    /// ENCO key, the system distinguished name, a self-signed certificate loaded as trusted, then
    /// set http server security=on sslkey=0 with a free high port (and a free redirect port in place
    /// of 80), and enable http server (this firmware keeps the server off until asked). curl and
    /// openssl s_client then get the page over TLS 1.3 with the router's certificate, the plain port
    /// redirects to https, and after create config and a restart the server is back, key and
    /// certificate included.
    /// </summary>
    public sealed class SslConfigurationExampleTests : IDisposable
    {
        private const string ManagerPassword = "manager-password";
        private const string CipherPassword = "sbr4y3-long-enough";

        private static readonly TimeSpan Patience = VirtualDevice.Patience;

        private readonly TemporaryDirectory _dir = new TemporaryDirectory();

        public void Dispose()
        {
            _dir.Dispose();
        }

        private static string Command(VirtualDevice device, string line, string prompt)
        {
            device.Type(line + "\r");
            return device.Stdout.WaitFor(prompt, Patience);
        }

        private static void LogIn(VirtualDevice device, string name, string password, string prompt)
        {
            device.Stdout.WaitFor("login: ", Patience);
            device.Type(name + "\r");
            device.Stdout.WaitFor("Password: ", Patience);
            device.Type(password + "\r");
            device.Stdout.WaitFor(prompt, Patience);
        }

        [Fact]
        public void TheHttpsServerOfTheExampleServesCurlAndOpensslAndSurvivesARestart()
        {
            using (VirtualDevice device = VirtualDevice.Start(_dir.Path, "--flash", _dir.File("flash.bin"), "--flash-size", "256K",
                "--manager-password", ManagerPassword, "--listen", "127.0.0.1"))
            {
                // 1. A Security Officer, kept by a boot configuration.
                LogIn(device, "manager", ManagerPassword, "Manager > ");
                Assert.Contains("Info (134003)", Command(device, "add user=\"cipher\" password=\"" + CipherPassword
                    + "\" privilege=securityofficer login=yes", "Manager > "));
                Assert.Contains("Info (134003)", Command(device, "create config=ssl.cfg", "Manager > "));
                Assert.Contains("Info (134003)", Command(device, "set config=ssl.cfg", "Manager > "));
                device.Type("restart router\r");
                LogIn(device, "manager", ManagerPassword, "Manager > ");

                // 2-3. Log in as the officer and enable system security.
                device.Type("login cipher\r");
                device.Stdout.WaitFor("Password: ", Patience);
                device.Type(CipherPassword + "\r");
                device.Stdout.WaitFor("SecOff > ", Patience);
                Assert.Contains("Info (134003)", Command(device, "enable system security", "SecOff > "));

                // 4-6. The key pair, the distinguished name, the UTC offset.
                Assert.Contains("Info (134003)", Command(device, "create enco key=0 type=rsa length=1024", "SecOff > "));
                Assert.Contains("Info (134003)", Command(device, "set system distinguishedname=\"cn=router1,o=my_company,c=us\"", "SecOff > "));
                Assert.Contains("Info (134003)", Command(device, "set log utcoffset=7", "SecOff > "));

                // 7-8. The self-signed certificate, written to cer_name.cer and loaded as trusted.
                Assert.Contains("Info (1095001)", Command(device, "create pki certificate=cer_name keypair=0 serialnumber=12345 "
                    + "subject=\"cn=172.30.1.105, o=my_company, c=us\"", "SecOff > "));
                Assert.Contains("Info (1095002)", Command(device, "add pki certificate=cer_name location=cer_name.cer trust=yes", "SecOff > "));
                AssertCertificate(Command(device, "show pki certificate=cer_name", "SecOff > "));
                Assert.Contains("cer_name.cer", Command(device, "show file", "SecOff > "));

                // 9. SSL on the HTTP server, on free ports of this machine (443 and 80 need root here).
                int port = HttpPeers.FreePort();
                int redirect = HttpPeers.FreePort();
                Assert.Contains("Info (134003)", Command(device, "set http server security=on sslkey=0 port=" + port + " redirectport=" + redirect, "SecOff > "));
                Assert.Contains("Info (134003)", Command(device, "enable http server", "SecOff > "));
                AssertServesHttps(port, redirect);
                string shown = Command(device, "show http server", "SecOff > ");
                Assert.Contains("State .................................. enabled, listening", shown);
                Assert.Contains("Port ................................... " + port + " (HTTPS)", shown);
                Assert.Contains("SSL Key ................................ 0", shown);
                Assert.Contains("Requests Served ........................ 2", shown);
                Assert.Contains("Redirects .............................. 1", shown);
                Assert.Contains("HTTP Server", Command(device, "show ssl", "SecOff > "));

                // Kept by the boot configuration, like the rest of the router's settings.
                Assert.Contains("Info (134003)", Command(device, "create config=ssl.cfg", "SecOff > "));
                string script = Command(device, "show file=ssl.cfg", "SecOff > ");
                Assert.Contains("set http server security=on sslkey=0 port=" + port + " redirectport=" + redirect, script);
                Assert.Contains("enable http server", script);

                device.Type("restart router\r");
                string boot = device.Stdout.WaitFor("login: ", Patience);
                Assert.Contains("INFO:  ENCO keys loaded from flash: 1", boot);
                Assert.Contains("0 errors", boot);
                device.Type("cipher\r");
                device.Stdout.WaitFor("Password: ", Patience);
                device.Type(CipherPassword + "\r");
                device.Stdout.WaitFor("SecOff > ", Patience);
                Assert.Contains("State .................................. enabled, listening", Command(device, "show http server", "SecOff > "));
                AssertServesHttps(port, redirect);

                string key = Command(device, "show enco key=0", "SecOff > ");
                Assert.Contains("Type ................................... RSA", key);
                Assert.Contains("Length ................................. 1024 bits", key);
                Assert.Contains("Value .................................. (private key, never shown)", key);
                AssertCertificate(Command(device, "show pki certificate=cer_name", "SecOff > "));
                device.CloseInput();
                Assert.Equal(0, device.WaitForExit(Patience));
            }
        }

        /// <summary>curl and openssl s_client get the page over TLS 1.3 with the router's certificate; the plain port redirects.</summary>
        private static void AssertServesHttps(int port, int redirect)
        {
            string curl = HttpPeers.Curl("https://127.0.0.1:" + port + "/login");
            Assert.Contains("status=200", curl);
            Assert.Contains("SSL connection using TLSv1.3", curl);
            Assert.Contains("subject: C=us; O=my_company; CN=172.30.1.105", curl);

            HttpPeers.Run("openssl", "GET /login HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", out string openssl,
                "s_client", "-connect", "127.0.0.1:" + port, "-tls1_3", "-ign_eof");
            Assert.Contains("New, TLSv1.3, Cipher is TLS_AES_128_GCM_SHA256", openssl);
            Assert.Contains("CN = 172.30.1.105", openssl);
            Assert.Contains("HTTP/1.1 200 OK", openssl);

            string moved = HttpPeers.Raw(redirect, "GET /gui?page=1 HTTP/1.1\r\nHost: 127.0.0.1:" + redirect + "\r\nConnection: close\r\n\r\n", null);
            Assert.StartsWith("HTTP/1.1 301 Moved Permanently\r\n", moved);
            Assert.Contains("Location: https://127.0.0.1:" + port + "/gui?page=1\r\n", moved);
        }

        private static void AssertCertificate(string shown)
        {
            Assert.Contains("  Subject .............................. C=us, O=my_company, CN=172.30.1.105", shown);
            Assert.Contains("  Serial number ........................ 12345 (0x3039)", shown);
            Assert.Contains("  Public key ........................... RSA 1024 bits", shown);
            Assert.Contains("  Trusted .............................. yes (trust anchor)", shown);
        }
    }
}
