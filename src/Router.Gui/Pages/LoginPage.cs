using Router.Http;

namespace Router.Gui.Pages
{
    /// <summary>The login form; works without JavaScript. The hidden csrf field pairs with the pre-session cookie.</summary>
    public static class LoginPage
    {
        /// <param name="error">Why the last attempt failed (shown as an alert), or null.</param>
        public static void Write(HttpResponse response, string systemName, string loginToken, string error)
        {
            PageLayout.Begin(response, "Log in", systemName, null, null);
            response.Write("<h1>");
            response.Write(HtmlText.Escape(systemName));
            response.Write("</h1>\n<section class=\"card login\" aria-labelledby=\"login-title\"><h2 id=\"login-title\">Log in</h2>\n");
            if (error != null)
            {
                response.Write("<p id=\"login-error\" class=\"error\" role=\"alert\">");
                response.Write(HtmlText.Escape(error));
                response.Write("</p>\n");
            }

            response.Write("<form method=\"post\" action=\"/login\"><input type=\"hidden\" name=\"csrf\" value=\"");
            response.Write(HtmlText.Escape(loginToken));
            response.Write("\">\n<label for=\"user\">User name</label>"
                + "<input id=\"user\" name=\"user\" autocomplete=\"username\" required maxlength=\"64\" autofocus>\n"
                + "<label for=\"password\">Password</label>"
                + "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required maxlength=\"64\">\n"
                + "<button id=\"login-submit\" type=\"submit\">Log in</button></form></section>\n");
            PageLayout.End(response);
        }
    }
}
