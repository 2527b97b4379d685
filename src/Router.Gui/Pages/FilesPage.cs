using Router.Config.Files;
using Router.Core.Storage;
using Router.Http;

namespace Router.Gui.Pages
{
    /// <summary>The flash files: the administrator's own may be downloaded; the router's own (user database, system state, keys, PKI records) are listed but not linked.</summary>
    public static class FilesPage
    {
        public static void Write(HttpResponse response, GuiContext context, GuiSession session, string refusal)
        {
            PageLayout.Begin(response, "Files", context.System.SystemName, session, PageLayout.Files);
            response.Write("<h1>Files</h1>\n<section class=\"card\" aria-labelledby=\"files-title\"><h2 id=\"files-title\">Flash files</h2>\n");
            if (refusal != null)
            {
                response.Write("<p class=\"refused\">");
                response.Write(HtmlText.Escape(refusal));
                response.Write("</p></section>\n");
                PageLayout.End(response);
                return;
            }

            FlashStore store = context.Store;
            response.Write("<div class=\"scroll\"><table id=\"files\"><thead><tr><th scope=\"col\">Name</th><th scope=\"col\" class=\"num\">Size (bytes)</th>"
                + "<th scope=\"col\">Download</th></tr></thead><tbody>");
            int count = store.IsMounted ? store.FileCount : 0;
            for (int i = 0; i < count; i++)
            {
                string name = store.GetFileName(i);
                if (name == null)
                {
                    continue;
                }

                string escaped = HtmlText.Escape(name);
                response.Write("<tr><td>");
                response.Write(escaped);
                response.Write("</td><td class=\"num\">");
                response.Write(store.GetFileLength(i).ToString());
                response.Write("</td><td>");
                if (FileDownloads.MayDownload(name))
                {
                    response.Write("<a href=\"/files/");
                    response.Write(HtmlText.Escape(FormFields.EncodePathSegment(name)));
                    response.Write("\" download>Download <span class=\"sr\">");
                    response.Write(escaped);
                    response.Write("</span></a>");
                }
                else
                {
                    response.Write("system file");
                }

                response.Write("</td></tr>");
            }

            response.Write("</tbody></table></div>\n<p>");
            response.Write(count.ToString());
            response.Write(count == 1 ? " file, " : " files, ");
            response.Write(TextFormat.Kilobytes(store.IsMounted ? store.FreeBytes : 0));
            response.Write(" free.</p></section>\n");
            PageLayout.End(response);
        }
    }
}
