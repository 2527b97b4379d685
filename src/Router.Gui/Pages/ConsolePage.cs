using Router.Http;

namespace Router.Gui.Pages
{
    /// <summary>The web console: one command line, run with the user's privilege; the answer in pre#output.</summary>
    public static class ConsolePage
    {
        /// <param name="command">The command just run (kept in the field), or null.</param>
        /// <param name="output">Its answer, or null before the first command.</param>
        public static void Write(HttpResponse response, string systemName, GuiSession session, string command, string output)
        {
            PageLayout.Begin(response, "Console", systemName, session, PageLayout.Console);
            response.Write("<h1>Console</h1>\n<section class=\"card\" aria-labelledby=\"console-title\"><h2 id=\"console-title\">Run a command</h2>\n"
                + "<form method=\"post\" action=\"/console\" class=\"console\">");
            PageLayout.CsrfField(response, session);
            response.Write("<label for=\"command\">Command</label><input id=\"command\" name=\"command\" autocomplete=\"off\" "
                + "autocapitalize=\"none\" spellcheck=\"false\" maxlength=\"512\" value=\"");
            response.Write(HtmlText.Escape(command));
            response.Write("\" autofocus><button id=\"run\" type=\"submit\">Run</button></form>\n"
                + "<p class=\"hint\">Commands run with your privilege. Commands that need the serial console (login, logoff, restart, "
                + "disable system security, pasting a PEM certificate) are refused here.</p>\n");
            if (output != null)
            {
                response.Write("<h3>Output</h3><pre id=\"output\" aria-live=\"polite\">");
                response.Write(HtmlText.EscapeWithin(output, PageLayout.MaxOutputCharacters));
                response.Write("</pre>\n");
            }

            response.Write("</section>\n");
            PageLayout.End(response);
        }
    }
}
