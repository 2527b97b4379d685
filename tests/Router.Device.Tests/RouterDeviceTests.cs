using nanoFramework.TestFramework;
using Router.Device.Tests.Fakes;

namespace Router.Device.Tests
{
    /// <summary>The composition root on the fake board: boot, first-boot password, login, the command table, restart.</summary>
    [TestClass]
    public class RouterDeviceTests
    {
        private const string Password = "correct-horse";

        private static FakeBoard NewBoard()
        {
            return new FakeBoard();
        }

        internal static DeviceSettings Settings(string managerPassword)
        {
            DeviceSettings settings = new DeviceSettings();
            settings.ManagerPassword = managerPassword;
            settings.MaxLineLength = 64;

            // The floor Router.Config accepts: keeps the many logins of these tests quick.
            settings.PasswordIterations = 1000;
            return settings;
        }

        /// <summary>Runs a device with the board's password until the script ends; returns why it stopped.</summary>
        internal static DeviceExit RunScript(FakeBoard board, string keys)
        {
            board.FakeConsole.Type(keys);
            return new RouterDevice(board, Settings(Password)).Run();
        }

        internal static string Login()
        {
            return "manager\r" + Password + "\r";
        }

        /// <summary>The text after the last occurrence of <paramref name="marker"/>.</summary>
        internal static string After(string text, string marker)
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
            Assert.Contains("INFO:  Manager password set by the board", output);
            Assert.Contains("INFO:  Router startup complete", output);
            Assert.EndsWith("login: ", output);
        }

        [TestMethod]
        public void FirstBootAsksForTheManagerPasswordTwiceBeforeLogin()
        {
            FakeBoard board = NewBoard();
            board.FakeConsole.Type("short\r" + "long-enough\r" + "different-one\r" + "long-enough\r" + "long-enough\r" + "manager\rlong-enough\rshow time\r");
            new RouterDevice(board, Settings(null)).Run();
            string output = board.FakeConsole.Output;

            Assert.Contains("No manager password is set, and there is no default password.", output);
            Assert.Contains("Error (3065002): The password must have 8 to 64 characters.", output);
            Assert.Contains("Error (3065003): The passwords do not match. Try again.", output);
            Assert.Contains("Info (1065001): Manager password set.", output);
            Assert.DoesNotContains("long-enough", output, "a password is never echoed");
            Assert.DoesNotContains("login: ", output.Substring(0, output.IndexOf("Manager password set.")), "no login before the password is set");
            Assert.Contains("Manager > show time", output);
        }

        [TestMethod]
        public void TheFirstBootPasswordIsKeptInFlash()
        {
            FakeBoard board = NewBoard();
            board.FakeConsole.Type("chosen-at-boot\rchosen-at-boot\r");
            new RouterDevice(board, Settings(null)).Run();

            board.FakeConsole.ClearOutput();
            board.FakeConsole.Type("manager\rchosen-at-boot\r");
            new RouterDevice(board, Settings(null)).Run();
            string output = board.FakeConsole.Output;
            Assert.DoesNotContains("No manager password is set", output, "the second boot finds the user database");
            Assert.EndsWith("Manager > ", output);
        }

