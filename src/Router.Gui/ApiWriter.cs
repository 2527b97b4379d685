using Router.Cli;
using Router.Http;

namespace Router.Gui
{
    /// <summary>The JSON answers of /api/*, written by hand with every string escaped (<see cref="JsonText.Quote"/>).</summary>
    public sealed class ApiWriter
    {
        private readonly GuiContext _context;
        private readonly HandshakeHistory _history;

        public ApiWriter(GuiContext context, HandshakeHistory history)
        {
            _context = context;
            _history = history;
        }

        /// <summary>{"name":..,"uptimeMs":..,"uptime":"..","time":"..","memoryUsed":..,"memoryFree":..,"securityMode":..}</summary>
        public void System(HttpResponse response)
        {
            IGuiSystemInfo system = _context.System;
            long used;
            long free;
            system.ReadManagedMemory(out used, out free);
            long uptime = system.UptimeMilliseconds;
            Begin(response);
            response.Write("{\"name\":" + JsonText.Quote(system.SystemName)
                + ",\"uptimeMs\":" + uptime.ToString()
                + ",\"uptime\":" + JsonText.Quote(TextFormat.Duration(uptime))
                + ",\"time\":" + JsonText.Quote(TextFormat.IsoTime(system.LocalTime))
                + ",\"memoryUsed\":" + used.ToString()
                + ",\"memoryFree\":" + free.ToString()
                + ",\"securityMode\":" + (_context.Security != null && _context.Security.IsEnabled ? "true" : "false") + "}");
        }

        /// <summary>{"available":..,"handshakes":..,"intervalSeconds":..,"history":[oldest..newest],"counters":{name:value,..}}</summary>
        public void Ssl(HttpResponse response)
        {
            IGuiSslStatistics ssl = _context.Ssl;
            Begin(response);
            response.Write("{\"available\":" + (ssl != null ? "true" : "false")
                + ",\"handshakes\":" + (ssl != null ? ssl.HandshakesCompleted : 0).ToString()
                + ",\"intervalSeconds\":" + _history.IntervalSeconds.ToString() + ",\"history\":[");
            for (int i = 0; i < _history.BucketCount; i++)
            {
                response.Write(i == 0 ? _history.Count(i).ToString() : "," + _history.Count(i).ToString());
            }

            response.Write("],\"counters\":{");
            int rows = ssl != null ? ssl.RowCount : 0;
            for (int i = 0; i < rows; i++)
            {
                response.Write((i == 0 ? string.Empty : ",") + JsonText.Quote(ssl.RowName(i)) + ":" + ssl.RowValue(i).ToString());
            }

            response.Write("}}");
        }

        /// <summary>{"user":..,"privilege":..,"csrf":..}: lets a script that logged in with the form find its token.</summary>
        public void Session(HttpResponse response, GuiSession session)
        {
            Begin(response);
            response.Write("{\"user\":" + JsonText.Quote(session.User.Name)
                + ",\"privilege\":" + JsonText.Quote(CliMessages.PrivilegeName(session.User.Privilege))
                + ",\"csrf\":" + JsonText.Quote(session.Csrf) + "}");
        }

        /// <summary>{"output":..,"result":..} (result: Router.Cli's CommandResult code).</summary>
        public void CommandResult(HttpResponse response, string output, int result)
        {
            Begin(response);
            string quoted = JsonText.Quote(output);
            while (quoted.Length > PageLayout.MaxOutputCharacters)
            {
                // Cut the text, not the literal, so no escape sequence is split; the body buffer is fixed.
                long keep = (long)output.Length * PageLayout.MaxOutputCharacters / quoted.Length - 1;
                output = output.Substring(0, keep < 0 ? 0 : (int)keep);
                quoted = JsonText.Quote(output + "\n[output truncated]");
            }

            response.Write("{\"output\":" + quoted + ",\"result\":" + result.ToString() + "}");
        }

        private static void Begin(HttpResponse response)
        {
            response.ContentType = "application/json";
        }
    }
}
