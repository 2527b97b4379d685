using nanoFramework.TestFramework;
using Router.Core;
using Router.Gui.Tests.Fakes;
using Router.Http;

namespace Router.Gui.Tests
{
    /// <summary>The worst pages still fit the device's response buffer (DeviceSettings.HttpResponseCapacity, 16 KB).</summary>
    [TestClass]
    public class PageSizeTests
    {
        private const int DeviceCapacity = 16384;

        private static HttpResponse Send(GuiFixture gui, HttpRequest request)
        {
            HttpResponse response = new HttpResponse(DeviceCapacity);
            gui.Handler.Handle(request, response);
            Assert.IsFalse(response.Overflowed, request.Path);
            return response;
        }

        [TestMethod]
        public void AFullLogOfHostileLinesFitsTheDashboard()
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            string hostile = new string('<', 200);
            for (int i = 0; i < gui.Log.Capacity; i++)
            {
                gui.Log.Add(LogSeverity.Error, "TEST", hostile);
            }

            HttpResponse response = Send(gui, GuiFixture.Request("GET", "/dashboard", "rsid=" + id, null));
            Assert.AreEqual(200, response.Status);
        }

        [TestMethod]
        public void LongCommandOutputIsCutToFit()
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            HttpResponse page = Send(gui, GuiFixture.Request("POST", "/console", "rsid=" + id, "command=help&csrf=" + gui.CsrfOf(id)));
            Assert.AreEqual(200, page.Status);
            Assert.Contains("</pre>", GuiFixture.Body(page));

            HttpRequest api = CsrfTests.Json(id, "{\"command\":\"help\"}");
            api.AddHeader(GuiHandler.CsrfHeader, gui.CsrfOf(id));
            HttpResponse json = Send(gui, api);
            Assert.AreEqual(200, json.Status);
            Assert.EndsWith("}", GuiFixture.Body(json));
        }

        [TestMethod]
        public void EscapingWithinALimitNeverSplitsAReference()
        {
            string text = new string('<', 5000) + "tail";
            string escaped = HtmlText.EscapeWithin(text, 1000);
            Assert.IsTrue(escaped.Length <= 1000 + 30);
            Assert.EndsWith("[output truncated]", escaped);
            string body = escaped.Substring(0, escaped.IndexOf('\n'));
            Assert.AreEqual(0, body.Length % 4, "whole &lt; references only");
            Assert.AreEqual("a&amp;b", HtmlText.EscapeWithin("a&b", 1000));
        }
    }
}
