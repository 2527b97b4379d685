using nanoFramework.TestFramework;
using Router.Device.Tests.Fakes;

namespace Router.Device.Tests
{
    [TestClass]
    public class RouterDeviceTests
    {
        private const string Password = "correct-horse";

        private static FakeBoard NewBoard()
        {
            return new FakeBoard();
        }

        private static DeviceSettings Settings(string managerPassword)
        {
            DeviceSettings settings = new DeviceSettings();
            settings.ManagerPassword = managerPassword;
            settings.MaxLineLength = 64;
            return settings;
        }

        /// <summary>Runs a device with the board's password until the script ends; returns why it stopped.</summary>
        private static DeviceExit RunScript(FakeBoard board, string keys)
        {
            board.FakeConsole.Type(keys);
            return new RouterDevice(board, Settings(Password)).Run();
        }

        private static string Login()
        {
            return "manager\r" + Password + "\r";
        }

        /// <summary>The text after the last occurrence of <paramref name="marker"/>.</summary>
        private static string After(string text, string marker)
        {
            int at = text.LastIndexOf(marker);
            return at < 0 ? "" : text.Substring(at + marker.Length);
        }

        [TestMethod]
        public void BannerNamesProductVersionAndBoardThenAsksForLogin()
        {
            FakeBoard board = NewBoard();
            DeviceExit exit = RunScript(board, "");
            string output = board.FakeConsole.Output;

            Assert.AreEqual((int)DeviceExit.ConsoleClosed, (int)exit);
            Assert.Contains(FirmwareIdentity.ProductName + ", firmware version " + FirmwareIdentity.Version, output);
            Assert.Contains("Board: Test board", output);
            Assert.Contains("INFO:  Flash memory: 64 KB, 4 KB erase blocks.", output);
            Assert.Contains("INFO:  Router startup complete", output);
            Assert.EndsWith("login: ", output);
        }

        [TestMethod]
        public void FirstBootAsksForTheManagerPasswordTwiceBeforeLogin()
        {
            FakeBoard board = NewBoard();
            board.FakeConsole.Type("short\r" + "long-enough\r" + "different-one\r" + "long-enough\r" + "long-enough\r" + "manager\rlong-enough\rhelp\r");
            new RouterDevice(board, Settings(null)).Run();
            string output = board.FakeConsole.Output;

            Assert.Contains("No manager password is set, and there is no default password.", output);
            Assert.Contains("Error (3035003): The password must have 8 to 64 characters.", output);
            Assert.Contains("Error (3035004): The passwords do not match. Try again.", output);
            Assert.Contains("Info (3035006): Manager password set.", output);
            Assert.DoesNotContains("long-enough", output, "a password is never echoed");
            Assert.DoesNotContains("login: ", output.Substring(0, output.IndexOf("Manager password set.")), "no login before the password is set");
            Assert.Contains("Manager > help", output);
        }

        [TestMethod]
        public void LoginWithTheRightPasswordGivesTheManagerPrompt()
        {
            FakeBoard board = NewBoard();
            RunScript(board, Login());
            string output = board.FakeConsole.Output;

            Assert.Contains("login: manager\r\nPassword: \r\n", output);
            Assert.DoesNotContains(Password, output);
            Assert.EndsWith("Manager > ", output);
        }

        [TestMethod]
        [DataRow("manager", "wrong-password")]
        [DataRow("manager", "correct-hors")]
        [DataRow("manager", "correct-horse2")]
        [DataRow("admin", Password)]
        public void WrongNameOrPasswordIsRefused(string name, string password)
        {
            FakeBoard board = NewBoard();
            RunScript(board, name + "\r" + password + "\r");
            string output = board.FakeConsole.Output;

            Assert.Contains("Error (3035005): Login incorrect.", output);
            Assert.DoesNotContains("Manager > ", output);
            Assert.EndsWith("login: ", output);
        }

        [TestMethod]
        public void UserNameIsCaseInsensitive()
        {
            FakeBoard board = NewBoard();
            RunScript(board, "Manager\r" + Password + "\r");
            Assert.EndsWith("Manager > ", board.FakeConsole.Output);
        }

        [TestMethod]
        public void CtrlCAtThePasswordPromptGoesBackToLogin()
        {
            FakeBoard board = NewBoard();
            RunScript(board, "manager\rcorr\u0003");
            Assert.EndsWith("Password: ^C\r\nlogin: ", board.FakeConsole.Output);
        }

        [TestMethod]
        public void HelpListsTheCommands()
        {
            FakeBoard board = NewBoard();
            RunScript(board, Login() + "help\r");
            string help = After(board.FakeConsole.Output, "Manager > help");

            Assert.Contains("Commands available:", help);
            Assert.Contains("  help ", help);
            Assert.Contains("  show system ", help);
            Assert.Contains("  show log ", help);
            Assert.Contains("  logoff ", help);
            Assert.Contains("  restart ", help);
            Assert.EndsWith("Manager > ", help);
        }

