using Router.Cli;
using Router.Http;

namespace Router.Gui
{
    /// <summary>
    /// The frame every page shares: an HTML5 document in English with a viewport for phones, the one style
    /// sheet and the one deferred script (both served by the router itself, as the CSP requires), a skip link,
    /// a header with the system name and who is logged in, the navigation with the logout form, and the main
    /// landmark. Text put into it is escaped here; callers escape what they add between Begin and End.
    /// </summary>
    public static class PageLayout
    {
        public const string Dashboard = "/dashboard";
        public const string Console = "/console";
        public const string Certificates = "/certificates";
        public const string Files = "/files";

        /// <summary>The most characters of escaped command output one page carries (the response body is a fixed buffer).</summary>
        public const int MaxOutputCharacters = 10000;

        private static readonly string[] Links = { Dashboard, "Dashboard", Console, "Console", Certificates, "Certificates", Files, "Files" };

        /// <param name="session">The logged-in session, or null for the login and error pages (no navigation).</param>
        /// <param name="current">The navigation link of this page, marked aria-current.</param>
        public static void Begin(HttpResponse response, string title, string systemName, GuiSession session, string current)
        {
            response.ContentType = "text/html; charset=utf-8";
            response.Write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>");
            response.Write(HtmlText.Escape(title + " - " + systemName));
            response.Write("</title><link rel=\"stylesheet\" href=\"/assets/app.css\">"
                + "<link rel=\"icon\" type=\"image/svg+xml\" href=\"/assets/favicon.svg\">"
                + "<script src=\"/assets/app.js\" defer></script></head>\n<body><a class=\"skip\" href=\"#main\">Skip to content</a>"
                + "<header class=\"top\"><span class=\"brand\">");
            response.Write(HtmlText.Escape(systemName));
            response.Write("</span>");
            if (session != null)
            {
                response.Write("<span class=\"who\">");
                response.Write(HtmlText.Escape(session.User.Name + " (" + CliMessages.PrivilegeName(session.User.Privilege) + ")"));
                response.Write("</span>");
            }

            response.Write("</header>\n");
            if (session != null)
            {
                WriteNavigation(response, session, current);
            }

            response.Write("<main id=\"main\">\n");
        }

        public static void End(HttpResponse response)
        {
            response.Write("</main>\n<footer><p>Router management &middot; HTTPS</p></footer></body></html>\n");
        }

        /// <summary>The hidden CSRF field every form of a session carries.</summary>
        public static void CsrfField(HttpResponse response, GuiSession session)
        {
            response.Write("<input type=\"hidden\" name=\"csrf\" value=\"");
            response.Write(HtmlText.Escape(session.Csrf));
            response.Write("\">");
        }

        private static void WriteNavigation(HttpResponse response, GuiSession session, string current)
        {
            response.Write("<nav aria-label=\"Main\"><ul>");
            for (int i = 0; i < Links.Length; i += 2)
            {
                response.Write("<li><a href=\"");
                response.Write(Links[i]);
                response.Write(Links[i] == current ? "\" aria-current=\"page\">" : "\">");
                response.Write(Links[i + 1]);
                response.Write("</a></li>");
            }

            response.Write("</ul><form method=\"post\" action=\"/logout\" class=\"logout\">");
            CsrfField(response, session);
            response.Write("<button id=\"logout\" type=\"submit\">Log out</button></form></nav>\n");
        }
    }
}
