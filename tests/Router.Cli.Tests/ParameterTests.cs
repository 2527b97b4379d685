using nanoFramework.TestFramework;
using Router.Cli;

namespace Router.Cli.Tests
{
    /// <summary>Parameter names and values: every error with its exact text, and the typed accessors.</summary>
    [TestClass]
    public class ParameterTests
    {
        [TestMethod]
        public void OutOfRange()
        {
            Assert.AreEqual("Error (3045060): Parameter \"MAXSESSIONS\" is out of range (0-5000).", TestConsole.Catalog.Run("set ssl maxsessions=5001"));
            Assert.AreEqual("Error (3045060): Parameter \"CACHETIMEOUT\" is out of range (60-600).", TestConsole.Catalog.Run("set ssl ca=59"));
            Assert.AreEqual("Error (3045060): Parameter \"EXPIRYSECONDS\" is out of range (300-31449600).", TestConsole.Catalog.Run("set ips bund=2 expirys=31449601"));
            Assert.AreEqual("Error (3045060): Parameter \"SA\" is out of range (0-255).", TestConsole.Catalog.Run("show sa=256"));
            Assert.AreEqual("Error (3045060): Parameter \"UTCOFFSET\" is out of range (-24-24).", TestConsole.Catalog.Run("set log utc=-25"));
        }

        [TestMethod]
        public void RangeBoundsAreInclusive()
        {
            Assert.AreEqual(0, TestConsole.Catalog.Accept("set ssl max=0").GetNumber("MAXSESSIONS", -1));
            Assert.AreEqual(5000, TestConsole.Catalog.Accept("set ssl max=5000").GetNumber("MAXSESSIONS", -1));
            Assert.AreEqual(-24, TestConsole.Catalog.Accept("set log utc=-24").GetNumber("UTCOFFSET", 0));
            Assert.AreEqual(4294967295L, TestConsole.Catalog.Accept("cre sa=1 spi=4294967295 enck=4").GetLong("SPI", 0));
        }

        [TestMethod]
        public void RequiredParameter()
        {
            Assert.AreEqual("Error (3045061): Parameter \"KEYMANAGEMENT\" is required.", TestConsole.Catalog.Run("cre ips bund=1 str=\"1\""));
            Assert.AreEqual("Error (3045061): Parameter \"STRING\" is required.", TestConsole.Catalog.Run("cre ips bund=1 key=is"));
        }

        [TestMethod]
        public void UnknownParameter()
        {
            Assert.AreEqual("Error (3045062): Unknown parameter \"FOO\".", TestConsole.Catalog.Run("set ssl FOO=1"));
            Assert.AreEqual("Error (3045062): Unknown parameter \"loose\".", TestConsole.Catalog.Run("set ssl \"loose\""));
        }

        [TestMethod]
        public void InvalidEnumerationValue()
        {
            Assert.AreEqual(
                "Error (3045063): Value \"xyz\" is not valid for parameter \"KEYMANAGEMENT\" (ISAKMP, MANUAL).",
                TestConsole.Catalog.Run("cre ips bund=1 key=xyz str=\"1\""));
            Assert.AreEqual(
                "Error (3045063): Value \"abc\" is not valid for parameter \"MAXSESSIONS\" (0-5000).",
                TestConsole.Catalog.Run("set ssl max=abc"));
            Assert.AreEqual(
                "Error (3045063): Value \"3des\" is not valid for parameter \"ENCALG\" (3DES2KEY, 3DESOUTER, 3DESINNER, DES, AES128, AES192, AES256, NULL).",
                TestConsole.Catalog.Run("cre ips sas=1 key=is prot=esp enc=3des"));
        }

        [TestMethod]
        public void DuplicateParameter()
        {
            // The manual's own slip: "keym=des" meant encalg=des.
            Assert.AreEqual(
                "Error (3045064): Parameter \"KEYMANAGEMENT\" is given more than once.",
                TestConsole.Catalog.Run("create ipsec sas=1 keymanagement=isakmp protocol=esp keym=des hashalg=null"));
            Assert.AreEqual("Error (3045064): Parameter \"POLICY\" is given more than once.", TestConsole.Catalog.Run("dest ips pol=a pol=b"));
        }

