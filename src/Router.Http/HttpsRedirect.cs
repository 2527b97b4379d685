namespace Router.Http
{
    /// <summary>
    /// The answer of the plain port while security is on: 301 to the same path on https (RFC 9110 15.4.2).
    /// The host comes from the request's Host header when it is a plain host name or address, else from the
    /// address the server listens on; the port is the HTTPS server's, left out when it is 443.
    /// </summary>
    public static class HttpsRedirect
    {
        public static void Build(HttpRequest request, HttpResponse response, string fallbackHost, int httpsPort)
        {
            string host = HostOf(request.Header("Host"));
            if (host == null)
            {
                host = fallbackHost.IndexOf(':') >= 0 ? "[" + fallbackHost + "]" : fallbackHost;
            }

            string path = request.Path == null || request.Path == "*" ? "/" : request.Path;
            string location = "https://" + host + (httpsPort == 443 ? string.Empty : ":" + httpsPort.ToString()) + path
                + (request.Query != null && request.Query.Length > 0 ? "?" + request.Query : string.Empty);
            response.Status = HttpStatus.MovedPermanently;
            response.AddHeader("Location", location);
            response.ContentType = "text/plain; charset=utf-8";
            response.Write("Moved to " + location + "\n");
        }

        /// <summary>The host of a Host header without its port, or null when it holds anything but a name or address.</summary>
        public static string HostOf(string header)
        {
            if (header == null || header.Length == 0 || header.Length > 255)
            {
                return null;
            }

            int end = header.Length;
            if (header[0] == '[')
            {
                int close = header.IndexOf(']');
                if (close < 2)
                {
                    return null;
                }

                for (int i = 1; i < close; i++)
                {
                    char c = header[i];
                    if (!(IsHex(c) || c == ':' || c == '.'))
                    {
                        return null;
                    }
                }

                return header.Substring(0, close + 1);
            }

            int colon = header.IndexOf(':');
            if (colon >= 0)
            {
                end = colon;
            }

            if (end == 0)
            {
                return null;
            }

            for (int i = 0; i < end; i++)
            {
                char c = header[i];
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
                if (!ok)
                {
                    return null;
                }
            }

            return header.Substring(0, end);
        }

        private static bool IsHex(char c)
        {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }
    }
}
