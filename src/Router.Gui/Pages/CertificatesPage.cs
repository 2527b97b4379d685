using Router.Pki.Commands;
using Router.Pki.Database;
using Router.Pki.Validation;
using Router.Http;

namespace Router.Gui.Pages
{
    /// <summary>The PKI certificates as a table, with the forms to upload a PEM and to create a self-signed certificate.</summary>
    public static class CertificatesPage
    {
        /// <param name="viewRefusal">Why the user may not see the list, or null.</param>
        /// <param name="addRefusal">Why the user may not upload, or null.</param>
        /// <param name="createRefusal">Why the user may not create, or null.</param>
        /// <param name="result">The answer to the last upload or create, or null.</param>
        public static void Write(HttpResponse response, GuiContext context, GuiSession session, string viewRefusal, string addRefusal,
            string createRefusal, string result)
        {
            PageLayout.Begin(response, "Certificates", context.System.SystemName, session, PageLayout.Certificates);
            response.Write("<h1>Certificates</h1>\n");
            if (result != null)
            {
                response.Write("<section class=\"card\" aria-labelledby=\"result-title\"><h2 id=\"result-title\">Result</h2><pre id=\"result\" role=\"status\">");
                response.Write(HtmlText.EscapeWithin(result, PageLayout.MaxOutputCharacters));
                response.Write("</pre></section>\n");
            }

            response.Write("<section class=\"card\" aria-labelledby=\"list-title\"><h2 id=\"list-title\">PKI certificates</h2>\n");
            if (context.Pki == null)
            {
                response.Write("<p>This router has no certificate database.</p></section>\n");
                PageLayout.End(response);
                return;
            }

            if (viewRefusal != null)
            {
                Refused(response, viewRefusal);
            }
            else
            {
                WriteTable(response, context.Pki);
            }

            response.Write("</section>\n");
            WriteUploadForm(response, session, addRefusal);
            WriteCreateForm(response, session, createRefusal);
            PageLayout.End(response);
        }

        private static void WriteTable(HttpResponse response, PkiContext pki)
        {
            CertificateDatabase database = pki.Database;
            long now = pki.Now;
            response.Write("<div class=\"scroll\"><table id=\"certificates\"><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">ID</th>"
                + "<th scope=\"col\">Subject</th><th scope=\"col\">Issuer</th><th scope=\"col\">Trusted</th><th scope=\"col\">Status</th>"
                + "</tr></thead><tbody>");
            int count = database.CertificateCount;
            for (int i = 0; i < count; i++)
            {
                CertificateEntry entry = database.GetCertificate(i);
                if (entry == null || entry.IsDeleted)
                {
                    continue;
                }

                response.Write("<tr><td><a href=\"/certificates/");
                response.Write(HtmlText.Escape(FormFields.EncodePathSegment(entry.Name)));
                response.Write("\">");
                response.Write(HtmlText.Escape(entry.Name));
                response.Write("</a></td><td>");
                response.Write(entry.Id.ToString());
                response.Write("</td><td>");
                response.Write(HtmlText.Escape(entry.SubjectText));
                response.Write("</td><td>");
                response.Write(HtmlText.Escape(entry.IssuerText));
                response.Write("</td><td>");
                response.Write(entry.Trusted ? "yes" : "no");
                response.Write("</td><td>");
                response.Write(HtmlText.Escape(ValidationFailure.Describe(pki.Status.Of(entry, now))));
                response.Write("</td></tr>");
            }

            response.Write("</tbody></table></div>\n");
            if (count == 0)
            {
                response.Write("<p>No certificates.</p>\n");
            }
        }

        private static void WriteUploadForm(HttpResponse response, GuiSession session, string refusal)
        {
            response.Write("<section class=\"card\" aria-labelledby=\"upload-title\"><h2 id=\"upload-title\">Add a certificate (PEM)</h2>\n");
            if (refusal != null)
            {
                Refused(response, refusal);
                response.Write("</section>\n");
                return;
            }

            response.Write("<form method=\"post\" action=\"/certificates/upload\">");
            PageLayout.CsrfField(response, session);
            response.Write("<label for=\"upload-name\">Name</label><input id=\"upload-name\" name=\"name\" required maxlength=\"32\">"
                + "<label for=\"pem\">Certificate (PEM, with its chain)</label>"
                + "<textarea id=\"pem\" name=\"pem\" rows=\"8\" required spellcheck=\"false\"></textarea>"
                + "<label class=\"check\"><input type=\"checkbox\" name=\"trust\" value=\"yes\"> Trusted (a trust anchor)</label>"
                + "<button id=\"upload\" type=\"submit\">Add certificate</button></form></section>\n");
        }

        private static void WriteCreateForm(HttpResponse response, GuiSession session, string refusal)
        {
            response.Write("<section class=\"card\" aria-labelledby=\"create-title\"><h2 id=\"create-title\">Create a self-signed certificate</h2>\n");
            if (refusal != null)
            {
                Refused(response, refusal);
                response.Write("</section>\n");
                return;
            }

            response.Write("<form method=\"post\" action=\"/certificates/create\">");
            PageLayout.CsrfField(response, session);
            response.Write("<label for=\"create-name\">Name (the file is NAME.cer)</label>"
                + "<input id=\"create-name\" name=\"name\" required maxlength=\"27\" pattern=\"[A-Za-z0-9_.\\-]+\">"
                + "<label for=\"keypair\">ENCO key number</label><input id=\"keypair\" name=\"keypair\" inputmode=\"numeric\" required value=\"0\">"
                + "<label for=\"serial\">Serial number</label><input id=\"serial\" name=\"serial\" inputmode=\"numeric\" required value=\"1\">"
                + "<label for=\"subject\">Subject</label><input id=\"subject\" name=\"subject\" required maxlength=\"200\" "
                + "placeholder=\"cn=192.168.1.1, o=my_company, c=us\">"
                + "<button id=\"create\" type=\"submit\">Create certificate</button></form></section>\n");
        }

        private static void Refused(HttpResponse response, string refusal)
        {
            response.Write("<p class=\"refused\">");
            response.Write(HtmlText.Escape(refusal));
            response.Write("</p>\n");
        }
    }
}