        [TestMethod]
        public void ValueRequiredAndValueNotAllowed()
        {
            Assert.AreEqual("Error (3045065): Parameter \"STRING\" requires a value.", TestConsole.Catalog.Run("cre ips bund=1 key=is str"));
            Assert.AreEqual("Error (3045065): Parameter \"STRING\" requires a value.", TestConsole.Catalog.Run("cre ips bund=1 key=is str="));
            Assert.AreEqual("Error (3045066): Parameter \"COUNTER\" does not take a value.", TestConsole.Catalog.Run("show ipsec policy=x counter=5"));
            Assert.AreEqual("Error (3045066): Parameter \"SA\" does not take a value.", TestConsole.Catalog.Run("sh sa=1 user"));
        }

        [TestMethod]
        [DataRow("1.2.3")]
        [DataRow("1.2.3.4.5")]
        [DataRow("256.1.1.1")]
        [DataRow("1..2.3")]
        [DataRow("1.2.3.04444")]
        public void InvalidIpv4Address(string address)
        {
            Assert.AreEqual(
                "Error (3045067): Value \"" + address + "\" is not a valid IP address for parameter \"DEBUGIPADDRESS\".",
                TestConsole.Catalog.Run("set ssl de=" + address));
        }

        [TestMethod]
        public void InvalidIpv6Address()
        {
            Assert.AreEqual(
                "Error (3045067): Value \"3ffe:::4\" is not a valid IP address for parameter \"PEER\".",
                TestConsole.Catalog.Run("cre isa pol=p ipv=6 pe=3ffe:::4"));
        }

        [TestMethod]
        public void Masks()
        {
            Assert.AreEqual(0xFFFFFFF0u, TestConsole.Catalog.Accept("add sa=1 mem=local ip=192.168.1.1 mask=255.255.255.240").GetIpv4("MASK", 0));
            Assert.AreEqual(
                "Error (3045068): Value \"255.0.255.0\" is not a valid mask for parameter \"MASK\".",
                TestConsole.Catalog.Run("add sa=1 mem=local ip=192.168.1.1 mask=255.0.255.0"));
            Assert.AreEqual(
                "Error (3045068): Value \"255.255.255\" is not a valid mask for parameter \"MASK\".",
                TestConsole.Catalog.Run("add sa=1 mem=local ip=192.168.1.1 mask=255.255.255"));
        }

        [TestMethod]
        public void TextLength()
        {
            Assert.AreEqual(
                "Error (3045069): Value of parameter \"POLICY\" is too long (1-23 characters).",
                TestConsole.Catalog.Run("dest ips pol=abcdefghijklmnopqrstuvwx"));
            Assert.AreEqual(
                "Error (3045070): Value of parameter \"POLICY\" is too short (1-23 characters).",
                TestConsole.Catalog.Run("dest ips pol=\"\""));
            Assert.AreEqual("abcdefghijklmnopqrstuvw", TestConsole.Catalog.Accept("dest ips pol=abcdefghijklmnopqrstuvw").GetText("POLICY", null));
        }

        [TestMethod]
        public void NamesRefuseSpaces()
        {
            Assert.AreEqual(
                "Error (3045063): Value \"eth 0\" is not valid for parameter \"INTERFACE\" (a name of 1-31 characters without spaces).",
                TestConsole.Catalog.Run("ena ips old int=\"eth 0\""));
        }

        [TestMethod]
        [DataRow("on", true)]
        [DataRow("OFF", false)]
        [DataRow("of", false)]
        [DataRow("true", true)]
        [DataRow("tr", true)]
        [DataRow("t", true)]
        [DataRow("False", false)]
        [DataRow("yes", true)]
        [DataRow("y", true)]
        [DataRow("no", false)]
        public void BooleanForms(string value, bool expected)
        {
            ParsedCommand command = TestConsole.Catalog.Accept("set isa pol=p sendn=" + value);
            Assert.AreEqual(expected, command.GetBool("SENDNOTIFY", !expected));
        }

