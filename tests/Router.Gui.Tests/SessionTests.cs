using nanoFramework.TestFramework;
using Router.Gui.Tests.Fakes;
using Router.Http;

namespace Router.Gui.Tests
{
    /// <summary>Idle expiry (secure delay in security mode and for Security Officers) and the bounded session table.</summary>
    [TestClass]
    public class SessionTests
    {
        [TestMethod]
        public void AManagerSessionExpiresAfterTheDefaultIdleTime()
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            gui.Clock.Uptime += SessionTable.DefaultIdleSeconds * 1000L;
            Assert.AreEqual(200, gui.Get("/dashboard", id).Status, "just inside the limit, and this request is activity");
            gui.Clock.Uptime += SessionTable.DefaultIdleSeconds * 1000L + 1;
            Assert.AreEqual(302, gui.Get("/dashboard", id).Status);
            Assert.AreEqual(401, gui.Get("/api/session", id).Status);
        }

        [TestMethod]
        public void InSecurityModeEverySessionUsesTheSecureDelay()
        {
            GuiFixture gui = new GuiFixture();
            Assert.Contains("successful", gui.Run("enable system security"));
            Assert.Contains("successful", gui.Run("set user securedelay=30"));
            string manager = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            string officer = gui.SessionOf("secoff", GuiFixture.OfficerPassword);
            gui.Clock.Uptime += 30001;
            Assert.AreEqual(302, gui.Get("/dashboard", manager).Status);
            Assert.AreEqual(302, gui.Get("/dashboard", officer).Status);
        }

        [TestMethod]
        public void ASecurityOfficerAlwaysHasTheSecureDelay()
        {
            GuiFixture gui = new GuiFixture();
            string officer = gui.SessionOf("secoff", GuiFixture.OfficerPassword);
            string manager = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            gui.Clock.Uptime += gui.Configuration.Users.Policy.SecureDelaySeconds * 1000L + 1;
            Assert.AreEqual(302, gui.Get("/dashboard", officer).Status);
            Assert.AreEqual(200, gui.Get("/dashboard", manager).Status);
        }

        [TestMethod]
        public void BackgroundPollingDoesNotKeepASessionAlive()
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("secoff", GuiFixture.OfficerPassword);
            long step = gui.Configuration.Users.Policy.SecureDelaySeconds * 1000L / 2;
            for (int i = 0; i < 2; i++)
            {
                gui.Clock.Uptime += step;
                HttpRequest poll = GuiFixture.Request("GET", "/api/ssl", "rsid=" + id, null);
                poll.AddHeader(GuiHandler.BackgroundHeader, "1");
                Assert.AreEqual(200, gui.Send(poll).Status, "poll " + i.ToString());
            }

            gui.Clock.Uptime += 1;
            Assert.AreEqual(302, gui.Get("/dashboard", id).Status);
        }

        [TestMethod]
        public void TheSessionTableIsBounded()
        {
            GuiFixture gui = new GuiFixture();
            string[] ids = new string[SessionTable.DefaultCapacity];
            for (int i = 0; i < ids.Length; i++)
            {
                ids[i] = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            }

            HttpResponse full = gui.LogIn("manager", GuiFixture.ManagerPassword);
            Assert.Contains("id=\"login-error\"", GuiFixture.Body(full));
            Assert.Contains("Too many web sessions", GuiFixture.Body(full));
            Assert.IsNull(GuiFixture.CookieValue(full, GuiHandler.SessionCookie));
            Assert.AreEqual(1, gui.Handler.Sessions.Refused);
            for (int i = 0; i < ids.Length; i++)
            {
                Assert.AreEqual(200, gui.Get("/dashboard", ids[i]).Status, "existing sessions stay");
            }

            gui.Post("/logout", ids[3], "csrf=" + gui.CsrfOf(ids[3]));
            Assert.IsNotNull(gui.SessionOf("manager", GuiFixture.ManagerPassword));

            // Expired sessions free their slots.
            gui.Clock.Uptime += SessionTable.DefaultIdleSeconds * 1000L + 1;
            for (int i = 0; i < ids.Length; i++)
            {
                Assert.IsNotNull(gui.SessionOf("manager", GuiFixture.ManagerPassword));
            }
        }

        [TestMethod]
        public void AGuessedOrMalformedCookieFindsNothing()
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            Assert.AreEqual(302, gui.Get("/dashboard", SessionTokens.NewToken()).Status);
            Assert.AreEqual(302, gui.Get("/dashboard", id.Substring(0, 31)).Status);
            Assert.AreEqual(302, gui.Get("/dashboard", id + "0").Status);
            Assert.AreEqual(302, gui.Get("/dashboard", id.ToUpper()).Status);
            Assert.AreEqual(200, gui.Get("/dashboard", id).Status);
        }
    }
}
