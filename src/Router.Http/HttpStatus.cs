namespace Router.Http
{
    /// <summary>The status codes the server itself answers with, and reason phrases (RFC 9110 15).</summary>
    public static class HttpStatus
    {
        public const int Continue = 100;
        public const int Ok = 200;
        public const int NoContent = 204;
        public const int MovedPermanently = 301;
        public const int NotModified = 304;
        public const int BadRequest = 400;
        public const int NotFound = 404;
        public const int MethodNotAllowed = 405;
        public const int RequestTimeout = 408;
        public const int LengthRequired = 411;
        public const int ContentTooLarge = 413;
        public const int UriTooLong = 414;
        public const int HeaderFieldsTooLarge = 431;
        public const int InternalServerError = 500;
        public const int NotImplemented = 501;
        public const int ServiceUnavailable = 503;
        public const int VersionNotSupported = 505;

        public static string Reason(int status)
        {
            switch (status)
            {
                case 100: return "Continue";
                case 200: return "OK";
                case 201: return "Created";
                case 204: return "No Content";
                case 301: return "Moved Permanently";
                case 302: return "Found";
                case 303: return "See Other";
                case 304: return "Not Modified";
                case 307: return "Temporary Redirect";
                case 400: return "Bad Request";
                case 401: return "Unauthorized";
                case 403: return "Forbidden";
                case 404: return "Not Found";
                case 405: return "Method Not Allowed";
                case 408: return "Request Timeout";
                case 409: return "Conflict";
                case 411: return "Length Required";
                case 413: return "Content Too Large";
                case 414: return "URI Too Long";
                case 415: return "Unsupported Media Type";
                case 429: return "Too Many Requests";
                case 431: return "Request Header Fields Too Large";
                case 500: return "Internal Server Error";
                case 501: return "Not Implemented";
                case 503: return "Service Unavailable";
                case 505: return "HTTP Version Not Supported";
                default: return status >= 200 && status < 300 ? "OK" : "Status";
            }
        }

        /// <summary>Responses that never carry content (RFC 9110 6.4.1).</summary>
        public static bool HasNoContent(int status)
        {
            return (status >= 100 && status < 200) || status == NoContent || status == NotModified;
        }
    }
}