        [TestMethod]
        public void BooleanRejectsOtherWords()
        {
            Assert.AreEqual(
                "Error (3045063): Value \"o\" is not valid for parameter \"SENDNOTIFY\" (ON, OFF, TRUE, FALSE, YES, NO).",
                TestConsole.Catalog.Run("set isa pol=p sendn=o"));
        }

        [TestMethod]
        public void OptionalValues()
        {
            ParsedCommand all = TestConsole.Catalog.Accept("show isakmp policy");
            Assert.IsTrue(all.Has("POLICY"));
            Assert.IsFalse(all.HasValue("POLICY"));
            Assert.AreEqual("all", all.GetText("POLICY", "all"));

            ParsedCommand one = TestConsole.Catalog.Accept("show isakmp policy=office");
            Assert.AreEqual("office", one.GetText("POLICY", "all"));

            Assert.AreEqual(-1, TestConsole.Catalog.Accept("show enco key").GetNumber("KEY", -1));
            Assert.AreEqual(3, TestConsole.Catalog.Accept("show enco key=3").GetNumber("KEY", -1));
            Assert.IsFalse(TestConsole.Catalog.Accept("ena ssl deb").HasValue("DEBUG"));
            Assert.IsTrue(TestConsole.Catalog.Accept("ena ssl deb=pac").IsEnum("DEBUG", "PACKET"));
        }

        [TestMethod]
        public void MixedAlternatives()
        {
            Assert.IsTrue(TestConsole.Catalog.Accept("set ssl de=all").IsEnum("DEBUGIPADDRESS", "ALL"));
            Assert.AreEqual(0xC0A87B9Cu, TestConsole.Catalog.Accept("set ssl de=192.168.123.156").GetIpv4("DEBUGIPADDRESS", 0));
            Assert.IsTrue(TestConsole.Catalog.Accept("set isa pol=p phase2=none").IsEnum("PHASE2XCHGLIMIT", "NONE"));
            Assert.AreEqual(-1, TestConsole.Catalog.Accept("set isa pol=p phase2=none").GetNumber("PHASE2XCHGLIMIT", -1));
            Assert.AreEqual(12, TestConsole.Catalog.Accept("set isa pol=p phase2=12").GetNumber("PHASE2XCHGLIMIT", -1));
            Assert.AreEqual(
                "Error (3045060): Parameter \"PHASE2XCHGLIMIT\" is out of range (1-1024).",
                TestConsole.Catalog.Run("set isa pol=p phase2=0"));
        }

        [TestMethod]
        public void EnumerationIndexAndDigitKeywords()
        {
            ParsedCommand command = TestConsole.Catalog.Accept("cre ips sas=1 key=ma prot=ah hasha=sha repla=128");
            Assert.AreEqual(1, command.GetEnum("KEYMANAGEMENT", -1));
            Assert.AreEqual(0, command.GetEnum("PROTOCOL", -1));
            Assert.AreEqual(128, command.GetNumber("REPLAYWINDOWSIZE", 64));
            Assert.AreEqual(6, TestConsole.Catalog.Accept("cre isa pol=p ipv=6 pe=3ffe::4").GetNumber("IPVERSION", 4));
        }

