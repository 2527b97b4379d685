using nanoFramework.TestFramework;
using Router.Cli;

namespace Router.Cli.Tests
{
    /// <summary>The command catalog is well formed and complete enough for the manuals' examples.</summary>
    [TestClass]
    public class CatalogTests
    {
        [TestMethod]
        public void EverySyntaxLineFollowsTheNotation()
        {
            CommandTable table = TestConsole.Catalog.Table;
            for (int i = 0; i < table.Count; i++)
            {
                string problem = SyntaxNotation.Check(table[i].Syntax);
                Assert.IsNull(problem, table[i].Syntax + ": " + problem);
            }
        }

        [TestMethod]
        public void TitlesAreUnique()
        {
            CommandTable table = TestConsole.Catalog.Table;
            for (int i = 0; i < table.Count; i++)
            {
                string title = table[i].Title;
                Assert.AreSame(table[i], table.Find(title), "two commands are titled \"" + title + "\"");
            }
        }

        [TestMethod]
        public void CatalogSizeAndState()
        {
            CommandTable table = TestConsole.Catalog.Table;
            OutputHelper.WriteLine("catalog commands: " + table.Count.ToString() + " of capacity " + table.Capacity.ToString());
            Assert.IsTrue(table.Count >= 90, "the manuals' command references hold about a hundred commands");
            Assert.IsTrue(table.Count < table.Capacity, "room is left for the features that come next");
            for (int i = 0; i < table.Count; i++)
            {
                Assert.IsFalse(table[i].IsAvailable, table[i].Title + " has no feature behind it yet");
            }
        }

        [TestMethod]
        public void NotationCheckFindsMistakes()
        {
            Assert.IsNull(SyntaxNotation.Check("CREate IPSec BUNDlespecification=0..255 KEYmanagement={ISakmp|MAnual} STRING=text(1..100) [EXPIRYKbytes=1..4193280]"));
            Assert.IsNotNull(SyntaxNotation.Check("create ipsec"), "keywords need capitals");
            Assert.IsNotNull(SyntaxNotation.Check("SHow SA[=0..255"), "unclosed optional value");
            Assert.IsNotNull(SyntaxNotation.Check("SET SSL [MAXsessions=5000..0]"), "reversed range");
            Assert.IsNotNull(SyntaxNotation.Check("SET SSL [MAXsessions=number]"), "unknown type");
            Assert.IsNotNull(SyntaxNotation.Check("SET SSL [CAche=1..2] [CAche=3..4]"), "duplicate name");
            Assert.IsNotNull(SyntaxNotation.Check("SET SSL [MODE={A|B]"), "unclosed brace");
            Assert.IsNotNull(SyntaxNotation.Check("SET [<NAME=text(1..2)>]"), "positional must be required");
            Assert.IsNotNull(SyntaxNotation.Check("SET X=1..2 <NAME=text(1..2)>"), "positional after a parameter");
            Assert.IsNotNull(SyntaxNotation.Check(""), "empty");
        }

        [TestMethod]
        [DataRow("act ips convert sa=2")]
        [DataRow("add sa=1 mem=local ip=192.168.1.1 mask=255.255.255.240")]
        [DataRow("cre ips bund=2 key=is str=\"1 or 2 and 3, 4 and 3\" expirys=7200")]
        [DataRow("cre ips pol=\"test\" int=eth0 ac=ips peer=10.109.1.1 srci=eth1 key=ma bund=1 rad=10.109.1.1")]
        [DataRow("cre ips sas=1 prot=es key=ma inspi=300 outspi=400 enc=des hashalg=md5 enck=1 hashkey=101")]
        [DataRow("cre isa pol=\"my_isakmp_policy\" ipv=6 pe=3ffe::4 autht=pre key=5")]
        [DataRow("cre sa=1 spi=1000 enck=4 di=both")]
        [DataRow("dis ips pol=\"my_vpn\" deb=fi")]
        [DataRow("reset isa cou=main,quick")]
        [DataRow("set isa pol=\"my_isakmp_policy\" sendn=tr sendd=tr")]
        [DataRow("set ipsec policy=office_vpn_ipsec laddress=10.1.1.0 lmask=255.255.255.0 raddress=10.2.1.0 rmask=255.255.255.0")]
        [DataRow("set isakmp policy=to_office xauth=client xauthname=remote xauthpass=friend")]
        [DataRow("add user=secoff pass=secoff priv=sec login=yes telnet=yes")]
        [DataRow("set http server security=on sslkey=0 port=443")]
        [DataRow("add ip route=0.0.0.0 interface=eth1 next=172.30.1.254")]
        [DataRow("set ssl de=192.168.123.156")]
        [DataRow("create vlan=public vid=2")]
        [DataRow("restart router")]
        [DataRow("set config=ipsec.cfg")]
        [DataRow("set user securedelay=600")]
        [DataRow("delete user=manager")]
        [DataRow("add user=remote password=friend")]
        [DataRow("enable system security")]
        [DataRow("set system name=\"Head Office\"")]
        [DataRow("set log utcoffset=7")]
        public void ManualExamplesParse(string line)
        {
            TestConsole.Catalog.Accept(line);
        }

        [TestMethod]
        public void PasswordAndPasswordHashAreToldApart()
        {
            ParsedCommand typed = TestConsole.Catalog.Accept("add user=secoff pass=secret-1234 priv=sec");
            Assert.AreEqual("secret-1234", typed.GetText("PASSWORD", null));
            Assert.IsFalse(typed.Has("PASSWORDHASH"));

            ParsedCommand full = TestConsole.Catalog.Accept("add user=secoff password=secret-1234");
            Assert.AreEqual("secret-1234", full.GetText("PASSWORD", null));

            ParsedCommand stored = TestConsole.Catalog.Accept("add user=secoff passwordh=pbkdf2-sha256:10000:00:00 privilege=securityofficer");
            Assert.AreEqual("pbkdf2-sha256:10000:00:00", stored.GetText("PASSWORDHASH", null));
            Assert.IsFalse(stored.Has("PASSWORD"));
        }

        [TestMethod]
        public void SetUserChangesAUserOrTheSharedLoginRules()
        {
            ParsedCommand rules = TestConsole.Catalog.Accept("set user securedelay=60 loginf=3 lockoutp=120");
            Assert.IsFalse(rules.HasValue("USER"));
            Assert.AreEqual(60, rules.GetNumber("SECUREDELAY", 0));
            Assert.AreEqual(3, rules.GetNumber("LOGINFAIL", 0));
            Assert.AreEqual(120, rules.GetNumber("LOCKOUTPD", 0));

            ParsedCommand user = TestConsole.Catalog.Accept("set user=remote login=no priv=man");
            Assert.AreEqual("remote", user.GetText("USER", null));
            Assert.IsFalse(user.GetBool("LOGIN", true));
            Assert.IsTrue(user.IsEnum("PRIVILEGE", "MANAGER"));
        }
    }
}
