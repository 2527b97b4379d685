using nanoFramework.TestFramework;
using Router.Cli;

namespace Router.Cli.Tests
{
    /// <summary>Help comes from the same table as the parser.</summary>
    [TestClass]
    public class HelpTests
    {
        [TestMethod]
        [DataRow("help")]
        [DataRow("?")]
        [DataRow("HELP")]
        public void OverviewGroupsCommandsByFirstKeyword(string line)
        {
            TestConsole console = TestConsole.Catalog;
            Assert.AreEqual(CommandResult.Shown, console.Execute(line, Privilege.User, false));
            TestOutput output = console.Output;
            Assert.StartsWith("Commands (", output[0]);
            Assert.IsTrue(output.Contains("CREate"), "group heading");
            Assert.IsTrue(output.Contains("    IPSec BUNDlespecification"), "command under its group");
            Assert.IsTrue(output.Contains("SHow"));
            Assert.IsTrue(output.Contains("    SSL COUnters"));

            // Every command appears once: one line per command plus one heading per group.
            Assert.IsTrue(output.Count > console.Table.Count, "at least one line per command");
        }

        [TestMethod]
        [DataRow("help create ipsec")]
        [DataRow("create ipsec ?")]
        [DataRow("? cre ips")]
        [DataRow("help cr ipsec ?")]
        public void MatchingCommandsWithTheirSyntax(string line)
        {
            TestConsole console = TestConsole.Catalog;
            Assert.AreEqual(CommandResult.Shown, console.Execute(line, Privilege.User, false));
            string text = console.Output.Text;
            Assert.Contains("create ipsec bundlespecification (Manager; security command; not yet available)", text);
            Assert.Contains("    CREate IPSec BUNDlespecification=0..255 KEYmanagement={ISakmp|MAnual}", text);
            Assert.Contains("create ipsec policy (", text);
            Assert.Contains("create ipsec saspecification (", text);
            Assert.DoesNotContains("create isakmp", text);
            Assert.DoesNotContains("show ", text);
        }

        [TestMethod]
        public void SyntaxLinesAreWrapped()
        {
            TestConsole console = TestConsole.Catalog;
            console.Execute("help create ipsec policy", Privilege.Manager, false);
            for (int i = 0; i < console.Output.Count; i++)
            {
                Assert.IsTrue(console.Output[i].Length <= 79 || console.Output[i].IndexOf(' ', 8) < 0, "line " + i.ToString() + " is too wide: " + console.Output[i]);
            }

            Assert.IsTrue(console.Output.Count > 5, "the long syntax spans several lines");
        }

        [TestMethod]
        public void NoMatch()
        {
            Assert.AreEqual("Error (3035012): No command matches \"create foo\".", TestConsole.Catalog.Run("help create foo"));
        }
    }
}
