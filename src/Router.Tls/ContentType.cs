namespace Router.Tls
{
    /// <summary>TLS record content types (RFC 8446 section 5.1).</summary>
    public static class ContentType
    {
        public const int ChangeCipherSpec = 20;
        public const int Alert = 21;
        public const int Handshake = 22;
        public const int ApplicationData = 23;
    }
}