        [TestMethod]
        public void Ipv6Values()
        {
            byte[] address = new byte[16];
            ParsedCommand command = TestConsole.Catalog.Accept("cre isa pol=\"my_isakmp_policy\" ipv=6 pe=3ffe::4 autht=pre key=5");
            Assert.AreEqual(16, command.GetAddress("PEER", address, 0));
            Assert.AreEqual(0x3F, (int)address[0]);
            Assert.AreEqual(0xFE, (int)address[1]);
            Assert.AreEqual(0x04, (int)address[15]);
            Assert.AreEqual(0, (int)address[14]);

            Assert.IsNotNull(TestConsole.Catalog.Parse("set ips pol=p lad=2001:db8::/32"));
            Assert.IsNotNull(TestConsole.Catalog.Parse("set ips pol=p lad=2001:db8::1-2001:db8::ff"));
            Assert.IsNotNull(TestConsole.Catalog.Parse("set ips pol=p lad=10.1.1.1-10.1.1.9"));
            Assert.IsNotNull(TestConsole.Catalog.Parse("set ips pol=p lad=::ffff:10.1.1.1"));
            Assert.IsNull(TestConsole.Catalog.Parse("set ips pol=p lad=2001:db8::/129"));
        }

        [TestMethod]
        public void Lists()
        {
            ParsedCommand command = TestConsole.Catalog.Accept("reset ips cou=sad,spd");
            Assert.AreEqual(2, command.GetListCount("COUNTER"));
            Assert.IsTrue(command.ListContains("COUNTER", "SPD"));
            Assert.IsTrue(command.ListContains("COUNTER", "sad"));
            Assert.IsFalse(command.ListContains("COUNTER", "MAIN"));

            ParsedCommand icmp = TestConsole.Catalog.Accept("set ips pol=p icmp=133,134,ndall");
            Assert.AreEqual(3, icmp.GetListCount("ICMPTYPE"));
            Assert.AreEqual(134L, icmp.GetListNumber("ICMPTYPE", 1, -1));

            Assert.AreEqual(
                "Error (3045063): Value \"spd,xpd\" is not valid for parameter \"COUNTERS\" (AGGRESSIVE, GENERAL, HEARTBEAT, INFO, IPSEC, MAIN, NETWORK, QUICK, SAD, SPD, TRANSACTION, XDB; a comma-separated list).",
                TestConsole.Catalog.Run("sh isa cou=spd,xpd"));
            Assert.IsNull(TestConsole.Catalog.Parse("reset ips cou=sad,"));
        }

        [TestMethod]
        public void AmbiguousOrShortParameterNames()
        {
            Assert.AreEqual("Error (3045071): \"expiry\" is ambiguous: EXPIRYKbytes, EXPIRYSeconds.", TestConsole.Catalog.Run("set ips bund=1 expiry=600"));
            Assert.AreEqual("Error (3045071): \"c\" is ambiguous: CAchetimeout, CIPhers.", TestConsole.Catalog.Run("set ssl c=180"));
            Assert.AreEqual("Error (3045072): \"ma\" is too short for MAXsessions: type at least \"MAX\".", TestConsole.Catalog.Run("set ssl ma=10"));
        }

        [TestMethod]
        public void FlagParameter()
        {
            ParsedCommand command = TestConsole.Catalog.Accept("create enco key=1 type=general random");
            Assert.IsTrue(command.Has("RANDOM"));
            Assert.IsTrue(command.GetBool("RANDOM", false));
            Assert.IsFalse(TestConsole.Catalog.Accept("create enco key=0 type=rsa length=1024").Has("RANDOM"));
        }

        [TestMethod]
        public void OptionalParameterWithOptionalValue()
        {
            CommandTable table = new CommandTable(2);
            table.RegisterPending("SHow X [DEBug[={ALL|PKT}]]", Privilege.User, false);
            Assert.IsNull(SyntaxNotation.Check(table[0].Syntax));
            TestConsole console = new TestConsole(table);
            Assert.IsFalse(console.Accept("sh x").Has("DEBUG"));
            Assert.IsFalse(console.Accept("sh x deb").HasValue("DEBUG"));
            Assert.IsTrue(console.Accept("sh x deb=pkt").IsEnum("DEBUG", "PKT"));
            Assert.AreEqual("Error (3045065): Parameter \"DEBUG\" requires a value.", console.Run("sh x deb="));
        }
    }
}
