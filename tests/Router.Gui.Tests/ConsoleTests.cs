using nanoFramework.TestFramework;
using Router.Cli;
using Router.Config.Users;
using Router.Gui.Tests.Fakes;
using Router.Http;

namespace Router.Gui.Tests
{
    /// <summary>The web console runs commands with the console's privilege rules and refuses what needs the serial console.</summary>
    [TestClass]
    public class ConsoleTests
    {
        private static string Run(GuiFixture gui, string id, string command)
        {
            HttpResponse response = gui.Post("/console", id, "command=" + FormFields.EncodePathSegment(command) + "&csrf=" + gui.CsrfOf(id));
            Assert.AreEqual(200, response.Status);
            string page = GuiFixture.Body(response);
            int start = page.IndexOf("<pre id=\"output\"");
            Assert.IsTrue(start >= 0, "no output in " + page);
            start = page.IndexOf('>', start) + 1;
            return page.Substring(start, page.IndexOf("</pre>", start) - start);
        }

        [TestMethod]
        public void TheConsolePageHasTheFormTheBrowserTestExpects()
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            string page = GuiFixture.Body(gui.Get("/console", id));
            Assert.Contains("<form method=\"post\" action=\"/console\"", page);
            Assert.Contains("<input id=\"command\" name=\"command\"", page);
            Assert.Contains("<input type=\"hidden\" name=\"csrf\" value=\"" + gui.CsrfOf(id) + "\">", page);
            Assert.Contains("<button id=\"run\" type=\"submit\">", page);
            Assert.DoesNotContains("id=\"output\"", page);
        }

        [TestMethod]
        public void AManagerRunsManagerCommands()
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            string output = Run(gui, id, "add user=webuser password=web-password privilege=user");
            Assert.Contains("Operation successful", output);
            Assert.IsNotNull(gui.Configuration.Users.Find("webuser"));
        }

        [TestMethod]
        public void AUserCannotRunManagerCommands()
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("operator", GuiFixture.UserPassword);
            string output = Run(gui, id, "add user=webuser password=web-password privilege=user");
            Assert.Contains(CliMessages.PrivilegeRequired.ToString(), output);
            Assert.IsNull(gui.Configuration.Users.Find("webuser"));
        }

        [TestMethod]
        public void AManagerCannotRunSecurityCommandsInSecurityMode()
        {
            GuiFixture gui = new GuiFixture();
            Assert.Contains("successful", gui.Run("enable system security"));
            string manager = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            string refused = Run(gui, manager, "add user=webuser password=web-password privilege=user");
            Assert.Contains(CliMessages.SecurityOfficerRequired.ToString(), refused);
            Assert.IsNull(gui.Configuration.Users.Find("webuser"));

            string officer = gui.SessionOf("secoff", GuiFixture.OfficerPassword);
            Assert.Contains("Operation successful", Run(gui, officer, "add user=webuser password=web-password privilege=user"));
        }

        [TestMethod]
        [DataRow("restart router")]
        [DataRow("logoff")]
        [DataRow("login manager")]
        [DataRow("disable system security")]
        [DataRow("add pki certificate=pasted location=console")]
        public void CommandsThatNeedTheSerialConsoleAreRefused(string command)
        {
            GuiFixture gui = new GuiFixture();
            Assert.Contains("successful", gui.Run("enable system security"));
            string id = gui.SessionOf("secoff", GuiFixture.OfficerPassword);
            string output = Run(gui, id, command);
            Assert.Contains(CliMessages.NeedsConsole.ToString(), output);
            Assert.Contains("serial console", output);
            Assert.AreEqual((int)Router.Config.Session.SessionRequest.None, (int)gui.Configuration.Context.Request);
            Assert.IsTrue(gui.Configuration.Security.IsEnabled);
        }

        [TestMethod]
        public void TheConsoleUserIsGivenBackAfterAWebCommand()
        {
            GuiFixture gui = new GuiFixture();
            UserAccount consoleUser = gui.Configuration.Users.Find("secoff");
            gui.Configuration.Context.LogIn(consoleUser);
            string id = gui.SessionOf("operator", GuiFixture.UserPassword);
            Run(gui, id, "show user");
            Assert.IsTrue(gui.Configuration.Context.User == consoleUser);

            gui.Configuration.Context.LogOff();
            Run(gui, id, "show user");
            Assert.IsNull(gui.Configuration.Context.User);
        }

        [TestMethod]
        public void TheEventLogNamesTheWebUser()
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            Run(gui, id, "add user=webuser password=web-password privilege=user");
            Router.Core.LogEntry entry = new Router.Core.LogEntry();
            Assert.IsTrue(gui.Log.CopyEntry(gui.Log.Count - 1, entry));
            Assert.Contains("added by manager", entry.Message);
        }
    }
}
