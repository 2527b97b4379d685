using nanoFramework.TestFramework;
using Router.Core.Storage;
using Router.Device.Tests.Fakes;

namespace Router.Device.Tests
{
    /// <summary>
    /// Users, login, system security and configuration scripts through the whole console: the
    /// manuals' worked examples (000 steps 1-3, 001's security officer and reminder) on the fake board.
    /// </summary>
    [TestClass]
    public class UsersAndSecurityTests
    {
        private const string OfficerPassword = "sbr4y3-long";

        private static string AddOfficer()
        {
            return "add user=\"cipher\" password=\"" + OfficerPassword + "\" privilege=securityofficer login=yes\r";
        }

        private static string LoginOfficer()
        {
            return "login cipher\r" + OfficerPassword + "\r";
        }

        /// <summary>Runs the keys on a device whose lines may be as long as the manuals' (the other tests use 64).</summary>
        private static DeviceExit Run(FakeBoard board, string keys)
        {
            board.FakeConsole.Type(keys);
            return new RouterDevice(board, Settings()).Run();
        }

        private static DeviceSettings Settings()
        {
            DeviceSettings settings = RouterDeviceTests.Settings("correct-horse");
            settings.MaxLineLength = 512;
            return settings;
        }

        [TestMethod]
        public void AManagerAddsASecurityOfficerWhoLogsInAndEnablesSecurity()
        {
            FakeBoard board = new FakeBoard();
            Run(board, RouterDeviceTests.Login() + "ena sys sec\r" + AddOfficer() + "show user=cipher\r" + LoginOfficer() + "enable system security\rshow system\r");
            string output = board.FakeConsole.Output;

            Assert.Contains("Manager > ena sys sec\r\nError (3075001): System security needs a user with Security Officer privilege: add one first.", output);
            Assert.Contains("Username: cipher ()\r\nStatus: Enabled Privilege: Sec Off Telnet: No Login: Yes\r\nLogins: 0 Fails: 0\r\n", output);
            Assert.DoesNotContains(OfficerPassword, RouterDeviceTests.After(output, "show user=cipher"), "show user never shows a password");
            Assert.Contains("SecOff > enable system security\r\nInfo (134003): Operation successful.", output);
            Assert.Contains("System Security ........................ Enabled", output);
        }

        [TestMethod]
        public void InSecurityModeAManagerCannotChangeUsers()
        {
            FakeBoard board = new FakeBoard();
            Run(board, RouterDeviceTests.Login() + AddOfficer() + "enable system security\radd user=other password=other-password\rshow user\r");
            string output = board.FakeConsole.Output;
            Assert.Contains("Manager > enable system security\r\nInfo (134003): Operation successful.", output);
            Assert.Contains("Error (3055002): \"add user\" requires Security Officer privilege when system security is enabled.", output);
            Assert.Contains("Username: cipher", output);
            Assert.DoesNotContains("Username: other", output);
        }

        [TestMethod]
        public void AFailedLoginAtTheCommandPromptKeepsTheCurrentUser()
        {
            FakeBoard board = new FakeBoard();
            Run(board, RouterDeviceTests.Login() + AddOfficer() + "login cipher\rwrong-password\r");
            Assert.EndsWith("Error (3065001): Login incorrect.\r\nManager > ", board.FakeConsole.Output);
        }

        [TestMethod]
        public void RepeatedFailuresLockTheAccountForAWhileAndAreLogged()
        {
            FakeBoard board = new FakeBoard();
            string keys = RouterDeviceTests.Login() + "set user loginfail=3 lockoutpd=120\rlogoff\r";
            for (int i = 0; i < 3; i++)
            {
                keys += "manager\rnot-the-password\r";
            }

            keys += "manager\rcorrect-horse\r";
            board.FakeConsole.Type(keys);
            board.FakeConsole.Pause(121000);
            board.FakeConsole.Type("manager\rcorrect-horse\rshow log\r");
            new RouterDevice(board, Settings()).Run();
            string output = board.FakeConsole.Output;

            Assert.AreEqual(3, RouterDeviceTests.Count(output, "Error (3065001): Login incorrect."));
            Assert.Contains("Error (3065004): Login incorrect: too many failed attempts; try again in 120 seconds.", output);
            string log = RouterDeviceTests.After(output, "Manager > show log");
            Assert.Contains("USER      WARN     Login failed for manager", log);
            Assert.Contains("USER      WARN     Account manager locked for 120 s after 3 failed logins", log);
            Assert.Contains("USER      WARN     Login refused for manager: account locked", log);
            Assert.Contains("USER      INFO     manager logged in on the console", log);
        }

