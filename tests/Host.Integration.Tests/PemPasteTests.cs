using System.Diagnostics;
using System.IO;
using Xunit;
using static Host.Integration.Tests.VirtualDevice;

namespace Host.Integration.Tests
{
    /// <summary>
    /// "add pki certificate=NAME location=console": a PEM certificate made by openssl, pasted line by
    /// line on the virtual device's console, lands in the certificate database.
    /// </summary>
    public sealed class PemPasteTests : System.IDisposable
    {
        private const string Password = "paste-test-password";
        private readonly TemporaryDirectory _dir = new TemporaryDirectory();

        public void Dispose()
        {
            _dir.Dispose();
        }

        [Fact]
        public void APastedCertificateIsAddedAndShown()
        {
            string[] pem = File.ReadAllLines(MakeCertificate());
            using VirtualDevice device = VirtualDevice.Start(_dir.Path, "--flash", _dir.File("flash.bin"), "--flash-size", "256K",
                "--manager-password", Password);
            device.Stdout.WaitFor("login: ", Patience);
            device.Type("manager\r");
            device.Stdout.WaitFor("Password: ", Patience);
            device.Type(Password + "\r");
            device.Stdout.WaitFor("Manager > ", Patience);

            device.Type("add pki certificate=pasted location=console trust=yes\r");
            device.Stdout.WaitFor("Paste the certificate (PEM) now", Patience);
            foreach (string line in pem)
            {
                device.Type(line + "\r");
            }

            device.Type("\r");
            string added = device.Stdout.WaitFor("Manager > ", Patience);
            Assert.DoesNotContain("Error (", added);

            device.Type("show pki certificate=pasted\r");
            string shown = device.Stdout.WaitFor("Manager > ", Patience);
            Assert.Contains("paste.example", shown);

            // Ctrl-C during a paste gives the prompt back and adds nothing.
            device.Type("add pki certificate=cancelled location=console\r");
            device.Stdout.WaitFor("Paste the certificate (PEM) now", Patience);
            device.Type(pem[0] + "\r\u0003");
            device.Stdout.WaitFor("Manager > ", Patience);
            device.Type("show pki certificate=cancelled\r");
            Assert.Contains("Error (", device.Stdout.WaitFor("Manager > ", Patience));
        }

        private string MakeCertificate()
        {
            string certificate = _dir.File("paste.pem");
            var openssl = Process.Start(new ProcessStartInfo("openssl",
                "req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 30 -subj /CN=paste.example"
                + " -keyout " + _dir.File("paste.key") + " -out " + certificate)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            });
            openssl.WaitForExit(20000);
            Assert.Equal(0, openssl.ExitCode);
            return certificate;
        }
    }
}
