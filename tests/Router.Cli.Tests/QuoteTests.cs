using nanoFramework.TestFramework;
using Router.Cli;

namespace Router.Cli.Tests
{
    /// <summary>Quoted values, including the manuals' typographic quotes, and the tokenizer's limits.</summary>
    [TestClass]
    public class QuoteTests
    {
        [TestMethod]
        public void QuotedValuesKeepTheirSpaces()
        {
            Assert.AreEqual("Head Office", TestConsole.Catalog.Accept("set system name=\"Head Office\"").GetText("NAME", null));
            Assert.AreEqual(
                "cn=172.30.1.105, o=my_company, c=us",
                TestConsole.Catalog.Accept("create pki certificate=cer_name keypair=0 serialnumber=12345 subject=\"cn=172.30.1.105, o=my_company, c=us\"").GetText("SUBJECT", null));
        }

        [TestMethod]
        [DataRow("cre ips bund=1 key=ma str=\u201D1 and 2\" expiryk=500000")]
        [DataRow("cre ips bund=1 key=ma str=\u201C1 and 2\u201D expiryk=500000")]
        [DataRow("cre ips bund=1 key=ma str=\"1 and 2\u201D expiryk=500000")]
        public void TypographicQuotesPairWithAnyQuote(string line)
        {
            ParsedCommand command = TestConsole.Catalog.Accept(line);
            Assert.AreEqual("1 and 2", command.GetText("STRING", null));
            Assert.AreEqual(500000, command.GetNumber("EXPIRYKBYTES", 0));
        }

        [TestMethod]
        public void BlanksBeforeAQuotedValue()
        {
            // One manual example writes: dest ips pol= "my_vpn" sab=0
            ParsedCommand command = TestConsole.Catalog.Accept("dest ips pol= \"my_vpn\" sab=0");
            Assert.AreEqual("my_vpn", command.GetText("POLICY", null));
            Assert.AreEqual(0, command.GetNumber("SABUNDLE", -1));
        }

        [TestMethod]
        public void EmptyQuotedValue()
        {
            Assert.AreEqual(string.Empty, TestConsole.Catalog.Accept("set system name=\"\"").GetText("NAME", null));
        }

        [TestMethod]
        public void MissingClosingQuote()
        {
            Assert.AreEqual("Error (3035010): Missing closing quote after position 27.", TestConsole.Catalog.Run("cre ips bund=1 key=ma str=\"1 and 2"));
        }

        [TestMethod]
        public void MisplacedQuotes()
        {
            Assert.AreEqual("Error (3035011): Misplaced quote at position 20.", TestConsole.Catalog.Run("set system name=\"a\"b"));
            Assert.AreEqual("Error (3035011): Misplaced quote at position 19.", TestConsole.Catalog.Run("set system name=ab\"c\""));
            Assert.AreEqual("Error (3035011): Misplaced quote at position 4.", TestConsole.Catalog.Run("set\"ssl\""));
        }

        [TestMethod]
        public void MissingParameterName()
        {
            Assert.AreEqual("Error (3035009): Missing parameter name before \"=\" at position 9.", TestConsole.Catalog.Run("set ssl =180"));
        }

        [TestMethod]
        public void ControlCharactersAreRefused()
        {
            Assert.AreEqual("Error (3035008): Invalid character (0x1B) at position 4.", TestConsole.Catalog.Run("sh \u001B[2J"));
            Assert.AreEqual("Error (3035008): Invalid character (0x00) at position 3.", TestConsole.Catalog.Run("sh\u0000ssl"));
        }

        [TestMethod]
        public void TabsSeparateWordsLikeSpaces()
        {
            Assert.AreEqual("show ssl counters", TestConsole.Catalog.Accept("sh\tssl\t cou ").Title);
        }

        [TestMethod]
        public void LongLinesAreRefused()
        {
            string line = "set system name=" + new string('a', CommandLine.MaxLength);
            Assert.AreEqual("Error (3035006): Command line is too long (maximum 512 characters).", TestConsole.Catalog.Run(line));
        }

        [TestMethod]
        public void TooManyWordsAreRefused()
        {
            string line = "sh ssl" + new string(' ', 1);
            for (int i = 0; i < CommandLine.MaxWords; i++)
            {
                line = line + " x";
            }

            Assert.AreEqual("Error (3035007): Too many words in the command (maximum 48).", TestConsole.Catalog.Run(line));
        }

        [TestMethod]
        public void EchoedValuesAreCut()
        {
            string value = new string('z', 100);
            Assert.AreEqual(
                "Error (3045062): Unknown parameter \"" + new string('z', 40) + "...\".",
                TestConsole.Catalog.Run("set ssl " + value + "=1"));
        }
    }
}
