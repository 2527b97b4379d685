using System;
using System.IO;
using System.Runtime.InteropServices;
using Xunit;

namespace Host.Integration.Tests
{
    /// <summary>The virtual device driven through its standard input and output, as a script would.</summary>
    public sealed class StdioConsoleTests : IDisposable
    {
        private const string Password = "integration-pw";
        private static readonly TimeSpan Patience = VirtualDevice.Patience;

        private readonly TemporaryDirectory _dir = new TemporaryDirectory();

        public void Dispose()
        {
            _dir.Dispose();
        }

        private VirtualDevice StartDevice()
        {
            return VirtualDevice.Start(_dir.Path, "--flash", _dir.File("flash.bin"), "--flash-size", "256K", "--manager-password", Password);
        }

        private static void LogIn(VirtualDevice device)
        {
            device.Stdout.WaitFor("login: ", Patience);
            device.Type("manager\n");
            device.Stdout.WaitFor("Password: ", Patience);
            device.Type(Password + "\r\n");
            device.Stdout.WaitFor("Manager > ", Patience);
        }

        [Fact]
        public void BootsLogsInAndShowsTheSystem()
        {
            using VirtualDevice device = StartDevice();

            string banner = device.Stdout.WaitFor("login: ", Patience);
            Assert.Contains("Security Router, firmware version ", banner);
            Assert.Contains("Board: Host virtual device", banner);
            Assert.Contains("INFO:  Flash memory: 256 KB, 4 KB erase blocks.", banner);
            Assert.Contains("INFO:  Router startup complete", banner);

            device.Type("manager\n");
            device.Stdout.WaitFor("Password: ", Patience);
            device.Type(Password + "\n");
            device.Stdout.WaitFor("Manager > ", Patience);

            device.Type("show system\r");
            string report = device.Stdout.WaitFor("Manager > ", Patience);
            Assert.Matches(@"Router System Status +Time \d\d:\d\d:\d\d Date \d\d-[A-Z][a-z]{2}-\d{4}\.\r\n", report);
            Assert.Contains("System Name ............................ router\r\n", report);
            Assert.Contains("Product ................................ Security Router\r\n", report);
            Assert.Matches(@"Firmware Version \.+ \d+\.\d+\.\d+\r\n", report);
            Assert.Contains("Board .................................. Host virtual device\r\n", report);
            Assert.Matches(@"Uptime \.+ 0 days 00:00:\d\d\r\n", report);
            Assert.Contains("Flash Size ............................. 256 KB\r\n", report);
            Assert.Contains("Flash Erase Block ...................... 4 KB\r\n", report);
            Assert.Contains("System Security ........................ Disabled\r\n", report);
            Assert.Matches(@"Flash Free \.+ 24\d KB\r\n", report);
            Assert.Matches(@"Managed Memory Used \.+ \d+ KB\r\n", report);

            device.Type("xyz\n");
            Assert.Contains("Error (3035001): Unknown command \"xyz\".", device.Stdout.WaitFor("Manager > ", Patience));

            device.CloseInput();
            Assert.Equal(0, device.WaitForExit(Patience));
        }

        [Fact]
        public void RestartBootsTheFirmwareAgainInTheSameProcess()
        {
            using VirtualDevice device = StartDevice();
            LogIn(device);

            device.Type("restart router\n");
            device.Stdout.WaitFor("Info (1075001): Restarting the router.", Patience);
            string secondBoot = device.Stdout.WaitFor("login: ", Patience);
            Assert.Contains("Security Router, firmware version ", secondBoot);
            Assert.Contains("INFO:  Router startup complete", secondBoot);

            // The user database is in flash now; the event log starts again.
            device.Type("manager\n");
            device.Stdout.WaitFor("Password: ", Patience);
            device.Type(Password + "\n");
            device.Stdout.WaitFor("Manager > ", Patience);
            device.Type("show log\n");
            string log = device.Stdout.WaitFor("Manager > ", Patience);
            Assert.DoesNotContain("Restart requested", log);
            Assert.Contains("Router startup complete", log);
        }

        [Fact]
        public void SigtermStopsTheDeviceCleanly()
        {
            using VirtualDevice device = StartDevice();
            LogIn(device);

            Assert.Equal(0, kill(device.Pid, SIGTERM));
            device.Stdout.WaitFor("INFO:  Router shutting down.", Patience);
            Assert.Equal(0, device.WaitForExit(Patience));
        }

        [Fact]
        public void FirstBootWithoutAPasswordOptionAsksForOne()
        {
            using VirtualDevice device = VirtualDevice.Start(_dir.Path, "--flash", _dir.File("flash.bin"), "--flash-size", "256K");

            device.Stdout.WaitFor("New manager password: ", Patience);
            device.Type("first-password\r");
            device.Stdout.WaitFor("Confirm manager password: ", Patience);
            device.Type("first-password\r");
            device.Stdout.WaitFor("Info (1065001): Manager password set.", Patience);
            device.Stdout.WaitFor("login: ", Patience);
            device.Type("manager\rfirst-password\r");
            device.Stdout.WaitFor("Manager > ", Patience);
        }

        [Fact]
        public void TheDefaultFlashImageIsCreatedErasedInTheWorkingDirectory()
        {
            // No password option: nothing is written to flash before the first password is chosen.
            using (VirtualDevice device = VirtualDevice.Start(_dir.Path, "--flash-size", "64K"))
            {
                device.Stdout.WaitFor("New manager password: ", Patience);
                device.CloseInput();
                Assert.Equal(0, device.WaitForExit(Patience));
            }

            byte[] image = File.ReadAllBytes(_dir.File("flash.bin"));
            Assert.Equal(64 * 1024, image.Length);
            Assert.All(image, b => Assert.Equal(0xFF, b));
        }

        [Theory]
        [InlineData("--console", "serial")]
        [InlineData("--manager-password", "short")]
        [InlineData("--flash-block", "1000")]
        [InlineData("--listen", "not-an-address")]
        [InlineData("--bogus", "1")]
        public void BadOptionsExitWithCode2(string option, string value)
        {
            using VirtualDevice device = VirtualDevice.Start(_dir.Path, "--flash", _dir.File("flash.bin"), option, value);
            Assert.Equal(2, device.WaitForExit(Patience));
            Assert.StartsWith("router-vdev: ", device.Stderr);
        }

        [Fact]
        public void AFlashImageOfAnotherSizeIsRefused()
        {
            File.WriteAllBytes(_dir.File("flash.bin"), new byte[8192]);
            using VirtualDevice device = VirtualDevice.Start(_dir.Path, "--flash", _dir.File("flash.bin"), "--flash-size", "64K");
            Assert.Equal(2, device.WaitForExit(Patience));
            Assert.Contains("holds 8192 bytes", device.Stderr);
        }

        private const int SIGTERM = 15;

        [DllImport("libc", SetLastError = true)]
        private static extern int kill(int pid, int signal);
    }
}
