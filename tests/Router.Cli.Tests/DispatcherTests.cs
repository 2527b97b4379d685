using nanoFramework.TestFramework;
using Router.Cli;

namespace Router.Cli.Tests
{
    /// <summary>What the console answers for each outcome.</summary>
    [TestClass]
    public class DispatcherTests
    {
        [TestMethod]
        public void SyntaxOnlyEntriesParseFullyThenSayNotAvailable()
        {
            TestConsole console = TestConsole.Catalog;
            Assert.AreEqual(CommandResult.Error, console.Execute("cre ips pol=\"my_vpn\" int=ppp0 ac=ips key=isakmp bund=1 peer=192.168.2.1", Privilege.SecurityOfficer, true));
            Assert.AreEqual("Error (3035099): \"create ipsec policy\" is not available in this firmware yet.", console.Output.Last);

            // A typing mistake is still reported as such.
            Assert.AreEqual("Error (3045063): Value \"ipz\" is not valid for parameter \"ACTION\" (DENY, IPSEC, PERMIT).", console.Run("cre ips pol=x int=ppp0 ac=ipz"));
        }

        [TestMethod]
        public void SuccessIsAnsweredByTheDispatcher()
        {
            CommandTable table = new CommandTable(2);
            FixedHandler handler = new FixedHandler(CommandResult.Success, null);
            table.Register("SET SSL [MAXsessions=0..5000]", handler, Privilege.Manager, false);
            TestConsole console = new TestConsole(table);
            Assert.AreEqual(CommandResult.Success, console.Execute("set ssl max=10", Privilege.Manager, false));
            Assert.AreEqual(1, console.Output.Count);
            Assert.AreEqual("Info (134003): Operation successful.", console.Output.Last);
            Assert.AreEqual(1, handler.Calls);
        }

        [TestMethod]
        public void ShownOutputIsTheWholeAnswer()
        {
            CommandTable table = new CommandTable(2);
            table.Register("SHow SSL", new FixedHandler(CommandResult.Shown, "SSL Configuration:"), Privilege.User, false);
            TestConsole console = new TestConsole(table);
            Assert.AreEqual(CommandResult.Shown, console.Execute("sh ssl", Privilege.User, false));
            Assert.AreEqual("SSL Configuration:", console.Output.Text);
        }

        [TestMethod]
        public void AttachGivesACatalogEntryItsHandler()
        {
            CommandTable table = CommandCatalog.CreateTable();
            FixedHandler handler = new FixedHandler(CommandResult.Shown, "counters");
            Assert.IsTrue(table.Attach("show ssl counters", handler));
            Assert.IsFalse(table.Attach("show ssl nothing", handler));
            Assert.IsTrue(table.Find("show ssl counters").IsAvailable);
            Assert.IsFalse(table.Find("show ssl").IsAvailable);
            Assert.AreEqual("counters", new TestConsole(table).Run("SH SSL COU"));
        }

        [TestMethod]
        public void AFailingHandlerIsContained()
        {
            CommandTable table = new CommandTable(2);
            table.Register("SHow SSL", new ThrowingHandler(), Privilege.User, false);
            TestConsole console = new TestConsole(table);
            Assert.AreEqual(CommandResult.Error, console.Execute("sh ssl", Privilege.User, false));
            Assert.AreEqual("Error (3035098): \"show ssl\" failed with an internal error.", console.Output.Last);
        }

        [TestMethod]
        [DataRow("")]
        [DataRow("   ")]
        [DataRow("\t")]
        public void BlankLinesDoNothing(string line)
        {
            Assert.AreEqual(CommandResult.Nothing, TestConsole.Catalog.Execute(line, Privilege.User, false));
            Assert.AreEqual(0, TestConsole.Catalog.Output.Count);
        }

        [TestMethod]
        public void NullLineDoesNothing()
        {
            Assert.AreEqual(CommandResult.Nothing, TestConsole.Catalog.Execute(null, Privilege.User, false));
        }
    }
}
