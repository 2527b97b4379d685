using System.Text;
using nanoFramework.TestFramework;
using Router.Gui.Tests.Fakes;
using Router.Http;

namespace Router.Gui.Tests
{
    /// <summary>Whatever the router holds reaches pages escaped: command output, certificate names and subjects, the system name.</summary>
    [TestClass]
    public class EscapingTests
    {
        private const string Script = "<script>alert(1)</script>";

        [TestMethod]
        public void CommandOutputIsEscaped()
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            string page = GuiFixture.Body(gui.Post("/console", id, "command=" + FormFields.EncodePathSegment("show pki certificate=" + Script)
                + "&csrf=" + gui.CsrfOf(id)));
            Assert.DoesNotContains(Script, page);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
        }

        [TestMethod]
        public void TheSystemNameIsEscaped()
        {
            GuiFixture gui = new GuiFixture();
            gui.Configuration.Settings.Name = "r\"><img src=x onerror=alert(1)>";
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            string page = GuiFixture.Body(gui.Get("/dashboard", id));
            Assert.DoesNotContains("<img src=x", page);
            Assert.Contains("<h1>r&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</h1>", page);
            Assert.DoesNotContains("<img", GuiFixture.Body(gui.Get("/login", null)));
        }

        [TestMethod]
        public void TheApiEscapesJson()
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            HttpRequest request = CsrfTests.Json(id, "{\"command\":\"show pki certificate=" + Script + "\"}");
            request.AddHeader(GuiHandler.CsrfHeader, gui.CsrfOf(id));
            string json = GuiFixture.Body(gui.Send(request));
            Assert.DoesNotContains("<script>", json);
            Assert.Contains("\\u003cscript\\u003e", json);
        }

        [TestMethod]
        public void CertificateNamesAndSubjectsAreEscaped()
        {
            GuiFixture gui = new GuiFixture();
            Assert.Contains("successful", gui.Run("create enco key=0 type=ecc"));
            Assert.Contains("successful", gui.Run("create pki certificate=xss keypair=0 serialnumber=5 subject=\"cn=<b>bold</b>\" format=pem"));
            int length = gui.Store.GetLength("xss.cer");
            byte[] pem = new byte[length];
            gui.Store.Read("xss.cer", 0, pem, 0, length);

            string id = gui.SessionOf("secoff", GuiFixture.OfficerPassword);
            string body = "name=" + FormFields.EncodePathSegment(Script) + "&pem=" + FormFields.EncodePathSegment(Encoding.UTF8.GetString(pem, 0, length))
                + "&csrf=" + gui.CsrfOf(id);
            string result = GuiFixture.Body(gui.Post("/certificates/upload", id, body));
            Assert.Contains("Operation successful", result);
            Assert.IsNotNull(gui.Pki.Database.FindCertificate(Script));

            string list = GuiFixture.Body(gui.Get("/certificates", id));
            Assert.Contains("<table id=\"certificates\">", list);
            Assert.DoesNotContains(Script, list);
            Assert.DoesNotContains("<b>bold", list);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", list);
            Assert.Contains("href=\"/certificates/%3Cscript%3Ealert%281%29%3C%2Fscript%3E\"", list);

            HttpResponse detail = gui.Get("/certificates/%3Cscript%3Ealert%281%29%3C%2Fscript%3E", id);
            Assert.AreEqual(200, detail.Status);
            string detailPage = GuiFixture.Body(detail);
            Assert.DoesNotContains(Script, detailPage);
            Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", detailPage);
        }
    }
}