        [TestMethod]
        public void ShowSystemReportsTheSystem()
        {
            FakeBoard board = NewBoard();
            board.FakeClock.Uptime = ((2L * 24 + 3) * 3600 + 4 * 60 + 5) * 1000 + 999;
            board.MemoryUsed = 300 * 1024;
            board.MemoryFree = 120 * 1024;
            RunScript(board, Login() + "SHOW   system\r");
            string report = After(board.FakeConsole.Output, "Manager > SHOW   system");

            Assert.Contains("Router System Status               Time 14:03:22 Date 23-Nov-2025.\r\n", report);
            Assert.Contains("System Name ............................ router\r\n", report);
            Assert.Contains("Product ................................ " + FirmwareIdentity.ProductName + "\r\n", report);
            Assert.Contains("Firmware Version ....................... " + FirmwareIdentity.Version + "\r\n", report);
            Assert.Contains("Board .................................. Test board\r\n", report);
            Assert.Contains("Uptime ................................. 2 days 03:04:05\r\n", report);
            Assert.Contains("Time (UTC) ............................. 23-Nov-2025 14:03:22\r\n", report);
            Assert.Contains("Flash Size ............................. 64 KB\r\n", report);
            Assert.Contains("Flash Erase Block ...................... 4 KB\r\n", report);
            Assert.Contains("Flash Free ............................. 64 KB\r\n", report);
            Assert.Contains("Managed Memory Used .................... 300 KB\r\n", report);
            Assert.Contains("Managed Memory Free .................... 120 KB\r\n", report);
            Assert.EndsWith("Manager > ", report);
        }

        [TestMethod]
        public void ShowSystemSaysWhenTheBoardCannotTellTheMemory()
        {
            FakeBoard board = NewBoard();
            board.MemoryUsed = -1;
            board.MemoryFree = -1;
            RunScript(board, Login() + "show system\r");
            Assert.Contains("Managed Memory Free .................... not reported by this board\r\n", board.FakeConsole.Output);
        }

        [TestMethod]
        public void ShowLogListsTheBootMessages()
        {
            FakeBoard board = NewBoard();
            RunScript(board, Login() + "show log\r");
            string log = After(board.FakeConsole.Output, "Manager > show log");
            Assert.Contains("SYSTEM    INFO     Router startup complete\r\n", log);
            Assert.Contains("USER      INFO     Manager logged in on the console\r\n", log);
        }

        [TestMethod]
        [DataRow("xyz", "xyz")]
        [DataRow("show", "show")]
        [DataRow("  show   nothing  ", "show   nothing")]
        [DataRow("help me", "help me")]
        public void UnknownCommandsGetANumberedError(string typed, string quoted)
        {
            FakeBoard board = NewBoard();
            RunScript(board, Login() + typed + "\r");
            Assert.EndsWith("Error (3035001): Unknown command \"" + quoted + "\".\r\nManager > ", board.FakeConsole.Output);
        }

        [TestMethod]
        public void AnEmptyLineJustPromptsAgain()
        {
            FakeBoard board = NewBoard();
            RunScript(board, Login() + "\r");
            Assert.EndsWith("Manager > \r\nManager > ", board.FakeConsole.Output);
        }

        [TestMethod]
        public void AnOverlongCommandLineGetsAClearError()
        {
            FakeBoard board = NewBoard();
            RunScript(board, Login() + new string('x', 100) + "\r");
            Assert.EndsWith("Error (3035002): Line too long: the limit is 64 characters. The line was discarded.\r\nManager > ", board.FakeConsole.Output);
        }

        [TestMethod]
        public void LogoffReturnsToTheLoginPrompt()
        {
            FakeBoard board = NewBoard();
            RunScript(board, Login() + "logoff\rshow system\r");
            string afterLogoff = After(board.FakeConsole.Output, "Manager > logoff");

            Assert.DoesNotContains("Router System Status", afterLogoff, "commands need a login again");
            Assert.Contains("login: show system\r\nPassword: ", afterLogoff);
        }

        [TestMethod]
        public void RestartEndsTheRunAndANewRunBootsAgain()
        {
            FakeBoard board = NewBoard();
            DeviceExit exit = RunScript(board, Login() + "restart\rhelp\r");
            Assert.AreEqual((int)DeviceExit.Restart, (int)exit);
            Assert.EndsWith("Manager > restart\r\nInfo (3035007): Restarting the router.\r\n", board.FakeConsole.Output);

            // What was typed after restart in the same read is lost, as on a real reboot.
            board.FakeConsole.ClearOutput();
            board.FakeConsole.Type(Login() + "help\r");
            exit = new RouterDevice(board, Settings(Password)).Run();
            Assert.AreEqual((int)DeviceExit.ConsoleClosed, (int)exit);
            Assert.Contains("INFO:  Router startup complete", board.FakeConsole.Output);
            Assert.Contains("Commands available:", board.FakeConsole.Output);
        }

        [TestMethod]
        public void AStopRequestEndsTheRunCleanly()
        {
            FakeBoard board = NewBoard();
            board.Stop = true;
            DeviceExit exit = RunScript(board, Login());
            Assert.AreEqual((int)DeviceExit.Stopped, (int)exit);
            Assert.EndsWith("INFO:  Router shutting down.\r\n", board.FakeConsole.Output);
        }

        [TestMethod]
        public void KeysArrivingOneByOneWorkTheSame()
        {
            FakeBoard board = NewBoard();
            board.FakeConsole.ChunkSize = 1;
            RunScript(board, Login() + "show system\r\n");
            Assert.Contains("System Name ............................ router", board.FakeConsole.Output);
            Assert.EndsWith("Manager > ", board.FakeConsole.Output);
        }

        [TestMethod]
        public void ABoardPasswordThatBreaksThePolicyIsRefused()
        {
            FakeBoard board = NewBoard();
            board.FakeConsole.Type("");
            new RouterDevice(board, Settings("short")).Run();
            string output = board.FakeConsole.Output;
            Assert.Contains("WARN:  Manager password from the board refused: wrong length", output);
            Assert.EndsWith("New manager password: ", output);
        }
    }
}
