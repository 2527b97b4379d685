namespace Router.Http
{
    /// <summary>What a connection slot serves.</summary>
    public static class HttpConnectionKind
    {
        /// <summary>Plain HTTP, served by the handler (security off).</summary>
        public const int Plain = 0;

        /// <summary>HTTPS: TLS engine, then the handler.</summary>
        public const int Tls = 1;

        /// <summary>Plain HTTP while security is on: every request gets a 301 to https (the redirect port).</summary>
        public const int Redirect = 2;
    }
}