        [TestMethod]
        public void AnIdleSecurityOfficerMustLogInAgain()
        {
            FakeBoard board = new FakeBoard();
            board.FakeConsole.Type(RouterDeviceTests.Login() + AddOfficer() + LoginOfficer() + "set user securedelay=10\r");
            board.FakeConsole.Pause(9000);
            board.FakeConsole.Type("show time\r");
            board.FakeConsole.Pause(11000);
            board.FakeConsole.Type("show time\r");
            new RouterDevice(board, Settings()).Run();
            string output = board.FakeConsole.Output;

            Assert.Contains("SecOff > show time\r\n\r\nLocal time", output, "9 s idle is within the secure delay");
            Assert.Contains("\r\nInfo (1065002): Security Officer idle for more than 10 seconds: log in again.\r\n\r\nlogin: show time\r\nPassword: ", output);
        }

        [TestMethod]
        public void AManagerIsNotLoggedOffByTheSecureDelay()
        {
            FakeBoard board = new FakeBoard();
            board.FakeConsole.Type(RouterDeviceTests.Login() + "set user securedelay=10\r");
            board.FakeConsole.Pause(60000);
            board.FakeConsole.Type("show time\r");
            new RouterDevice(board, Settings()).Run();
            Assert.Contains("Manager > show time\r\n\r\nLocal time", board.FakeConsole.Output);
        }

        [TestMethod]
        public void AUserWithLoginNoCannotUseTheConsole()
        {
            FakeBoard board = new FakeBoard();
            Run(board, RouterDeviceTests.Login() + "add user=remote password=friend-of-mine\rlogoff\rremote\rfriend-of-mine\r"
                + "manager\rcorrect-horse\rset user=remote login=yes\rlogoff\rremote\rfriend-of-mine\rshow user\r");
            string output = board.FakeConsole.Output;
            Assert.Contains("Error (3065013): User \"remote\" may not log in to the router (LOGIN=NO).", output);
            Assert.Contains("User > show user\r\nError (3055001): \"show user\" requires Manager privilege.", output);
        }

        [TestMethod]
        public void TheLastAdministratorCannotBeDeleted()
        {
            FakeBoard board = new FakeBoard();
            Run(board, RouterDeviceTests.Login() + "delete user=manager\r" + AddOfficer() + "enable system security\r"
                + "set user=cipher priv=manager\rdelete user=manager\r");
            string output = board.FakeConsole.Output;
            Assert.Contains("Error (3065010): \"manager\" is the last Manager or Security Officer: the router would have no administrator.", output);
            Assert.Contains("Error (3055002)", output, "in security mode the manager may not change users");
        }

        [TestMethod]
        public void DeletingTheManagerAsInTheManualLeavesTheOfficer()
        {
            // 001: add user=secoff ... priv=sec; delete user=manager (the session goes on until logoff).
            FakeBoard board = new FakeBoard();
            Run(board, RouterDeviceTests.Login() + AddOfficer() + "delete user=manager\rshow time\rlogoff\rmanager\rcorrect-horse\r" + "cipher\r" + OfficerPassword + "\r");
            string output = board.FakeConsole.Output;
            Assert.Contains("Manager > delete user=manager\r\nInfo (134003): Operation successful.\r\nManager > show time", output);
            Assert.Contains("Error (3065001): Login incorrect.", output);
            Assert.EndsWith("SecOff > ", output);
        }

        [TestMethod]
        public void DisablingSecurityAsksFirstThenDestroysTheKeys()
        {
            FakeBoard board = new FakeBoard();
            Run(board, RouterDeviceTests.Login() + AddOfficer() + LoginOfficer() + "enable system security\r"
                + "create enco key=1 type=general random\rdisable system security\rno\rshow enco key\r"
                + "disable system security\ry\rshow enco key\rshow log\r");
            string output = board.FakeConsole.Output;

            Assert.Contains("Disabling system security destroys all ENCO keys, in RAM and in flash. Disable it? (Y/N) no\r\nInfo (1075002): Operation cancelled.", output);
            Assert.Contains("(Y/N) y\r\nSystem security disabled: 1 secret destroyed.\r\nInfo (134003): Operation successful.", output);
            string last = RouterDeviceTests.After(output, "(Y/N) y");
            Assert.DoesNotContains("\r\n1       General", last, "the key is gone");
            Assert.Contains("SECURITY  WARN     System security disabled by cipher: 1 secrets destroyed", last);
        }

