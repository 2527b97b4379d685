using System;
using System.IO;
using System.Text;
using Xunit;

namespace Host.Integration.Tests
{
    /// <summary>
    /// The seeds' reminder, end to end on the real virtual device (001: "It is important to create
    /// and set a boot-up configuration file that specifies a security officer ... Without this
    /// configuration file, no one can log in as security officer after a reboot. This means you
    /// would need to use the disable system security command to regain control of the router,
    /// but it automatically destroys keys."): a security officer and security mode, an ENCO key,
    /// create config, set config, restart router and a real power cycle (a new process on the same
    /// flash image); the officer logs in again and the key is still there; disable system security
    /// destroys it, in RAM and in the flash image.
    /// </summary>
    public sealed class SecurityReminderTests : IDisposable
    {
        private const string ManagerPassword = "manager-password";
        private const string OfficerPassword = "officer-password";

        // A pre-shared key as 001 types it: it must not survive in the flash image once destroyed.
        private const string KeyValue = "PreSharedKey-4f7d2a9c1e";

        private static readonly TimeSpan Patience = VirtualDevice.Patience;

        private readonly TemporaryDirectory _dir = new TemporaryDirectory();

        public void Dispose()
        {
            _dir.Dispose();
        }

        private VirtualDevice Start()
        {
            return VirtualDevice.Start(_dir.Path, "--flash", _dir.File("flash.bin"), "--flash-size", "256K", "--manager-password", ManagerPassword);
        }

        /// <summary>Types a command and returns its answer, up to the next prompt.</summary>
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
        public void TheOfficerAndTheKeysSurviveRestartsUntilSecurityIsDisabled()
        {
            using (VirtualDevice device = Start())
            {
                LogIn(device, "manager", ManagerPassword, "Manager > ");
                Assert.Contains("Error (3075001)", Command(device, "enable system security", "Manager > "));
                Assert.Contains("Info (134003)", Command(device, "add user=secoff password=" + OfficerPassword + " priv=sec login=yes telnet=yes", "Manager > "));
                device.Type("login secoff\r");
                device.Stdout.WaitFor("Password: ", Patience);
                device.Type(OfficerPassword + "\r");
                device.Stdout.WaitFor("SecOff > ", Patience);
                Assert.Contains("Info (134003)", Command(device, "enable system security", "SecOff > "));
                Assert.Contains("Info (134003)", Command(device, "create enco key=1 type=general value=" + KeyValue, "SecOff > "));
                Assert.Contains("Info (134003)", Command(device, "set user securedelay=600", "SecOff > "));
                Assert.Contains("Info (134003)", Command(device, "create config=ipsec.cfg", "SecOff > "));
                Assert.Contains("Info (134003)", Command(device, "set config=ipsec.cfg", "SecOff > "));

                device.Type("restart router\r");
                string boot = device.Stdout.WaitFor("login: ", Patience);
                Assert.Contains("INFO:  System security is enabled", boot);
                Assert.Contains("INFO:  ENCO keys loaded from flash: 1", boot);
                Assert.Contains("INFO:  Boot configuration ipsec.cfg: 4 commands, 0 errors", boot);
                device.Type("secoff\r");
                device.Stdout.WaitFor("Password: ", Patience);
                device.Type(OfficerPassword + "\r");
                device.Stdout.WaitFor("SecOff > ", Patience);
                Assert.Contains("Value .................................. " + KeyValue, Command(device, "show enco key=1", "SecOff > "));
                Assert.Contains("Secure delay: 600 s", Command(device, "show user", "SecOff > "));

                // The manager may look, but not change security configuration.
                device.Type("login manager\r");
                device.Stdout.WaitFor("Password: ", Patience);
                device.Type(ManagerPassword + "\r");
                device.Stdout.WaitFor("Manager > ", Patience);
                Assert.Contains("Error (3055002)", Command(device, "destroy enco key=1", "Manager > "));
                Assert.Contains("Error (3055002)", Command(device, "add user=intruder password=intruder-pass priv=sec", "Manager > "));
                device.CloseInput();
                Assert.Equal(0, device.WaitForExit(Patience));
            }

            Assert.True(Contains(File.ReadAllBytes(_dir.File("flash.bin")), KeyValue), "in security mode the key is kept in flash");

            // A power cycle: a new process on the same flash image.
            using (VirtualDevice device = Start())
            {
                LogIn(device, "secoff", OfficerPassword, "SecOff > ");
                Assert.Contains("System Security ........................ Enabled", Command(device, "show system", "SecOff > "));
                Assert.Contains("Value .................................. " + KeyValue, Command(device, "show enco key=1", "SecOff > "));

                device.Type("disable system security\r");
                device.Stdout.WaitFor("(Y/N) ", Patience);
                string disabled = Command(device, "y", "SecOff > ");
                Assert.Contains("System security disabled: 1 secret destroyed.", disabled);
                Assert.Contains("System security disabled by secoff: 1 secrets destroyed", Command(device, "show log", "SecOff > "));

                device.Type("restart router\r");
                string boot = device.Stdout.WaitFor("login: ", Patience);
                Assert.DoesNotContain("System security is enabled", boot);
                device.Type("secoff\r" + OfficerPassword + "\r");
                device.Stdout.WaitFor("SecOff > ", Patience);
                Assert.Contains("Error (3085003): ENCO key 1: key does not exist.", Command(device, "show enco key=1", "SecOff > "));
                Assert.Contains("System Security ........................ Disabled", Command(device, "show system", "SecOff > "));
                device.CloseInput();
                Assert.Equal(0, device.WaitForExit(Patience));
            }

            Assert.False(Contains(File.ReadAllBytes(_dir.File("flash.bin")), KeyValue), "disable system security wiped the key from flash");
        }

        private static bool Contains(byte[] image, string text)
        {
            byte[] needle = Encoding.ASCII.GetBytes(text);
            for (int i = 0; i + needle.Length <= image.Length; i++)
            {
                int k = 0;
                while (k < needle.Length && image[i + k] == needle[k])
                {
                    k++;
                }

                if (k == needle.Length)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
