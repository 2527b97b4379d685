namespace Router.Http
{
    /// <summary>
    /// The bounds a request must fit (DESIGN rule 4). Beyond them the server answers 414, 431 or 413 and closes;
    /// a connection's input buffer is exactly their sum, so a request never needs more memory than its slot has.
    /// </summary>
    public static class HttpLimits
    {
        /// <summary>Longest request line, without its CRLF (RFC 9112 3: at least 8000 recommended; a router GUI needs less).</summary>
        public const int MaxRequestLine = 1024;

        /// <summary>Most bytes of the header section, every field line with its CRLF and the final empty line.</summary>
        public const int MaxHeaderBytes = 4096;

        /// <summary>Most header fields in one request.</summary>
        public const int MaxHeaders = 32;

        /// <summary>Largest body (Content-Length only; chunked request bodies are refused).</summary>
        public const int MaxBody = 8192;

        /// <summary>Empty lines tolerated before a request line (RFC 9112 2.2: at least one).</summary>
        public const int MaxLeadingEmptyLines = 4;

        /// <summary>The input buffer of one connection: one whole request of the largest allowed size.</summary>
        public const int InputBufferSize = MaxRequestLine + 2 + MaxHeaderBytes + MaxBody;
    }
}