        [TestMethod]
        public void TheBoardPasswordIsIgnoredOnceThereAreUsers()
        {
            FakeBoard board = NewBoard();
            RunScript(board, "");
            board.FakeConsole.ClearOutput();
            board.FakeConsole.Type("manager\rcorrect-horse\r");
            new RouterDevice(board, Settings("another-password")).Run();
            Assert.DoesNotContains("Manager password set by the board", board.FakeConsole.Output);
            Assert.EndsWith("Manager > ", board.FakeConsole.Output);
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

            Assert.Contains("Error (3065001): Login incorrect.", output);
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
        public void HelpListsTheCommandTable()
        {
            FakeBoard board = NewBoard();
            RunScript(board, Login() + "help\r");
            string help = After(board.FakeConsole.Output, "Manager > help");

            Assert.Contains("Commands (type at least the capitals of each keyword", help);
            Assert.Contains("\r\nSHow\r\n", help);
            Assert.Contains("    SYStem\r\n", help);
            Assert.Contains("    LOG\r\n", help);
            Assert.Contains("LOGOFF", help);
            Assert.Contains("    ROUTER\r\n", help);
            Assert.EndsWith("Manager > ", help);
        }

        [TestMethod]
        public void ShowSystemReportsTheSystem()
        {
            FakeBoard board = NewBoard();
            board.FakeClock.Uptime = ((2L * 24 + 3) * 3600 + 4 * 60 + 5) * 1000 + 999;
            board.MemoryUsed = 300 * 1024;
            board.MemoryFree = 120 * 1024;
            RunScript(board, Login() + "SH   sys\r");
            string report = After(board.FakeConsole.Output, "Manager > SH   sys");

            Assert.Contains("Router System Status               Time 14:03:22 Date 23-Nov-2025.\r\n", report);
            Assert.Contains("System Name ............................ router\r\n", report);
            Assert.Contains("Product ................................ " + FirmwareIdentity.ProductName + "\r\n", report);
            Assert.Contains("Firmware Version ....................... " + FirmwareIdentity.Version + "\r\n", report);
            Assert.Contains("Board .................................. Test board\r\n", report);
            Assert.Contains("Uptime ................................. 2 days 03:04:05\r\n", report);
            Assert.Contains("Time (UTC) ............................. 23-Nov-2025 14:03:22\r\n", report);
            Assert.Contains("System Security ........................ Disabled\r\n", report);
            Assert.Contains("Flash Size ............................. 64 KB\r\n", report);
            Assert.Contains("Flash Erase Block ...................... 4 KB\r\n", report);

            // The whole 64 KB is the flash store: 7 segments of 8 KB hold files, one is the compaction reserve.
            Assert.Contains("Flash Free ............................. 55 KB\r\n", report);
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
        public void ShowSystemFollowsSetSystemAndTheUtcOffset()
        {
            FakeBoard board = NewBoard();
            RunScript(board, Login() + "set system name=\"Head Office\"\rset sys dist=\"cn=router1,o=my_company,c=us\"\rset log utc=7\rshow system\r");
            string report = After(board.FakeConsole.Output, "Manager > show system");
            Assert.Contains("Router System Status               Time 21:03:22 Date 23-Nov-2025.\r\n", report);
            Assert.Contains("System Name ............................ Head Office\r\n", report);
            Assert.Contains("Distinguished Name ..................... cn=router1,o=my_company,c=us\r\n", report);
            Assert.Contains("Time (UTC) ............................. 23-Nov-2025 14:03:22\r\n", report);
        }

        [TestMethod]
        public void ShowLogListsTheBootMessages()
        {
            FakeBoard board = NewBoard();
            RunScript(board, Login() + "show log\r");
            string log = After(board.FakeConsole.Output, "Manager > show log");
            Assert.Contains("SYSTEM    INFO     Router startup complete\r\n", log);
            Assert.Contains("USER      INFO     manager logged in on the console\r\n", log);
        }

        [TestMethod]
        public void SetTimeMovesTheClockShownEverywhere()
        {
            FakeBoard board = NewBoard();
            RunScript(board, Login() + "set log utc=-2\rset time=09:30:00 date=1-Jan-2026\rshow time\rset time=25:00\r");
            string output = board.FakeConsole.Output;
            string shown = After(output, "Manager > show time");
            Assert.Contains("Local time ............................. 09:30:00 01-Jan-2026\r\n", shown);
            Assert.Contains("UTC .................................... 11:30:00 01-Jan-2026\r\n", shown);
            Assert.Contains("UTC offset ............................. -2 hours\r\n", shown);
            Assert.Contains("Error (3075007): Time \"25:00\" is not valid (hh:mm:ss, dd-mmm-yyyy).", shown);
        }

        [TestMethod]
        [DataRow("xyz", "Error (3035001): Unknown command \"xyz\".")]
        [DataRow("show", "Error (3035004): Incomplete command \"show\".")]
        [DataRow("  show   nothing  ", "Error (3035003): Unknown keyword \"nothing\" after \"show\".")]
        [DataRow("show isakmp", "Error (3035099): \"show isakmp\" is not available in this firmware yet.")]
        public void CommandErrorsAreTheCommandLanguagesNumberedMessages(string typed, string expected)
        {
            FakeBoard board = NewBoard();
            RunScript(board, Login() + typed + "\r");
            Assert.Contains(expected, board.FakeConsole.Output);
            Assert.EndsWith("Manager > ", board.FakeConsole.Output);
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
            Assert.EndsWith("Error (3035006): Command line is too long (maximum 64 characters). The line was discarded.\r\nManager > ", board.FakeConsole.Output);
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
            DeviceExit exit = RunScript(board, Login() + "restart router\rhelp\r");
            Assert.AreEqual((int)DeviceExit.Restart, (int)exit);
            Assert.EndsWith("Manager > restart router\r\nInfo (1075001): Restarting the router.\r\n", board.FakeConsole.Output);

            // What was typed after restart in the same read is lost, as on a real reboot.
            board.FakeConsole.ClearOutput();
            board.FakeConsole.Type(Login() + "show time\r");
            exit = new RouterDevice(board, Settings(Password)).Run();
            Assert.AreEqual((int)DeviceExit.ConsoleClosed, (int)exit);
            Assert.Contains("INFO:  Router startup complete", board.FakeConsole.Output);
            Assert.Contains("Local time ....", board.FakeConsole.Output);
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
        public void UpRecallsThePreviousCommand()
        {
            FakeBoard board = NewBoard();
            RunScript(board, Login() + "show time\r\u001b[A\r");
            string output = board.FakeConsole.Output;
            Assert.AreEqual(2, Count(output, "Local time ...."), "the recalled line ran again");
            Assert.AreEqual(2, Count(output, "Manager > show time\r\n"), "Up put the whole line back after the prompt");
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

        internal static int Count(string text, string part)
        {
            int count = 0;
            for (int at = text.IndexOf(part); at >= 0; at = text.IndexOf(part, at + part.Length))
            {
                count++;
            }

            return count;
        }
    }
}
