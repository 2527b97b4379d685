using Router.Http;

namespace Router.Gui
{
    /// <summary>
    /// The headers every GUI response carries, errors and the login page included: HSTS on HTTPS (RFC 6797),
    /// a Content-Security-Policy that allows only the router's own script and style files and no framing,
    /// nosniff, no referrer, DENY framing for old browsers, and no-store for pages built per request.
    /// </summary>
    public static class SecurityHeaders
    {
        public const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

        public const string StrictTransportSecurity = "max-age=31536000";

        /// <param name="dynamic">True for pages and API answers (Cache-Control: no-store); false for embedded assets, which set their own.</param>
        public static void Add(HttpResponse response, bool secure, bool dynamic)
        {
            if (secure)
            {
                response.AddHeader("Strict-Transport-Security", StrictTransportSecurity);
            }

            response.AddHeader("Content-Security-Policy", ContentSecurityPolicy);
            response.AddHeader("X-Content-Type-Options", "nosniff");
            response.AddHeader("Referrer-Policy", "no-referrer");
            response.AddHeader("X-Frame-Options", "DENY");
            if (dynamic)
            {
                response.AddHeader("Cache-Control", "no-store");
            }
        }
    }
}
