using System;
using Xunit;

namespace Host.Integration.Tests
{
    /// <summary>
    /// Seed 000's "Configuration Example" (securing the HTTP server with SSL), steps 1-9, typed on
    /// the real virtual device: a security officer in a boot configuration, security mode, an RSA
    /// ENCO key, the system distinguished name, a self-signed certificate loaded as trusted; after a
    /// restart the key and the certificate are still there. Step 9 (set http server) answers that
    /// the HTTP server is not built yet.
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
        public void TheRoutersKeyAndSelfSignedCertificateSurviveARestart()
        {
            using (VirtualDevice device = VirtualDevice.Start(_dir.Path, "--flash", _dir.File("flash.bin"), "--flash-size", "256K",
                "--manager-password", ManagerPassword))
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

                // 9. Not in this firmware yet.
                Assert.Contains("Error (3035099): \"set http server\" is not available in this firmware yet.",
                    Command(device, "set http server security=on sslkey=0 port=443", "SecOff > "));

                device.Type("restart router\r");
                string boot = device.Stdout.WaitFor("login: ", Patience);
                Assert.Contains("INFO:  ENCO keys loaded from flash: 1", boot);
                device.Type("cipher\r");
                device.Stdout.WaitFor("Password: ", Patience);
                device.Type(CipherPassword + "\r");
                device.Stdout.WaitFor("SecOff > ", Patience);

                string key = Command(device, "show enco key=0", "SecOff > ");
                Assert.Contains("Type ................................... RSA", key);
                Assert.Contains("Length ................................. 1024 bits", key);
                Assert.Contains("Value .................................. (private key, never shown)", key);
                AssertCertificate(Command(device, "show pki certificate=cer_name", "SecOff > "));
                device.CloseInput();
                Assert.Equal(0, device.WaitForExit(Patience));
            }
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
