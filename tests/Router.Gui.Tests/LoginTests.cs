using nanoFramework.TestFramework;
using Router.Gui;
using Router.Gui.Tests.Fakes;
using Router.Http;

namespace Router.Gui.Tests
{
    /// <summary>Form login with the router's users: cookie flags, failures, lockout, the pre-session token, logout.</summary>
    [TestClass]
    public class LoginTests
    {
        [TestMethod]
        public void RootSendsStrangersToTheLoginPage()
        {
            GuiFixture gui = new GuiFixture();
            HttpResponse response = gui.Get("/", null);
            Assert.AreEqual(302, response.Status);
            Assert.AreEqual("/login", GuiFixture.Header(response, "Location"));
        }

        [TestMethod]
        public void TheLoginPageHasTheFormTheBrowserTestExpects()
        {
            GuiFixture gui = new GuiFixture();
            HttpResponse response = gui.Get("/login", null);
            string page = GuiFixture.Body(response);
            Assert.AreEqual(200, response.Status);
            Assert.Contains("<html lang=\"en\">", page);
            Assert.Contains("<form method=\"post\" action=\"/login\">", page);
            Assert.Contains("<input id=\"user\" name=\"user\"", page);
            Assert.Contains("<input id=\"password\" name=\"password\" type=\"password\"", page);
            Assert.Contains("<button id=\"login-submit\" type=\"submit\">", page);
            string token = GuiFixture.CookieValue(response, GuiHandler.LoginCookie);
            Assert.AreEqual(32, token.Length);
            Assert.Contains("name=\"csrf\" value=\"" + token + "\"", page);
            string cookie = GuiFixture.SetCookie(response, GuiHandler.LoginCookie);
            Assert.Contains("HttpOnly", cookie);
            Assert.Contains("SameSite=Strict", cookie);
            Assert.Contains("Path=/login", cookie);
        }

        [TestMethod]
        public void TheConsolePasswordLogsInWithAStrictCookie()
        {
            GuiFixture gui = new GuiFixture();
            HttpResponse response = gui.LogIn("manager", GuiFixture.ManagerPassword);
            Assert.AreEqual(303, response.Status);
            Assert.AreEqual("/dashboard", GuiFixture.Header(response, "Location"));
            string cookie = GuiFixture.SetCookie(response, GuiHandler.SessionCookie);
            string id = GuiFixture.CookieValue(response, GuiHandler.SessionCookie);
            Assert.AreEqual(32, id.Length);
            Assert.AreEqual("rsid=" + id + "; Path=/; Secure; HttpOnly; SameSite=Strict", cookie);

            HttpResponse root = gui.Get("/", id);
            Assert.AreEqual("/dashboard", GuiFixture.Header(root, "Location"));
            Assert.AreEqual(200, gui.Get("/dashboard", id).Status);
        }

        [TestMethod]
        public void TheCookieIsSecureOnlyOverTls()
        {
            GuiFixture gui = new GuiFixture();
            HttpRequest form = GuiFixture.Request("GET", "/login", null, null);
            form.IsSecure = false;
            string token = GuiFixture.CookieValue(gui.Send(form), GuiHandler.LoginCookie);
            HttpRequest post = GuiFixture.Request("POST", "/login", "rlt=" + token, "csrf=" + token + "&user=manager&password=" + GuiFixture.ManagerPassword);
            post.IsSecure = false;
            string cookie = GuiFixture.SetCookie(gui.Send(post), GuiHandler.SessionCookie);
            Assert.IsNotNull(cookie);
            Assert.DoesNotContains("Secure", cookie);
            Assert.Contains("HttpOnly", cookie);
        }

        [TestMethod]
        public void SessionIdsAreRandomAndDifferent()
        {
            GuiFixture gui = new GuiFixture();
            string first = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            string second = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            Assert.AreNotEqual(first, second);
            Assert.AreNotEqual(gui.CsrfOf(first), gui.CsrfOf(second));
        }

        [TestMethod]
        [DataRow("manager", "wrong-password")]
        [DataRow("nobody", "manager-pass")]
        [DataRow("", "")]
        public void AFailedLoginShowsAnAlertAndNoCookie(string user, string password)
        {
            GuiFixture gui = new GuiFixture();
            HttpResponse response = gui.LogIn(user, password);
            string page = GuiFixture.Body(response);
            Assert.AreEqual(200, response.Status);
            Assert.Contains("id=\"login-error\"", page);
            Assert.Contains("role=\"alert\"", page);
            Assert.Contains("Login incorrect.", page);
            Assert.IsNull(GuiFixture.CookieValue(response, GuiHandler.SessionCookie));
        }

