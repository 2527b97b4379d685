using nanoFramework.TestFramework;
using Router.Gui;
using Router.Gui.Tests.Fakes;
using Router.Http;

namespace Router.Gui.Tests
{
    /// <summary>The security headers are on every kind of answer: pages, redirects, errors, the login page, API answers, assets.</summary>
    [TestClass]
    public class HeaderTests
    {
        private static void AssertSecurityHeaders(HttpResponse response, bool secure, bool dynamic, string what)
        {
            Assert.AreEqual(secure ? "max-age=31536000" : null, GuiFixture.Header(response, "Strict-Transport-Security"), what);
            Assert.AreEqual("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
                + "form-action 'self'; base-uri 'none'", GuiFixture.Header(response, "Content-Security-Policy"), what);
            Assert.AreEqual("nosniff", GuiFixture.Header(response, "X-Content-Type-Options"), what);
            Assert.AreEqual("no-referrer", GuiFixture.Header(response, "Referrer-Policy"), what);
            Assert.AreEqual("DENY", GuiFixture.Header(response, "X-Frame-Options"), what);
            if (dynamic)
            {
                Assert.AreEqual("no-store", GuiFixture.Header(response, "Cache-Control"), what);
            }
        }

        [TestMethod]
        public void EveryKindOfAnswerCarriesThem()
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            string csrf = gui.CsrfOf(id);
            AssertSecurityHeaders(gui.Get("/login", null), true, true, "login page");
            AssertSecurityHeaders(gui.LogIn("manager", "wrong-password"), true, true, "failed login");
            AssertSecurityHeaders(gui.LogIn("manager", GuiFixture.ManagerPassword), true, true, "login redirect");
            AssertSecurityHeaders(gui.Post("/login", null, "user=a"), true, true, "login 403");
            AssertSecurityHeaders(gui.Get("/", null), true, true, "root redirect");
            AssertSecurityHeaders(gui.Get("/dashboard", null), true, true, "redirect to login");
            AssertSecurityHeaders(gui.Get("/dashboard", id), true, true, "dashboard");
            AssertSecurityHeaders(gui.Get("/console", id), true, true, "console");
            AssertSecurityHeaders(gui.Get("/certificates", id), true, true, "certificates");
            AssertSecurityHeaders(gui.Get("/files", id), true, true, "files");
            AssertSecurityHeaders(gui.Get("/nowhere", id), true, true, "404");
            AssertSecurityHeaders(gui.Get("/nowhere", null), true, true, "404 anonymous");
            AssertSecurityHeaders(gui.Get("/logout", id), true, true, "405");
            AssertSecurityHeaders(gui.Post("/console", id, "command=x"), true, true, "403 csrf");
            AssertSecurityHeaders(gui.Get("/files/users.db", id), true, true, "403 file");
            AssertSecurityHeaders(gui.Get("/api/session", id), true, true, "api");
            AssertSecurityHeaders(gui.Get("/api/session", null), true, true, "api 401");
            AssertSecurityHeaders(gui.Get("/api/nothing", id), true, true, "api 404");
            AssertSecurityHeaders(gui.Post("/api/system", id, "csrf=" + csrf), true, true, "api 405");
            AssertSecurityHeaders(gui.Get("/assets/app.css", null), true, false, "asset");
            AssertSecurityHeaders(gui.Get("/assets/missing.css", null), true, false, "missing asset");

            HttpRequest plain = GuiFixture.Request("GET", "/login", null, null);
            plain.IsSecure = false;
            AssertSecurityHeaders(gui.Send(plain), false, true, "plain HTTP: no HSTS");
        }

        [TestMethod]
        public void UnknownPathsAre404AndWrongMethods405()
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            Assert.AreEqual(404, gui.Get("/nowhere", id).Status);
            Assert.AreEqual(404, gui.Get("/dashboard/x", id).Status);
            Assert.AreEqual(404, gui.Get("/api/nothing", id).Status);
            HttpResponse logout = gui.Get("/logout", id);
            Assert.AreEqual(405, logout.Status);
            Assert.AreEqual("POST", GuiFixture.Header(logout, "Allow"));
            Assert.AreEqual(405, gui.Send(GuiFixture.Request("PUT", "/dashboard", "rsid=" + id, "x=1")).Status);
            Assert.AreEqual(405, gui.Send(GuiFixture.Request("DELETE", "/", null, null)).Status);
            Assert.AreEqual(405, gui.Get("/api/command", id).Status);
            Assert.AreEqual(405, gui.Get("/certificates/upload", id).Status);
        }

        [TestMethod]
        public void AssetsAreGzippedCacheableAndRevalidated()
        {
            GuiFixture gui = new GuiFixture();
            HttpResponse css = gui.Get("/assets/app.css", null);
            Assert.AreEqual(200, css.Status);
            Assert.AreEqual("text/css; charset=utf-8", css.ContentType);
            Assert.AreEqual("gzip", GuiFixture.Header(css, "Content-Encoding"));
            Assert.StartsWith("public, max-age=", GuiFixture.Header(css, "Cache-Control"));
            Assert.AreEqual(0x1F, (int)css.BodyArray[css.BodyOffset]);
            Assert.AreEqual(0x8B, (int)css.BodyArray[css.BodyOffset + 1]);
            string etag = GuiFixture.Header(css, "ETag");
            Assert.AreEqual(18, etag.Length);

            HttpRequest again = GuiFixture.Request("GET", "/assets/app.css", null, null);
            again.AddHeader("If-None-Match", etag);
            HttpResponse notModified = gui.Send(again);
            Assert.AreEqual(304, notModified.Status);
            Assert.AreEqual(0, notModified.BodyLength);

            HttpRequest other = GuiFixture.Request("GET", "/assets/app.css", null, null);
            other.AddHeader("If-None-Match", "\"0000000000000000\"");
            Assert.AreEqual(200, gui.Send(other).Status);
            Assert.AreEqual("text/javascript; charset=utf-8", gui.Get("/assets/app.js", null).ContentType);
            Assert.AreEqual("image/svg+xml", gui.Get("/assets/favicon.svg", null).ContentType);
            Assert.AreEqual(404, gui.Get("/assets/../users.db", null).Status);
        }
    }
}
