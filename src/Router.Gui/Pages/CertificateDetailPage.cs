using Router.Http;

namespace Router.Gui.Pages
{
    /// <summary>One certificate, every field as show pki certificate=NAME prints it.</summary>
    public static class CertificateDetailPage
    {
        public static void Write(HttpResponse response, string systemName, GuiSession session, string name, string report)
        {
            PageLayout.Begin(response, "Certificate " + name, systemName, session, PageLayout.Certificates);
            response.Write("<h1>Certificate <span id=\"certificate-name\">");
            response.Write(HtmlText.Escape(name));
            response.Write("</span></h1>\n<section class=\"card\" aria-labelledby=\"detail-title\"><h2 id=\"detail-title\">Details</h2><pre id=\"certificate\">");
            response.Write(HtmlText.EscapeWithin(report, PageLayout.MaxOutputCharacters));
            response.Write("</pre><p><a href=\"/certificates\">All certificates</a></p></section>\n");
            PageLayout.End(response);
        }
    }
}
