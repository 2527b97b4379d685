using Router.Http;

namespace Router.Gui.Pages
{
    /// <summary>404, 403, 405, 500 ... as a small page (with navigation when someone is logged in).</summary>
    public static class ErrorPage
    {
        public static void Write(HttpResponse response, int status, string title, string detail, string systemName, GuiSession session)
        {
            response.Status = status;
            PageLayout.Begin(response, title, systemName, session, null);
            response.Write("<h1>");
            response.Write(status.ToString() + " " + HtmlText.Escape(title));
            response.Write("</h1>\n<p id=\"error-detail\">");
            response.Write(HtmlText.Escape(detail));
            response.Write("</p>\n<p><a href=\"/\">Back to the start page</a></p>\n");
            PageLayout.End(response);
        }
    }
}
