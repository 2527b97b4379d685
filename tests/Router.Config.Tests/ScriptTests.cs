using nanoFramework.TestFramework;
using Router.Cli;
using Router.Config.Files;
using Router.Config.Scripts;
using Router.Config.Tests.Fakes;

namespace Router.Config.Tests
{
    /// <summary>Configuration scripts: writing the running configuration, showing it, running it back.</summary>
    [TestClass]
    public class ScriptTests
    {
        private static string Text(ScriptBuilder script)
        {
            char[] chars = new char[script.Length];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)script.Buffer[i];
            }

            return new string(chars);
        }

        [TestMethod]
        public void ValuesAreQuotedWhenTheyNeedIt()
        {
            ScriptBuilder script = new ScriptBuilder(200);
            script.Command("set system");
            script.Parameter("name", "Head Office");
            script.Parameter("distinguishedname", "cn=router1,o=my_company,c=us");
            script.EndCommand();
            script.Command("set system");
            script.Parameter("name", string.Empty);
            script.Parameter("x", "caf\u00e9\"");
            script.EndCommand();
            Assert.AreEqual("set system name=\"Head Office\" distinguishedname=cn=router1,o=my_company,c=us\nset system name=\"\" x=caf??\n", Text(script));
        }

        [TestMethod]
        public void AFullBufferCountsWhatItCouldNotHold()
        {
            ScriptBuilder script = new ScriptBuilder(10);
            script.Comment("0123456789abcdef");
            Assert.IsTrue(script.Overflowed);
            Assert.AreEqual(10, script.Length);
            Assert.AreEqual(19, script.Needed);
        }

        [TestMethod]
        public void TheDisplayHidesPasswordHashes()
        {
            ScriptDisplay display = new ScriptDisplay();
            TestOutput output = new TestOutput();
            byte[] text = Bytes("add user=a passwordhash=pbkdf2-sha256:1000:00:11 privilege=user\r\nADD USER=B PASSWORDHASH=\"x y\" LOGIN=YES\n"
                + "add user=c passwordhash=1 passwordhash=22 x\nbinary \u0001\u00ff end");
            display.Write(text, text.Length, output);
            Assert.AreEqual("add user=a passwordhash=<hidden> privilege=user\nADD USER=B PASSWORDHASH=<hidden> LOGIN=YES\n"
                + "add user=c passwordhash=<hidden> passwordhash=<hidden> x\nbinary ?? end", output.Text);
        }

        [TestMethod]
        public void TheDisplayStaysInsideItsLineBuffer()
        {
            ScriptDisplay display = new ScriptDisplay();
            TestOutput output = new TestOutput();
            string line = string.Empty;
            for (int i = 0; i < 40; i++)
            {
                line += "passwordhash=1 ";
            }

            byte[] text = Bytes(line + line);
            display.Write(text, text.Length, output);
            Assert.AreEqual(1, output.Count);
            Assert.IsTrue(output.Last.Length <= CommandLine.MaxLength + 8);
            Assert.DoesNotContains("=1", output.Last);
        }

        [TestMethod]
        public void TheRunningConfigurationRunsBackToTheSameConfiguration()
        {
            Fixture fixture = new Fixture();
            fixture.Run("set system name=\"Head Office\"");
            fixture.Run("set system distinguishedname=\"cn=router1, o=my_company,c=us\"");
            fixture.Run("set log utcoffset=-5");
            fixture.Run("set user securedelay=600 lockoutpd=30");
            fixture.Run("add user=secoff password=officer-pass priv=sec login=yes telnet=yes desc=\"the officer\"");
            fixture.Run("add user=remote password=friend-of-mine");
            Assert.AreEqual(CliMessages.OperationSuccessfulLine, fixture.Run("create config=Saved.Cfg"));
            Assert.IsTrue(fixture.Store.Exists("saved.cfg"), "file names are lower case on flash");
            string written = Read(fixture, "saved.cfg");
            Assert.DoesNotContains("officer-pass", written, "no password in a script");
            Assert.Contains("add user=secoff passwordhash=pbkdf2-sha256:1000:", written);

            // A restart with an empty user database: the script brings everything back.
            Fixture fresh = new Fixture();
            fixture.Store.Delete("users.db");
            ScriptResult result = Runner(fresh, fixture).Run("saved.cfg", fresh.Output);
            Assert.IsTrue(result.Found);
            Assert.AreEqual(0, result.Errors, fresh.Output.Text);
            Assert.AreEqual("Head Office", fresh.Configuration.Settings.Name);
            Assert.AreEqual("cn=router1, o=my_company,c=us", fresh.Configuration.Settings.DistinguishedName);
            Assert.AreEqual(-5, fresh.Configuration.Settings.UtcOffsetHours);
            Assert.AreEqual(600, fresh.Configuration.Users.Policy.SecureDelaySeconds);
            Assert.AreEqual(30, fresh.Configuration.Users.Policy.LockoutSeconds);
            Assert.IsTrue(fresh.Configuration.Users.Find("secoff").Password.Verify("officer-pass".ToCharArray(), 12));
            Assert.AreEqual("the officer", fresh.Configuration.Users.Find("secoff").Description);
            Assert.IsTrue(fresh.Configuration.Context.IsInteractive, "the console is interactive again after the script");

            fresh.Run("create config=again.cfg");
            Assert.AreEqual(written, Read(fresh, "again.cfg"), "the script describes the configuration exactly");
        }

        [TestMethod]
        public void AMissingScriptIsReportedAsNotFound()
        {
            Fixture fixture = new Fixture();
            ScriptResult result = fixture.Configuration.CreateScriptRunner(fixture.Dispatcher).Run("none.cfg", fixture.Output);
            Assert.IsFalse(result.Found);
            Assert.AreEqual(0, result.Lines);
        }

        [TestMethod]
        public void CreateConfigIsOnlyForTheConsoleAndTakesConfigNames()
        {
            Fixture fixture = new Fixture();
            Assert.AreEqual("Error (3075004): \"x.txt\" is not a configuration file name (NAME.cfg, up to 31 characters).", fixture.Run("create config=x.txt"));
            Assert.AreEqual("Error (3075004): \".cfg\" is not a configuration file name (NAME.cfg, up to 31 characters).", fixture.Run("create config=.cfg"));
            fixture.Configuration.Context.IsInteractive = false;
            Assert.AreEqual("Error (3035013): \"create config\" cannot run from a configuration script.", fixture.Run("create config=x.cfg"));
        }

        [TestMethod]
        [DataRow("ipsec.cfg", "ipsec.cfg", true, true)]
        [DataRow("IPSEC.CFG", "ipsec.cfg", true, true)]
        [DataRow("notes.txt", "notes.txt", false, true)]
        [DataRow("users.db", "users.db", false, false)]
        [DataRow("enco.key.1", "enco.key.1", false, false)]
        [DataRow("enco.key.1.cfg", "enco.key.1.cfg", false, false)]
        [DataRow("a b.cfg", null, false, false)]
        [DataRow("0123456789012345678901234567.cfg", null, false, false)]
        public void FileNamesAreCheckedAndNormalized(string typed, string normalized, bool config, bool userFile)
        {
            Assert.AreEqual(normalized, FileNames.Normalize(typed));
            Assert.AreEqual(config, FileNames.IsConfigName(FileNames.Normalize(typed)));
            Assert.AreEqual(userFile, FileNames.IsUserFile(FileNames.Normalize(typed)));
        }

        private static ScriptRunner Runner(Fixture into, Fixture from)
        {
            // The fresh configuration reads the old flash: copy the script over.
            byte[] data = new byte[from.Store.GetLength("saved.cfg")];
            from.Store.Read("saved.cfg", 0, data, 0, data.Length);
            into.Store.Write("saved.cfg", data, 0, data.Length);
            return into.Configuration.CreateScriptRunner(into.Dispatcher);
        }

        private static string Read(Fixture fixture, string name)
        {
            byte[] data = new byte[fixture.Store.GetLength(name)];
            fixture.Store.Read(name, 0, data, 0, data.Length);
            char[] chars = new char[data.Length];
            for (int i = 0; i < data.Length; i++)
            {
                chars[i] = (char)data[i];
            }

            return new string(chars);
        }

        private static byte[] Bytes(string text)
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
