namespace Router.Tls
{
    /// <summary>
    /// Indices of the SSL counters this engine counts, named as in `show ssl counters` (seed 000, Figure 45-3).
    /// Alerts sent and received by description are kept apart, in <see cref="TlsCounters"/>.
    /// </summary>
    public static class TlsCounter
    {
        // TCP section
        public const int InData = 0;
        public const int InRecord = 1;
        public const int OutRecord = 2;
        public const int InChangeCS = 3;
        public const int InAlert = 4;
        public const int InHandshake = 5;
        public const int InAppData = 6;
        public const int InUnknown = 7;
        public const int ClosedAfterFatalSent = 8;
        public const int AppData = 9;
        public const int OutData = 10;
        public const int ProcessDataInvalid = 11;
        public const int ProcessEncoError = 12;

        // General
        public const int InHSMessages = 13;
        public const int InUnexpected = 14;

        // Server
        public const int ServerStart = 15;
        public const int InClientHello = 16;
        public const int InSSLv2ClientHello = 17;
        public const int OutServerHello = 18;
        public const int OutCert = 19;
        public const int InFinished = 20;
        public const int OutFinished = 21;
        public const int NoCipherMatch = 22;
        public const int SslVersion = 23;
        public const int NoCertLoaded = 24;
        public const int HsHashFailTls = 25;

        // Enco section
        public const int Handshake = 26;
        public const int HandshakeOK = 27;
        public const int HandshakeFail = 28;
        public const int Encode = 29;
        public const int Encoded = 30;
        public const int EncodeFail = 31;
        public const int Decode = 32;
        public const int Decoded = 33;
        public const int DecodeFail = 34;

        // Not in the seed's layout: TLS 1.3 additions.
        public const int OutHelloRetryRequest = 35;
        public const int KeyUpdate = 36;

        // Server, session resumption (seed names) and the Session Resumption Cache section.
        public const int ResumeRequest = 37;
        public const int CacheHit = 38;
        public const int CacheMiss = 39;
        public const int CacheFull = 40;
        public const int SessionCreated = 41;
        public const int SessionDestroy = 42;

        public const int Count = 43;

        private static readonly string[] Names = new string[]
        {
            "inData", "inRecord", "outRecord", "inChangeCS", "inAlert", "inHandshake", "inAppData", "inUnknown",
            "closedAfterFatalSent", "appData", "outData", "processDataInvalid", "processEncoError",
            "inHSMessages", "inUnexpected",
            "serverStart", "inClientHello", "inSSLv2ClientHello", "outServerHello", "outCert", "inFinished", "outFinished",
            "noCipherMatch", "sslVersion", "noCertLoaded", "hsHashFail(tls)",
            "handshake", "handshakeOK", "handshakeFail", "encode", "encoded", "encodeFail", "decode", "decoded", "decodeFail",
            "outHelloRetryRequest", "keyUpdate",
            "resumeRequest", "cacheHit", "cacheMiss", "cacheFull", "sessionCreated", "sessionDestroy",
        };

        /// <summary>The seed's name of a counter.</summary>
        public static string Name(int counter)
        {
            return counter >= 0 && counter < Count ? Names[counter] : "unknown";
        }
    }
}