        [TestMethod]
        public void TheReminderWorksUsersSecurityAndKeysSurviveARestart()
        {
            // 001's reminder: create and set a boot configuration that specifies the security officer.
            FakeBoard board = new FakeBoard();
            DeviceExit exit = Run(board, RouterDeviceTests.Login() + AddOfficer() + LoginOfficer() + "enable system security\r"
                + "create enco key=1 type=general value=pre-shared-secret\rset user securedelay=600\rcreate config=ipsec.cfg\rset config=ipsec.cfg\rrestart router\r");
            Assert.AreEqual((int)DeviceExit.Restart, (int)exit);

            board.FakeConsole.ClearOutput();
            board.FakeConsole.Type("cipher\r" + OfficerPassword + "\rshow enco key=1\rshow user\rshow config\r");
            new RouterDevice(board, Settings()).Run();
            string output = board.FakeConsole.Output;
            Assert.Contains("INFO:  System security is enabled", output);
            Assert.Contains("INFO:  ENCO keys loaded from flash: 1", output);
            Assert.Contains("INFO:  Boot configuration ipsec.cfg: 4 commands, 0 errors", output);
            Assert.Contains("Value .................................. pre-shared-secret", output);
            Assert.Contains("Secure delay: 600 s", output);
            Assert.Contains("Boot configuration file ................ ipsec.cfg (exists)", output);
        }

        [TestMethod]
        public void BootScriptErrorsNameFileAndLineAndTheBootGoesOn()
        {
            FakeBoard board = new FakeBoard();
            Run(board, RouterDeviceTests.Login());
            FlashStore store = new FlashStore(board.FakeFlash, 0, 16, 2, 32);
            store.Mount();
            byte[] script = Ascii("# a comment\r\nset system name=\"Lab Router\"\r\n\r\nset foo=1\r\nset log utcoffset=99\r\nadd user=x passwordhash=nonsense\r\nrestart router\r\nset\u00ffsystem\r\n" + new string('x', 600) + "\r\nset log utc=2");
            store.Write("bad.cfg", script, 0, script.Length);

            board.FakeConsole.ClearOutput();
            Run(board, RouterDeviceTests.Login() + "set config=bad.cfg\rrestart router\r");
            board.FakeConsole.ClearOutput();
            Run(board, RouterDeviceTests.Login() + "show system\rshow time\r");
            string output = board.FakeConsole.Output;

            Assert.Contains("INFO:  Running boot configuration bad.cfg\r\n", output);
            Assert.Contains("bad.cfg line 4: Error (3035003): Unknown keyword \"foo\" after \"set\".", output);
            Assert.Contains("bad.cfg line 5: Error (3045060): Parameter \"UTCOFFSET\" is out of range", output);
            Assert.Contains("bad.cfg line 6: Error (3065009): Value of PASSWORDHASH is not a password hash of this router.", output);
            Assert.Contains("bad.cfg line 7: Error (3035013): \"restart router\" cannot run from a configuration script.", output);
            Assert.Contains("bad.cfg line 8: Error (3035008): Invalid character (0x1A) at position 4.", output);
            Assert.Contains("bad.cfg line 9: Error (3035006): Command line is too long (maximum 512 characters).", output);
            Assert.Contains("WARN:  Boot configuration bad.cfg: 7 commands, 6 errors", output);
            Assert.Contains("INFO:  Router startup complete", output);
            Assert.Contains("System Name ............................ Lab Router", output);
            Assert.Contains("UTC offset ............................. +2 hours", output, "the last line ran after the errors");
        }

        [TestMethod]
        public void ConfigFilesAreListedShownAndDeletedButSystemFilesAreNot()
        {
            FakeBoard board = new FakeBoard();
            Run(board, RouterDeviceTests.Login() + "create config=One.CFG\rset config=one.cfg\rshow file\rshow file=one.cfg\r"
                + "show file=users.db\rdelete file=users.db\rdelete file=one.cfg\rshow config\rcreate config=noext\rset config=missing.cfg\r");
            string output = board.FakeConsole.Output;
            Assert.Contains("one.cfg                           ", output);
            Assert.Contains("users.db                          ", output);
            Assert.Contains("add user=manager passwordhash=<hidden> privilege=manager login=yes telnet=no\r\n", output);
            Assert.Contains("Error (3075006): \"users.db\" is a system file: it cannot be shown or deleted.", output);
            Assert.Contains("The boot configuration was one.cfg: it is now none.", output);
            Assert.Contains("Boot configuration file ................ none", output);
            Assert.Contains("Error (3075004): \"noext\" is not a configuration file name (NAME.cfg, up to 31 characters).", output);
            Assert.Contains("Error (3075003): File \"missing.cfg\" does not exist.", output);
        }

        private static byte[] Ascii(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }
    }
}
