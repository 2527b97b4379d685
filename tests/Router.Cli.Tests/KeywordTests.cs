using nanoFramework.TestFramework;
using Router.Cli;

namespace Router.Cli.Tests
{
    /// <summary>Command words: abbreviation to the capitals, case, ambiguity, unknown and incomplete commands.</summary>
    [TestClass]
    public class KeywordTests
    {
        [TestMethod]
        [DataRow("cre ips bund=1 key=ma str=\"1 and 2\"")]
        [DataRow("CREATE IPSEC BUNDLESPECIFICATION=1 KEYMANAGEMENT=MANUAL STRING=\"1 and 2\"")]
        [DataRow("Create IpSec BundleSpec=1 KeyMan=Manual String=\"1 and 2\"")]
        [DataRow("cReAtE iPs BuNd=1 kEy=mA sTr=\"1 and 2\"")]
        public void AcceptsAbbreviationsInAnyCase(string line)
        {
            ParsedCommand command = TestConsole.Catalog.Accept(line);
            Assert.AreEqual("create ipsec bundlespecification", command.Title);
            Assert.AreEqual(1, command.GetNumber("BUNDLESPECIFICATION", -1));
            Assert.IsTrue(command.IsEnum("KEYMANAGEMENT", "MANUAL"));
            Assert.AreEqual("1 and 2", command.GetText("STRING", null));
        }

        [TestMethod]
        public void ShowSslCountersAbbreviated()
        {
            Assert.AreEqual("show ssl counters", TestConsole.Catalog.Accept("sh ssl cou").Title);
            Assert.AreEqual("show ssl sessions", TestConsole.Catalog.Accept("sh ssl ses").Title);
            Assert.AreEqual("show ssl", TestConsole.Catalog.Accept("sh ssl").Title);
        }

        [TestMethod]
        public void AWholeWordWinsOverALongerKeyword()
        {
            // "sa" is all of SA and a prefix of SASpecification.
            Assert.AreEqual("show ipsec sa", TestConsole.Catalog.Accept("sh ips sa").Title);
            Assert.AreEqual("show ipsec saspecification", TestConsole.Catalog.Accept("sh ips sas").Title);
        }

        [TestMethod]
        public void TrailingKeywordsChooseAmongCommandsWithTheSamePath()
        {
            Assert.AreEqual("show ipsec policy", TestConsole.Catalog.Accept("show ipsec policy=\"my_vpn\"").Title);
            Assert.AreEqual("show ipsec policy counter", TestConsole.Catalog.Accept("show ipsec policy=\"my_vpn\" counter").Title);
            Assert.AreEqual("show ipsec policy sabundle", TestConsole.Catalog.Accept("sh ips poli sab").Title);
            Assert.AreEqual("reset ipsec policy", TestConsole.Catalog.Accept("reset ips pol=tester").Title);
            Assert.AreEqual("reset ipsec policy counter", TestConsole.Catalog.Accept("reset ips pol=\"my_vpn_policy\" cou").Title);
            Assert.AreEqual("show sa user", TestConsole.Catalog.Accept("sh sa user").Title);
            Assert.AreEqual("show sa counter", TestConsole.Catalog.Accept("sh sa=3 cou").Title);
        }

        [TestMethod]
        public void UnknownCommand()
        {
            Assert.AreEqual("Error (3035001): Unknown command \"xyz\".", TestConsole.Catalog.Run("xyz"));
            Assert.AreEqual("Error (3035001): Unknown command \"cree\".", TestConsole.Catalog.Run("cree ips sas=1"));
        }

        [TestMethod]
        public void AmbiguousAbbreviationNamesTheCandidates()
        {
            CommandTable table = new CommandTable(4);
            table.RegisterPending("SHow SSL", Privilege.User, false);
            table.RegisterPending("SHutdown", Privilege.Manager, false);
            TestConsole console = new TestConsole(table);

            Assert.AreEqual("Error (3035002): \"SH\" is ambiguous: SHow, SHutdown.", console.Run("SH ssl"));
            Assert.AreEqual("show ssl", console.Accept("sho ssl").Title);
            Assert.AreEqual("shutdown", console.Accept("shu").Title);
        }

        [TestMethod]
        public void AbbreviationShorterThanTheCapitals()
        {
            // Below the capitals of two verbs it is ambiguous; below those of one, too short.
            Assert.AreEqual("Error (3035002): \"s\" is ambiguous: SET, SHow.", TestConsole.Catalog.Run("s ssl"));
            Assert.AreEqual("Error (3035005): \"cr\" is too short for CREate: type at least \"CRE\".", TestConsole.Catalog.Run("cr ips"));
            Assert.AreEqual("Error (3035005): \"d\" is too short for DEBug: type at least \"DEB\".", TestConsole.Catalog.Run("ena isa d"));
        }

        [TestMethod]
        public void UnknownKeywordNamesWhatWasExpected()
        {
            Assert.AreEqual(
                "Error (3035003): Unknown keyword \"foo\" after \"create ipsec\". Expected: BUNDlespecification, POLicy, SASpecification.",
                TestConsole.Catalog.Run("create ipsec foo=1"));
        }

        [TestMethod]
        public void IncompleteCommandNamesWhatWasExpected()
        {
            Assert.AreEqual(
                "Error (3035004): Incomplete command \"cre ips\". Expected: BUNDlespecification, POLicy, SASpecification.",
                TestConsole.Catalog.Run("cre ips"));
            Assert.AreEqual("Error (3035004): Incomplete command \"login\". Expected: <LOGINNAME>.", TestConsole.Catalog.Run("login"));
        }

        [TestMethod]
        public void PositionalValue()
        {
            ParsedCommand command = TestConsole.Catalog.Accept("login cipher");
            Assert.AreEqual("cipher", command.GetText("LOGINNAME", null));
            Assert.AreEqual("cipher", TestConsole.Catalog.Accept("login \"cipher\"").GetText("LOGINNAME", null));
        }

        [TestMethod]
        public void TheObjectComesFirstThenParametersInAnyOrder()
        {
            ParsedCommand a = TestConsole.Catalog.Accept("cre isa pol=p1 pe=192.168.2.1 autht=pre key=5 mod=agg");
            ParsedCommand b = TestConsole.Catalog.Accept("cre isa pol=p1 mod=agg key=5 autht=pre pe=192.168.2.1");
            Assert.AreEqual(a.Title, b.Title);
            Assert.AreEqual(5, TestConsole.Catalog.Accept("cre isa pol=p1 mod=agg key=5 autht=pre pe=192.168.2.1").GetNumber("KEY", -1));
            Assert.AreEqual(0xC0A80201u, TestConsole.Catalog.Accept("cre isa pol=p1 mod=agg key=5 autht=pre pe=192.168.2.1").GetIpv4("PEER", 0));
        }
    }
}
