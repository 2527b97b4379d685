using nanoFramework.TestFramework;
using Router.Cli;

namespace Router.Cli.Tests
{
    /// <summary>Minimum privilege and the security officer rule of system security mode.</summary>
    [TestClass]
    public class PrivilegeTests
    {
        private static TestConsole Console()
        {
            CommandTable table = new CommandTable(8);
            table.Register("SHow SSL", new FixedHandler(CommandResult.Shown, "ssl"), Privilege.User, false);
            table.Register("SET SSL [MAXsessions=0..5000]", new FixedHandler(CommandResult.Success, null), Privilege.Manager, false);
            table.Register("CREate IPSec POLicy=text(1..23)", new FixedHandler(CommandResult.Success, null), Privilege.Manager, true);
            table.Register("ENAble SYStem SECurity", new FixedHandler(CommandResult.Success, null), Privilege.SecurityOfficer, true);
            return new TestConsole(table);
        }

        [TestMethod]
        public void UserCannotRunManagerCommands()
        {
            TestConsole console = Console();
            Assert.AreEqual("ssl", console.Run("sh ssl", Privilege.User, false));
            Assert.AreEqual("Error (3055001): \"set ssl\" requires Manager privilege.", console.Run("set ssl max=10", Privilege.User, false));
            Assert.AreEqual(CliMessages.OperationSuccessfulLine, console.Run("set ssl max=10", Privilege.Manager, false));
        }

        [TestMethod]
        public void PrivilegeIsCheckedBeforeValues()
        {
            // An unprivileged caller learns nothing about the values of a command it may not run.
            Assert.AreEqual("Error (3055001): \"set ssl\" requires Manager privilege.", Console().Run("set ssl max=99999", Privilege.User, false));
        }

        [TestMethod]
        public void SecurityCommandsNeedASecurityOfficerInSecurityMode()
        {
            TestConsole console = Console();
            Assert.AreEqual(CliMessages.OperationSuccessfulLine, console.Run("cre ips pol=a", Privilege.Manager, false));
            Assert.AreEqual(
                "Error (3055002): \"create ipsec policy\" requires Security Officer privilege when system security is enabled.",
                console.Run("cre ips pol=a", Privilege.Manager, true));
            Assert.AreEqual(CliMessages.OperationSuccessfulLine, console.Run("cre ips pol=a", Privilege.SecurityOfficer, true));

            // Ordinary commands are not affected by security mode.
            Assert.AreEqual(CliMessages.OperationSuccessfulLine, console.Run("set ssl max=10", Privilege.Manager, true));
        }

        [TestMethod]
        public void SecurityOfficerOnlyCommands()
        {
            TestConsole console = Console();
            Assert.AreEqual("Error (3055001): \"enable system security\" requires Security Officer privilege.", console.Run("ena sys sec", Privilege.Manager, false));
            Assert.AreEqual(CliMessages.OperationSuccessfulLine, console.Run("ena sys sec", Privilege.SecurityOfficer, false));
        }

        [TestMethod]
        public void CatalogDeclaresSecurityCommands()
        {
            CommandTable table = TestConsole.Catalog.Table;
            Assert.IsTrue(table.Find("create ipsec policy").IsSecurityCommand);
            Assert.IsTrue(table.Find("create enco key").IsSecurityCommand);
            Assert.IsFalse(table.Find("show ipsec policy").IsSecurityCommand);
            Assert.IsTrue(table.Find("add user").IsSecurityCommand);
            Assert.IsTrue(table.Find("set user").IsSecurityCommand);
            Assert.IsTrue(table.Find("delete user").IsSecurityCommand);

            // 001: a Manager enables security once a Security Officer exists, and regains control
            // with disable system security, which destroys the keys.
            Assert.AreEqual((int)Privilege.Manager, (int)table.Find("enable system security").MinimumPrivilege);
            Assert.IsFalse(table.Find("disable system security").IsSecurityCommand);
            Assert.AreEqual((int)Privilege.User, (int)table.Find("login").MinimumPrivilege);
            Assert.AreEqual((int)Privilege.User, (int)table.Find("logoff").MinimumPrivilege);
        }
    }
}
