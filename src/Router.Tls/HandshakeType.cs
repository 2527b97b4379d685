namespace Router.Tls
{
    /// <summary>Handshake message types (RFC 8446 section 4).</summary>
    public static class HandshakeType
    {
        public const int ClientHello = 1;
        public const int ServerHello = 2;
        public const int NewSessionTicket = 4;
        public const int EndOfEarlyData = 5;
        public const int EncryptedExtensions = 8;
        public const int Certificate = 11;
        public const int CertificateRequest = 13;
        public const int ServerKeyExchange = 12;
        public const int ServerHelloDone = 14;
        public const int CertificateVerify = 15;
        public const int ClientKeyExchange = 16;
        public const int Finished = 20;
        public const int KeyUpdate = 24;

        /// <summary>The synthetic message that replaces ClientHello1 in the transcript after a HelloRetryRequest (RFC 8446 4.4.1).</summary>
        public const int MessageHash = 254;
    }
}
