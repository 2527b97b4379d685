using System.Text;
using nanoFramework.TestFramework;
using Router.Gui.Tests.Fakes;
using Router.Http;

namespace Router.Gui.Tests
{
    /// <summary>Flash files: the administrator's may be downloaded (scripts with hashes hidden), the router's own never.</summary>
    [TestClass]
    public class FileTests
    {
        private static void Write(GuiFixture gui, string name, string text)
        {
            byte[] data = Encoding.UTF8.GetBytes(text);
            gui.Store.Write(name, data, 0, data.Length);
        }

        [TestMethod]
        public void TheListLinksOnlyDownloadableFiles()
        {
            GuiFixture gui = new GuiFixture();
            gui.Configuration.Users.Save();
            Write(gui, "notes.txt", "hello");
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            string page = GuiFixture.Body(gui.Get("/files", id));
            Assert.Contains("<table id=\"files\">", page);
            Assert.Contains("<a href=\"/files/notes.txt\" download>", page);
            Assert.Contains("users.db", page);
            Assert.DoesNotContains("href=\"/files/users.db\"", page);
        }

        [TestMethod]
        public void AScriptDownloadsAsAnAttachmentWithHashesHidden()
        {
            GuiFixture gui = new GuiFixture();
            Assert.Contains("successful", gui.Run("create config=boot.cfg"));
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            HttpResponse response = gui.Get("/files/boot.cfg", id);
            Assert.AreEqual(200, response.Status);
            Assert.AreEqual("attachment; filename=\"boot.cfg\"", GuiFixture.Header(response, "Content-Disposition"));
            Assert.AreEqual("text/plain; charset=utf-8", response.ContentType);
            string text = GuiFixture.Body(response);
            Assert.Contains("add user=secoff", text);
            Assert.Contains("passwordhash=<hidden>", text);
            Assert.DoesNotContains("pbkdf2-sha256:", text);
        }

        [TestMethod]
        public void ACertificateFileDownloadsAsItIs()
        {
            GuiFixture gui = new GuiFixture();
            byte[] der = { 0x30, 0x03, 0x02, 0x01, 0x00 };
            gui.Store.Write("peer.cer", der, 0, der.Length);
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            HttpResponse response = gui.Get("/files/peer.cer", id);
            Assert.AreEqual(200, response.Status);
            Assert.AreEqual("application/pkix-cert", response.ContentType);
            Assert.AreEqual(der.Length, response.BodyLength);
            Assert.AreEqual(0x30, (int)response.BodyArray[response.BodyOffset]);
        }

        [TestMethod]
        [DataRow("users.db")]
        [DataRow("system.dat")]
        [DataRow("enco.key.0")]
        [DataRow("enco.key.0.txt")]
        [DataRow("secret.bin")]
        public void SystemAndSecretFilesAreNeverDownloaded(string name)
        {
            GuiFixture gui = new GuiFixture();
            Write(gui, name, "secret");
            string id = gui.SessionOf("secoff", GuiFixture.OfficerPassword);
            HttpResponse response = gui.Get("/files/" + name, id);
            Assert.AreEqual(403, response.Status);
            Assert.DoesNotContains("secret\n", GuiFixture.Body(response));
            Assert.IsNull(GuiFixture.Header(response, "Content-Disposition"));
        }

        [TestMethod]
        public void RealKeyFilesAreRefused()
        {
            GuiFixture gui = new GuiFixture();
            Assert.Contains("successful", gui.Run("create enco key=1 type=ecc"));
            Assert.Contains("successful", gui.Run("enable system security"));
            string id = gui.SessionOf("secoff", GuiFixture.OfficerPassword);
            int refused = 0;
            for (int i = 0; i < gui.Store.FileCount; i++)
            {
                string name = gui.Store.GetFileName(i);
                if (name != null && name.StartsWith("enco."))
                {
                    Assert.AreEqual(403, gui.Get("/files/" + name, id).Status, name);
                    refused++;
                }
            }

            Assert.IsTrue(refused > 0, "no key file on flash");
        }

        [TestMethod]
        public void MissingOrMalformedNamesAre404()
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            Assert.AreEqual(404, gui.Get("/files/none.txt", id).Status);
            Assert.AreEqual(404, gui.Get("/files/..%2Fusers.db", id).Status);
            Assert.AreEqual(404, gui.Get("/files/NOTES.TXT", id).Status);
            Assert.AreEqual(302, gui.Get("/files/notes.txt", null).Status);
        }
    }
}
