using nanoFramework.TestFramework;
using Router.Core;
using Router.Gui.Tests.Fakes;

namespace Router.Gui.Tests
{
    /// <summary>The dashboard's sections, the chart drawn without JavaScript, and the JSON API.</summary>
    [TestClass]
    public class DashboardTests
    {
        [TestMethod]
        public void TheDashboardHasEverySection()
        {
            GuiFixture gui = new GuiFixture();
            gui.Configuration.Settings.Name = "edge-router";
            gui.Log.Add(LogSeverity.Warning, "TEST", "something <odd> happened");
            gui.Ssl.Handshakes = 3;
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            string page = GuiFixture.Body(gui.Get("/dashboard", id));
            Assert.Contains("<h1>edge-router</h1>", page);
            Assert.Contains("<section id=\"system\"", page);
            Assert.Contains("<section id=\"ssl-stats\"", page);
            Assert.Contains("<section id=\"hs-chart\"", page);
            Assert.Contains("<svg id=\"hs-svg\"", page);
            Assert.Contains("<polyline class=\"series\" points=\"", page);
            Assert.Contains("<section id=\"sas\"", page);
            Assert.Contains("none", page);
            Assert.Contains("<section id=\"log\"", page);
            Assert.Contains("something &lt;odd&gt; happened", page);
            Assert.Contains("Handshakes completed", page);
            Assert.Contains("Resumed sessions", page);
            Assert.Contains("120 KB", page);
            Assert.Contains("<nav aria-label=\"Main\">", page);
            Assert.Contains("<a href=\"/dashboard\" aria-current=\"page\">", page);
            Assert.Contains("<a href=\"/console\">", page);
            Assert.Contains("<a href=\"/certificates\">", page);
            Assert.Contains("<a href=\"/files\">", page);
            Assert.Contains("<form method=\"post\" action=\"/logout\"", page);
            Assert.Contains("<button id=\"logout\" type=\"submit\">", page);
            Assert.Contains("<main id=\"main\">", page);
            Assert.Contains("<script src=\"/assets/app.js\" defer></script>", page);
            Assert.DoesNotContains("style=", page);
            Assert.DoesNotContains("<script>", page);
        }

        [TestMethod]
        public void TheChartFollowsTheHandshakes()
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            gui.Get("/dashboard", id);
            gui.Clock.Uptime += HandshakeHistory.DefaultIntervalSeconds * 1000L;
            gui.Ssl.Handshakes = 50;
            string page = GuiFixture.Body(gui.Get("/dashboard", id));
            Assert.Contains("now <span id=\"hs-now\">", page);
            Assert.Contains("peak <span id=\"hs-peak\">", page);

            string json = GuiFixture.Body(gui.Get("/api/ssl", id));
            Assert.Contains("\"handshakes\":50", json);
            Assert.Contains("\"intervalSeconds\":10", json);
            Assert.Contains("\"Resumed sessions\":7", json);
            long sum = 0;
            for (int i = 0; i < gui.Handler.History.BucketCount; i++)
            {
                sum += gui.Handler.History.Count(i);
            }

            Assert.AreEqual(50L, sum);
        }

        [TestMethod]
        public void TheApiDescribesTheSystemAndTheSession()
        {
            GuiFixture gui = new GuiFixture();
            gui.Clock.Uptime = 3723000;
            string id = gui.SessionOf("operator", GuiFixture.UserPassword);
            string system = GuiFixture.Body(gui.Get("/api/system", id));
            Assert.Contains("\"name\":\"router\"", system);
            Assert.Contains("\"uptimeMs\":3723000", system);
            Assert.Contains("\"uptime\":\"01:02:03\"", system);
            Assert.Contains("\"memoryFree\":654321", system);
            string session = GuiFixture.Body(gui.Get("/api/session", id));
            Assert.Contains("\"user\":\"operator\"", session);
            Assert.Contains("\"privilege\":\"User\"", session);
            Assert.Contains("\"csrf\":\"" + gui.CsrfOf(id) + "\"", session);
        }

        [TestMethod]
        public void MalformedApiBodiesAre400()
        {
            GuiFixture gui = new GuiFixture();
            string id = gui.SessionOf("manager", GuiFixture.ManagerPassword);
            string csrf = gui.CsrfOf(id);
            string[] bodies = { "", "{", "{\"command\":5}", "[\"command\"]", "{\"command\":\"show user\"} x", "{\"other\":\"x\"}" };
            for (int i = 0; i < bodies.Length; i++)
            {
                Router.Http.HttpRequest request = CsrfTests.Json(id, bodies[i]);
                request.AddHeader(GuiHandler.CsrfHeader, csrf);
                Assert.AreEqual(400, gui.Send(request).Status, bodies[i]);
            }
        }
    }
}
