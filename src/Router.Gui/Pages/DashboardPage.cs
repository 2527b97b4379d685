using Router.Core;
using Router.Http;

namespace Router.Gui.Pages
{
    /// <summary>
    /// The status page: system, SSL statistics, the handshake chart (an inline SVG drawn here from the history,
    /// so it needs no JavaScript; app.js only refreshes it), security associations and the event log tail.
    /// </summary>
    public static class DashboardPage
    {
        public const int ChartWidth = 300;
        public const int ChartHeight = 100;

        public static void Write(HttpResponse response, GuiContext context, GuiSession session, HandshakeHistory history, LogEntry entry)
        {
            string name = context.System.SystemName;
            PageLayout.Begin(response, "Dashboard", name, session, PageLayout.Dashboard);
            response.Write("<h1>");
            response.Write(HtmlText.Escape(name));
            response.Write("</h1>\n<div class=\"grid\">\n");
            WriteSystem(response, context);
            WriteSsl(response, context);
            WriteChart(response, history);
            response.Write("<section id=\"sas\" class=\"card\" aria-labelledby=\"sas-title\"><h2 id=\"sas-title\">Security associations</h2>"
                + "<dl><dt>IPsec SAs</dt><dd>none</dd><dt>ISAKMP SAs</dt><dd>none</dd></dl></section>\n");
            response.Write("</div>\n");
            WriteLog(response, context, entry);
            PageLayout.End(response);
        }

        private static void WriteSystem(HttpResponse response, GuiContext context)
        {
            long used;
            long free;
            context.System.ReadManagedMemory(out used, out free);
            response.Write("<section id=\"system\" class=\"card\" aria-labelledby=\"system-title\"><h2 id=\"system-title\">System</h2><dl>");
            Field(response, "Name", context.System.SystemName, null);
            Field(response, "Uptime", TextFormat.Duration(context.System.UptimeMilliseconds), "uptime");
            Field(response, "Time", TextFormat.Time(context.System.LocalTime), "time");
            Field(response, "Memory used", TextFormat.Kilobytes(used), "memory-used");
            Field(response, "Memory free", TextFormat.Kilobytes(free), "memory-free");
            Field(response, "Security mode", context.Security != null && context.Security.IsEnabled ? "enabled" : "disabled", null);
            response.Write("</dl></section>\n");
        }

        private static void WriteSsl(HttpResponse response, GuiContext context)
        {
            response.Write("<section id=\"ssl-stats\" class=\"card\" aria-labelledby=\"ssl-title\"><h2 id=\"ssl-title\">SSL statistics</h2>");
            IGuiSslStatistics ssl = context.Ssl;
            if (ssl == null)
            {
                response.Write("<p>SSL statistics are not available.</p></section>\n");
                return;
            }

            response.Write("<table><thead><tr><th scope=\"col\">Counter</th><th scope=\"col\" class=\"num\">Value</th></tr></thead><tbody>"
                + "<tr><th scope=\"row\">Handshakes completed</th><td class=\"num\" data-counter=\"handshakes\">");
            response.Write(ssl.HandshakesCompleted.ToString());
            response.Write("</td></tr>");
            for (int i = 0; i < ssl.RowCount; i++)
            {
                response.Write("<tr><th scope=\"row\">");
                response.Write(HtmlText.Escape(ssl.RowName(i)));
                response.Write("</th><td class=\"num\">");
                response.Write(ssl.RowValue(i).ToString());
                response.Write("</td></tr>");
            }

            response.Write("</tbody></table></section>\n");
        }

        private static void WriteChart(HttpResponse response, HandshakeHistory history)
        {
            int buckets = history.BucketCount;
            long peak = history.Peak;
            int minutes = buckets * history.IntervalSeconds / 60;
            response.Write("<section id=\"hs-chart\" class=\"card\" aria-labelledby=\"chart-title\"><h2 id=\"chart-title\">Handshakes per second</h2>"
                + "<figure><svg id=\"hs-svg\" viewBox=\"0 0 " + ChartWidth.ToString() + " " + ChartHeight.ToString()
                + "\" role=\"img\" aria-labelledby=\"chart-caption\" preserveAspectRatio=\"none\">"
                + "<line class=\"axis\" x1=\"0\" y1=\"" + (ChartHeight - 1).ToString() + "\" x2=\"" + ChartWidth.ToString() + "\" y2=\""
                + (ChartHeight - 1).ToString() + "\"/><polyline class=\"series\" points=\"");
            for (int i = 0; i < buckets; i++)
            {
                long x = buckets == 1 ? 0 : (long)i * ChartWidth / (buckets - 1);
                long y = (ChartHeight - 2) - history.Count(i) * (ChartHeight - 4) / peak;
                response.Write(x.ToString() + "," + y.ToString() + " ");
            }

            response.Write("\"/></svg><figcaption id=\"chart-caption\">Handshakes per second over the last " + minutes.ToString()
                + " minutes (" + history.IntervalSeconds.ToString() + " s intervals); now <span id=\"hs-now\">"
                + TextFormat.Rate(history.Count(buckets - 1), history.IntervalSeconds) + "</span>/s, peak <span id=\"hs-peak\">"
                + TextFormat.Rate(history.Maximum, history.IntervalSeconds) + "</span>/s.</figcaption></figure></section>\n");
        }

        private static void WriteLog(HttpResponse response, GuiContext context, LogEntry entry)
        {
            response.Write("<section id=\"log\" class=\"card\" aria-labelledby=\"log-title\"><h2 id=\"log-title\">Event log</h2>"
                + "<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Time (UTC)</th><th scope=\"col\">Severity</th><th scope=\"col\">Module</th>"
                + "<th scope=\"col\">Message</th></tr></thead><tbody>");
            EventLog log = context.Log;
            int count = log.Count;
            int first = count > context.LogLines ? count - context.LogLines : 0;
            for (int i = count - 1; i >= first; i--)
            {
                if (!log.CopyEntry(i, entry))
                {
                    continue;
                }

                response.Write("<tr><td>");
                response.Write(TextFormat.Time(entry.UtcTime));
                response.Write("</td><td>");
                response.Write(SeverityName(entry.Severity));
                response.Write("</td><td>");
                response.Write(HtmlText.Escape(entry.Module));
                response.Write("</td><td>");
                response.Write(HtmlText.Escape(entry.Message));
                response.Write("</td></tr>");
            }

            response.Write("</tbody></table></div></section>\n");
        }

        private static void Field(HttpResponse response, string name, string value, string id)
        {
            response.Write("<dt>");
            response.Write(name);
            response.Write(id == null ? "</dt><dd>" : "</dt><dd id=\"" + id + "\">");
            response.Write(HtmlText.Escape(value));
            response.Write("</dd>");
        }

        internal static string SeverityName(LogSeverity severity)
        {
            switch (severity)
            {
                case LogSeverity.Error:
                    return "error";
                case LogSeverity.Warning:
                    return "warning";
                default:
                    return "info";
            }
        }
    }
}