        [TestMethod]
        public void RepeatedFailuresLockTheAccountAsOnTheConsole()
        {
            GuiFixture gui = new GuiFixture();
            int limit = gui.Configuration.Users.Policy.LoginFailLimit;
            for (int i = 0; i < limit; i++)
            {
                Assert.Contains("Login incorrect.", GuiFixture.Body(gui.LogIn("manager", "wrong-password")));
            }

            // Locked: even the right password is refused, and the page says so.
            HttpResponse locked = gui.LogIn("manager", GuiFixture.ManagerPassword);
            Assert.Contains("locked", GuiFixture.Body(locked));
            Assert.IsNull(GuiFixture.CookieValue(locked, GuiHandler.SessionCookie));

            gui.Clock.Uptime += gui.Configuration.Users.Policy.LockoutSeconds * 1000L + 1;
            Assert.IsNotNull(GuiFixture.CookieValue(gui.LogIn("manager", GuiFixture.ManagerPassword), GuiHandler.SessionCookie));
        }

        [TestMethod]
        public void ALoginWithoutThePreSessionTokenIsForbidden()
        {
            GuiFixture gui = new GuiFixture();
            string body = "user=manager&password=" + GuiFixture.ManagerPassword;
            Assert.AreEqual(403, gui.Send(GuiFixture.Request("POST", "/login", null, body)).Status);

            string token = GuiFixture.CookieValue(gui.Get("/login", null), GuiHandler.LoginCookie);
            Assert.AreEqual(403, gui.Send(GuiFixture.Request("POST", "/login", "rlt=" + token, body)).Status, "field missing");
            Assert.AreEqual(403, gui.Send(GuiFixture.Request("POST", "/login", null, "csrf=" + token + "&" + body)).Status, "cookie missing");
            string other = GuiFixture.CookieValue(gui.Get("/login", null), GuiHandler.LoginCookie);
            HttpResponse mismatch = gui.Send(GuiFixture.Request("POST", "/login", "rlt=" + token, "csrf=" + other + "&" + body));
            Assert.AreEqual(403, mismatch.Status, "mismatch");
            Assert.IsNull(GuiFixture.CookieValue(mismatch, GuiHandler.SessionCookie));

            HttpRequest foreign = GuiFixture.Request("POST", "/login", "rlt=" + token, "csrf=" + token + "&" + body);
            foreign.AddHeader("Origin", "https://evil.example");
            Assert.AreEqual(403, gui.Send(foreign).Status, "foreign origin");

            HttpRequest same = GuiFixture.Request("POST", "/login", "rlt=" + token, "csrf=" + token + "&" + body);
            same.AddHeader("Origin", "https://router.example");
            Assert.AreEqual(303, gui.Send(same).Status, "own origin");

            // Chromium's form POST under Referrer-Policy: no-referrer carries "Origin: null"; the tokens decide.
            string fresh = GuiFixture.CookieValue(gui.Get("/login", null), GuiHandler.LoginCookie);
            HttpRequest opaque = GuiFixture.Request("POST", "/login", "rlt=" + fresh, "csrf=" + fresh + "&" + body);
            opaque.AddHeader("Origin", "null");
            Assert.AreEqual(303, gui.Send(opaque).Status, "opaque origin with the tokens");
            HttpRequest opaqueWithoutToken = GuiFixture.Request("POST", "/login", null, body);
            opaqueWithoutToken.AddHeader("Origin", "null");
            Assert.AreEqual(403, gui.Send(opaqueWithoutToken).Status, "opaque origin without the tokens");
        }

        [TestMethod]
        public void TheLoginWipesThePasswordFromTheRequestBody()
        {
            GuiFixture gui = new GuiFixture();
            string token = GuiFixture.CookieValue(gui.Get("/login", null), GuiHandler.LoginCookie);
            HttpRequest post = GuiFixture.Request("POST", "/login", "rlt=" + token, "csrf=" + token + "&user=manager&password=" + GuiFixture.ManagerPassword);
            gui.Send(post);
            for (int i = 0; i < post.BodyLength; i++)
            {
                Assert.AreEqual(0, (int)post.Body[i]);
            }
        }

        [TestMethod]
        public void LogoutEndsTheSession()
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            string csrf = gui.CsrfOf(id);
            HttpResponse response = gui.Post("/logout", id, "csrf=" + csrf);
            Assert.AreEqual(303, response.Status);
            Assert.AreEqual("/login", GuiFixture.Header(response, "Location"));
            Assert.Contains("Max-Age=0", GuiFixture.SetCookie(response, GuiHandler.SessionCookie));
            Assert.AreEqual(302, gui.Get("/dashboard", id).Status);
        }

        [TestMethod]
        public void ADeletedAccountLosesItsSession()
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("operator", GuiFixture.UserPassword);
            gui.Run("delete user=operator");
            Assert.AreEqual(302, gui.Get("/dashboard", id).Status);
        }
    

        [TestMethod]
        public void ANewPasswordEndsTheAccountsSessions()
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("operator", GuiFixture.UserPassword);
            string other = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            Assert.Contains("successful", gui.Run("set user=operator password=another-password"));
            Assert.AreEqual(302, gui.Get("/dashboard", id).Status);
            Assert.AreEqual(200, gui.Get("/dashboard", other).Status);
        }
    }
}
