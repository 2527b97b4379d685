using nanoFramework.TestFramework;
using Router.Gui.Tests.Fakes;
using Router.Http;

namespace Router.Gui.Tests
{
    /// <summary>Creating and uploading certificates from the GUI, with the console's privilege rules.</summary>
    [TestClass]
    public class CertificateTests
    {
        private static string CreateBody(GuiFixture gui, string id, string name, string subject)
        {
            return "name=" + name + "&keypair=0&serial=42&subject=" + FormFields.EncodePathSegment(subject) + "&csrf=" + gui.CsrfOf(id);
        }

        [TestMethod]
        public void AManagerCreatesASelfSignedCertificateOutsideSecurityMode()
        {
            GuiFixture gui = new GuiFixture();
            Assert.Contains("successful", gui.Run("create enco key=0 type=ecc"));
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            HttpResponse response = gui.Post("/certificates/create", id, CreateBody(gui, id, "webcert", "cn=192.168.1.1, o=my_company, c=us"));
            Assert.AreEqual(200, response.Status);
            Assert.Contains("id=\"result\"", GuiFixture.Body(response));
            Assert.IsNotNull(gui.Pki.Database.FindCertificate("webcert"), GuiFixture.Body(response));
            Assert.IsTrue(gui.Store.Exists("webcert.cer"));
            Assert.Contains(">webcert</a>", GuiFixture.Body(gui.Get("/certificates", id)));
        }

        [TestMethod]
        [DataRow("a b", "cn=x")]
        [DataRow("x", "cn=x\" keypair=1")]
        [DataRow("x", "")]
        [DataRow("../x", "cn=x")]
        public void CreateFieldsAreCheckedBeforeAnyCommandRuns(string name, string subject)
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            string page = GuiFixture.Body(gui.Post("/certificates/create", id, CreateBody(gui, id, FormFields.EncodePathSegment(name), subject)));
            Assert.Contains("Error (", page);
            Assert.AreEqual(0, gui.Pki.Database.CertificateCount);
        }

        [TestMethod]
        public void InSecurityModeOnlyTheSecurityOfficerMayAddCertificates()
        {
            GuiFixture gui = new GuiFixture();
            Assert.Contains("successful", gui.Run("create enco key=0 type=ecc"));
            Assert.Contains("successful", gui.Run("enable system security"));
            string manager = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            string page = GuiFixture.Body(gui.Get("/certificates", manager));
            Assert.DoesNotContains("action=\"/certificates/create\"", page);
            Assert.DoesNotContains("action=\"/certificates/upload\"", page);
            HttpResponse refused = gui.Post("/certificates/create", manager, CreateBody(gui, manager, "webcert", "cn=x"));
            Assert.AreEqual(403, refused.Status);
            Assert.AreEqual(403, gui.Post("/certificates/upload", manager, "name=x&pem=y&csrf=" + gui.CsrfOf(manager)).Status);
            Assert.IsNull(gui.Pki.Database.FindCertificate("webcert"));

            string officer = gui.SessionOf("secoff", GuiFixture.OfficerPassword);
            Assert.Contains("action=\"/certificates/create\"", GuiFixture.Body(gui.Get("/certificates", officer)));
            gui.Post("/certificates/create", officer, CreateBody(gui, officer, "webcert", "cn=x"));
            Assert.IsNotNull(gui.Pki.Database.FindCertificate("webcert"));
        }

        [TestMethod]
        public void AnUploadThatIsNotAPemCertificateIsRefused()
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            string page = GuiFixture.Body(gui.Post("/certificates/upload", id, "name=junk&pem=hello&csrf=" + gui.CsrfOf(id)));
            Assert.Contains("not a valid certificate", page);
            Assert.AreEqual(0, gui.Pki.Database.CertificateCount);
            Assert.AreEqual(404, gui.Get("/certificates/junk", id).Status);
        }
    }
}
