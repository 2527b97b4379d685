namespace Router.Tls
{
    /// <summary>Alert descriptions (RFC 8446 section 6) and levels.</summary>
    public static class AlertDescription
    {
        public const int LevelWarning = 1;
        public const int LevelFatal = 2;

        public const int CloseNotify = 0;
        public const int UnexpectedMessage = 10;
        public const int BadRecordMac = 20;
        public const int RecordOverflow = 22;
        public const int HandshakeFailure = 40;
        public const int BadCertificate = 42;
        public const int IllegalParameter = 47;
        public const int DecodeError = 50;
        public const int DecryptError = 51;
        public const int ProtocolVersion = 70;
        public const int InsufficientSecurity = 71;

        /// <summary>RFC 7507: TLS_FALLBACK_SCSV from a client that could have had a higher version.</summary>
        public const int InappropriateFallback = 86;
        public const int InternalError = 80;
        public const int UserCanceled = 90;

        /// <summary>TLS 1.2 warning: the server refuses a renegotiating ClientHello (RFC 5246 7.2.2).</summary>
        public const int NoRenegotiation = 100;
        public const int MissingExtension = 109;
        public const int UnsupportedExtension = 110;
        public const int UnrecognizedName = 112;
        public const int NoApplicationProtocol = 120;

        /// <summary>"none": the engine has not sent or received an alert.</summary>
        public const int None = -1;
    }
}
