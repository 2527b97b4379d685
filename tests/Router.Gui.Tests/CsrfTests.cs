using nanoFramework.TestFramework;
using Router.Gui;
using Router.Gui.Tests.Fakes;
using Router.Http;

namespace Router.Gui.Tests
{
    /// <summary>Every state-changing request needs the session's token (form field or header) and our origin.</summary>
    [TestClass]
    public class CsrfTests
    {
        [TestMethod]
        [DataRow("/console", "command=show+user")]
        [DataRow("/logout", "")]
        [DataRow("/certificates/upload", "name=x&pem=y")]
        [DataRow("/certificates/create", "name=x&keypair=0&serial=1&subject=cn%3Dx")]
        public void APostWithoutTheTokenIsForbidden(string path, string body)
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("secoff", GuiFixture.OfficerPassword);
            HttpResponse missing = gui.Post(path, id, body);
            Assert.AreEqual(403, missing.Status, "missing");
            HttpResponse wrong = gui.Post(path, id, body + "&csrf=" + SessionTokens.NewToken());
            Assert.AreEqual(403, wrong.Status, "wrong");
            HttpResponse truncated = gui.Post(path, id, body + "&csrf=" + gui.CsrfOf(id).Substring(0, 31));
            Assert.AreEqual(403, truncated.Status, "truncated");

            // The session is still alive: the refusal did not log anyone out.
            Assert.AreEqual(200, gui.Get("/dashboard", id).Status);
        }

        [TestMethod]
        public void TheFormFieldOrTheHeaderIsAccepted()
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            string csrf = gui.CsrfOf(id);
            Assert.AreEqual(200, gui.Post("/console", id, "command=show+user&csrf=" + csrf).Status);
            HttpRequest header = GuiFixture.Request("POST", "/console", "rsid=" + id, "command=show+user");
            header.AddHeader(GuiHandler.CsrfHeader, csrf);
            Assert.AreEqual(200, gui.Send(header).Status);
        }

        [TestMethod]
        public void AnotherSessionsTokenIsRefused()
        {
            GuiFixture gui = new GuiFixture();
            string mine = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            string theirs = gui.SessionOf("operator", GuiFixture.UserPassword);
            Assert.AreEqual(403, gui.Post("/console", mine, "command=show+user&csrf=" + gui.CsrfOf(theirs)).Status);
        }

        [TestMethod]
        public void AForeignOriginIsRefusedEvenWithTheToken()
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            HttpRequest request = GuiFixture.Request("POST", "/console", "rsid=" + id, "command=show+user&csrf=" + gui.CsrfOf(id));
            request.AddHeader("Origin", "https://evil.example");
            Assert.AreEqual(403, gui.Send(request).Status);
        }

        [TestMethod]
        public void TheApiNeedsTheTokenInItsHeaderAndJson()
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            string csrf = gui.CsrfOf(id);

            HttpRequest noToken = Json(id, "{\"command\":\"show user\"}");
            Assert.AreEqual(403, gui.Send(noToken).Status);

            HttpRequest form = GuiFixture.Request("POST", "/api/command", "rsid=" + id, "command=show+user&csrf=" + csrf);
            form.AddHeader(GuiHandler.CsrfHeader, csrf);
            Assert.AreEqual(415, gui.Send(form).Status, "a form post is not JSON");

            HttpRequest ok = Json(id, "{\"command\":\"show user\"}");
            ok.AddHeader(GuiHandler.CsrfHeader, csrf);
            HttpResponse response = gui.Send(ok);
            Assert.AreEqual(200, response.Status);
            Assert.StartsWith("{\"output\":\"", GuiFixture.Body(response));
            Assert.Contains("secoff", GuiFixture.Body(response));
        }

        [TestMethod]
        public void TheApiAnswers401WithoutASession()
        {
            GuiFixture gui = new GuiFixture();
            HttpResponse response = gui.Get("/api/system", null);
            Assert.AreEqual(401, response.Status);
            Assert.AreEqual("application/json", response.ContentType);
            Assert.AreEqual(401, gui.Send(Json(SessionTokens.NewToken(), "{\"command\":\"show user\"}")).Status);
        }

        internal static HttpRequest Json(string id, string json)
        {
            HttpRequest request = GuiFixture.Request("POST", "/api/command", "rsid=" + id, null);
            request.AddHeader("Content-Type", "application/json");
            request.Body = System.Text.Encoding.UTF8.GetBytes(json);
            request.BodyOffset = 0;
            request.BodyLength = request.Body.Length;
            return request;
        }
    }
}
