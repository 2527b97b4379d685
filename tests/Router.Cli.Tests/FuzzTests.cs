using System;
using System.Text;
using nanoFramework.TestFramework;
using Router.Cli;

namespace Router.Cli.Tests
{
    /// <summary>
    /// Hostile input: random and truncated lines never make the parser throw, and every
    /// answer is a numbered message.
    /// </summary>
    [TestClass]
    public class FuzzTests
    {
        private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ==..,,::--[]{}|?\"\u201C\u201D\t_/\\*";

        private static readonly string[] Fragments = new string[]
        {
            "sh", "show", "cre", "create", "ips", "ipsec", "isa", "pol=", "bund=1", "key=ma", "str=\"1 and 2\"",
            "sa", "sas", "cou", "=", "\"", "\u201D", "?", "help", "set", "ssl", "ca=180", "de=1.2.3.4", "pe=3ffe::4",
            "lad=10.0.0.1-10.0.0.9", "mask=255.255.255.0", "sendn=tr", "cou=sad,spd", "login", "x", "=\"\"", "ena", "deb",
        };

        private static readonly string[] Examples = new string[]
        {
            "cre ips bund=1 key=ma str=\u201D1 and 2\" expiryk=500000",
            "create ipsec policy=office_vpn_ipsec int=ppp0 action=ipsec keymanagement=isakmp bundlespecification=1 peer=202.78.65.4",
            "cre isa pol=\"my_isakmp_policy\" ipv=6 pe=3ffe::4 autht=pre key=5",
            "create pki certificate=cer_name keypair=0 serialnumber=12345 subject=\"cn=172.30.1.105, o=my_company, c=us\"",
            "set isa pol=\"my_isakmp_policy\" sendn=tr sendd=tr",
            "dest ips pol= \"my_vpn\" sab=0",
        };

        private uint _state = 0x2545F491;

        [TestMethod]
        public void RandomCharactersNeverThrow()
        {
            TestConsole console = TestConsole.Catalog;
            StringBuilder line = new StringBuilder();
            for (int round = 0; round < 3000; round++)
            {
                line.Clear();
                int length = Next(60);
                for (int i = 0; i < length; i++)
                {
                    line.Append(Alphabet[Next(Alphabet.Length)]);
                }

                Check(console, line.ToString());
            }
        }

        [TestMethod]
        public void RandomFragmentsNeverThrow()
        {
            TestConsole console = TestConsole.Catalog;
            StringBuilder line = new StringBuilder();
            for (int round = 0; round < 3000; round++)
            {
                line.Clear();
                int words = 1 + Next(8);
                for (int i = 0; i < words; i++)
                {
                    line.Append(Fragments[Next(Fragments.Length)]);
                    line.Append(Next(4) == 0 ? string.Empty : " ");
                }

                Check(console, line.ToString());
            }
        }

        [TestMethod]
        public void TruncatedExamplesNeverThrow()
        {
            TestConsole console = TestConsole.Catalog;
            for (int e = 0; e < Examples.Length; e++)
            {
                string example = Examples[e];
                for (int cut = 0; cut <= example.Length; cut++)
                {
                    Check(console, example.Substring(0, cut));
                    Check(console, example.Substring(cut));
                }
            }
        }

        [TestMethod]
        public void ControlAndWideCharactersNeverThrow()
        {
            TestConsole console = TestConsole.Catalog;
            StringBuilder line = new StringBuilder();
            for (int round = 0; round < 1000; round++)
            {
                line.Clear();
                int length = Next(700);
                for (int i = 0; i < length; i++)
                {
                    line.Append((char)Next(0x2100));
                }

                Check(console, line.ToString());
            }
        }

        /// <summary>Parser alone (no dispatcher safety net), then the dispatcher: numbered answers only.</summary>
        private static void Check(TestConsole console, string line)
        {
            CommandLine words = new CommandLine();
            try
            {
                if (words.Tokenize(line) == 0 && words.Count > 0)
                {
                    ParsedCommand command = console.Parser.Parse(words);
                    Assert.IsTrue(command != null || IsErrorNumber(console.Parser.ErrorNumber), "unnumbered error for: " + line);
                }
            }
            catch (Exception ex)
            {
                throw new Exception("the parser threw on \"" + line + "\": " + ex.Message);
            }

            console.Execute(line, Privilege.SecurityOfficer, false);
            for (int i = 0; i < console.Output.Count; i++)
            {
                string answer = console.Output[i];
                bool help = line.IndexOf('?') >= 0 || line.ToLower().IndexOf("help") >= 0;
                Assert.IsTrue(help || IsNumberedMessage(answer), "unexpected answer \"" + answer + "\" to \"" + line + "\"");
                Assert.IsTrue(answer.IndexOf("(3035098)") < 0, "internal error for \"" + line + "\"");
            }
        }

        private static bool IsErrorNumber(int number)
        {
            return number >= 3035001 && number <= 3055999;
        }

        private static bool IsNumberedMessage(string line)
        {
            if (line == CliMessages.OperationSuccessfulLine)
            {
                return true;
            }

            if (!line.StartsWith("Error (3") || line.Length < 18 || line[14] != ')' || line[15] != ':')
            {
                return false;
            }

            for (int i = 7; i < 14; i++)
            {
                if (line[i] < '0' || line[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>xorshift32 with a fixed seed: the same lines on every run and every platform.</summary>
        private int Next(int bound)
        {
            _state ^= _state << 13;
            _state ^= _state >> 17;
            _state ^= _state << 5;
            return (int)(_state % (uint)bound);
        }
    }
}
