namespace Router.Tls
{
    /// <summary>The extensions this server reads or writes (RFC 8446 section 4.2, and TLS 1.2's); all others are ignored.</summary>
    public static class ExtensionType
    {
        public const int ServerName = 0;
        public const int SupportedGroups = 10;
        public const int SignatureAlgorithms = 13;
        public const int Alpn = 16;
        public const int PreSharedKey = 41;
        public const int EarlyData = 42;
        public const int SupportedVersions = 43;
        public const int Cookie = 44;
        public const int PskKeyExchangeModes = 45;
        public const int KeyShare = 51;

        /// <summary>record_size_limit (RFC 8449), both versions.</summary>
        public const int RecordSizeLimit = 28;

        /// <summary>TLS 1.2 only: ec_point_formats (RFC 8422 5.1.2), extended_master_secret (RFC 7627), renegotiation_info (RFC 5746).</summary>
        public const int EcPointFormats = 11;
        public const int ExtendedMasterSecret = 23;
        public const int RenegotiationInfo = 0xFF01;
    }
}
