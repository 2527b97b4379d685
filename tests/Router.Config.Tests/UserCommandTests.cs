using nanoFramework.TestFramework;
using Router.Cli;
using Router.Config.Tests.Fakes;
using Router.Config.Users;

namespace Router.Config.Tests
{
    /// <summary>add, set, delete and show user through the command language.</summary>
    [TestClass]
    public class UserCommandTests
    {
        [TestMethod]
        public void AddUserChecksNamePasswordAndDuplicates()
        {
            Fixture fixture = new Fixture();
            Assert.AreEqual("Error (3065012): User name \"a/b\" may only have letters, digits, \"_\", \"-\" and \".\".", fixture.Run("add user=a/b password=long-enough"));
            Assert.AreEqual("Error (3065002): The password must have 8 to 64 characters.", fixture.Run("add user=remote password=friend"));
            Assert.AreEqual("Error (3065008): Give PASSWORD (or, in a configuration script, PASSWORDHASH).", fixture.Run("add user=remote"));
            Assert.AreEqual(CliMessages.OperationSuccessfulLine, fixture.Run("add user=remote password=friend-of-mine"));
            Assert.AreEqual("Error (3065005): User \"remote\" already exists.", fixture.Run("add user=REMOTE password=friend-of-mine"));

            UserAccount remote = fixture.Configuration.Users.Find("remote");
            Assert.AreEqual((int)Privilege.User, (int)remote.Privilege, "USER is the default privilege");
            Assert.IsFalse(remote.MayLogIn, "and LOGIN=NO the default");
        }

        [TestMethod]
        public void AScriptAddingAUserTheFlashHoldsIsQuietWhenNothingDiffers()
        {
            Fixture fixture = new Fixture();
            fixture.Run("add user=secoff password=officer-pass priv=sec login=yes");
            string hash = fixture.Configuration.Users.Find("secoff").Password.ToText();
            string line = "add user=secoff passwordhash=" + hash + " privilege=securityofficer login=yes telnet=";

            fixture.Configuration.Context.IsInteractive = false;
            Assert.AreEqual(CliMessages.OperationSuccessfulLine, fixture.Run(line + "no", Privilege.SecurityOfficer));
            Assert.AreEqual("Error (3065005): User \"secoff\" already exists.", fixture.Run(line + "yes", Privilege.SecurityOfficer));
            fixture.Configuration.Context.IsInteractive = true;
            Assert.AreEqual("Error (3065005): User \"secoff\" already exists.", fixture.Run(line + "no"), "at the console it is an error");
        }

        [TestMethod]
        public void SetUserChangesOneUserOrTheLoginRules()
        {
            Fixture fixture = new Fixture();
            fixture.Run("add user=remote password=friend-of-mine");
            Assert.AreEqual(CliMessages.OperationSuccessfulLine, fixture.Run("set user=remote priv=manager desc=\"branch office\" password=new-password"));
            UserAccount remote = fixture.Configuration.Users.Find("remote");
            Assert.AreEqual((int)Privilege.Manager, (int)remote.Privilege);
            Assert.AreEqual("branch office", remote.Description);
            Assert.IsTrue(remote.Password.Verify("new-password".ToCharArray(), 12));

            Assert.AreEqual(CliMessages.OperationSuccessfulLine, fixture.Run("set user securedelay=600 loginfail=2"));
            Assert.AreEqual(600, fixture.Configuration.Users.Policy.SecureDelaySeconds);
            Assert.AreEqual(2, fixture.Configuration.Users.Policy.LoginFailLimit);
            Assert.AreEqual("Error (3065014): Give at least one parameter to change.", fixture.Run("set user"));
            Assert.AreEqual("Error (3065014): Give USER=name to change a user's PASSWORD, PRIVILEGE, LOGIN, TELNET or DESCRIPTION.", fixture.Run("set user password=something-new"));
            Assert.AreEqual("Error (3065006): User \"nobody\" does not exist.", fixture.Run("set user=nobody login=yes"));
            Assert.AreEqual("Error (3045060): Parameter \"SECUREDELAY\" is out of range (10-3600).", fixture.Run("set user securedelay=5"));
        }

        [TestMethod]
        public void TheLastSecurityOfficerStaysWhileSecurityIsEnabled()
        {
            Fixture fixture = new Fixture();
            fixture.Run("add user=manager password=manager-pass priv=manager");
            fixture.Run("add user=secoff password=officer-pass priv=sec");
            Assert.AreEqual(CliMessages.OperationSuccessfulLine, fixture.Run("enable system security"));
            Assert.AreEqual("Error (3065011): \"secoff\" is the last Security Officer and system security is enabled.",
                fixture.Run("delete user=secoff", Privilege.SecurityOfficer));
            Assert.AreEqual("Error (3065011): \"secoff\" is the last Security Officer and system security is enabled.",
                fixture.Run("set user=secoff priv=manager", Privilege.SecurityOfficer));
            Assert.AreEqual(CliMessages.OperationSuccessfulLine, fixture.Run("add user=second password=second-pass priv=sec", Privilege.SecurityOfficer));
            Assert.AreEqual(CliMessages.OperationSuccessfulLine, fixture.Run("delete user=secoff", Privilege.SecurityOfficer));
        }

        [TestMethod]
        public void ShowUserListsAccountsWithoutPasswords()
        {
            Fixture fixture = new Fixture();
            fixture.Run("add user=secoff password=officer-pass priv=sec login=yes telnet=yes desc=\"head office\"");
            fixture.Run("show user");
            string text = fixture.Output.Text;
            Assert.Contains("User Authentication Database\n", text);
            Assert.Contains("Secure delay: 60 s  Login failures before lockout: 5  Lockout: 600 s\n", text);
            Assert.Contains("Username: secoff (head office)\nStatus: Enabled Privilege: Sec Off Telnet: Yes Login: Yes\nLogins: 0 Fails: 0\n", text);
            Assert.DoesNotContains("pbkdf2", text);
            Assert.AreEqual("Error (3065006): User \"x\" does not exist.", fixture.Run("show user=x"));
        }

        [TestMethod]
        public void LoginAndLogoffOnlyAskTheConsole()
        {
            Fixture fixture = new Fixture();
            fixture.Output.Clear();
            fixture.Dispatcher.Execute("login cipher", Privilege.Manager, false, fixture.Output);
            Assert.AreEqual(0, fixture.Output.Count, "nothing answered: the console prompts for the password");
            Assert.AreEqual((int)Session.SessionRequest.Login, (int)fixture.Configuration.Context.Request);
            Assert.AreEqual("cipher", fixture.Configuration.Context.RequestedLogin);
            fixture.Configuration.Context.ClearRequest();

            fixture.Configuration.Context.IsInteractive = false;
            Assert.AreEqual("Error (3035013): \"logoff\" cannot run from a configuration script.", fixture.Run("logoff"));
            Assert.AreEqual((int)Session.SessionRequest.None, (int)fixture.Configuration.Context.Request);
        }
    }
}
