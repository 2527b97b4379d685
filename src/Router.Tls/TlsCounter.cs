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

        // The rest of the seed's layout (TCP, General, Server, Client, Enco, cache), appended so earlier indices stay.
        public const int OutDataFail = 43;
        public const int InDataPassThrough = 44;
        public const int InDataWhileBusy = 45;
        public const int InDataWhileClosing = 46;
        public const int InDataNoConnection = 47;
        public const int WriteInputFail = 48;
        public const int InDataNoData = 49;
        public const int TcpCloseRequest = 50;
        public const int TcpClosed = 51;
        public const int StartFailed = 52;
        public const int ClosedNoConnection = 53;
        public const int CloseRequestNoConnection = 54;
        public const int AppDataWhileBusy = 55;
        public const int AppDataNoConnection = 56;
        public const int AppDataNoData = 57;
        public const int ProcessNeedMoreData = 58;
        public const int AppFlowControlBlock = 59;
        public const int ProcessBufferInvalid = 60;
        public const int TcpEstablished = 61;
        public const int AppDataPassThrough = 62;
        public const int SslStop = 63;
        public const int InCert = 64;
        public const int OutCertRequest = 65;
        public const int InClientKeyExchange = 66;
        public const int OutHelloDone = 67;
        public const int InCertVerify = 68;
        public const int OutChangeCS = 69;
        public const int Sslv2ResumeRequest = 70;
        public const int ResumeDiffCipher = 71;
        public const int FinishBeforeCCS = 72;
        public const int MissingMessageCheckFail = 73;
        public const int HsHashFailMd5 = 74;
        public const int HsHashFailSha = 75;
        public const int BadSessionIdLen = 76;
        public const int ClientStart = 77;
        public const int ClientInHelloRequest = 78;
        public const int ClientOutClientHello = 79;
        public const int ClientInServerHello = 80;
        public const int ClientOutCert = 81;
        public const int ClientInCert = 82;
        public const int ClientOutCKE = 83;
        public const int ClientInCertRequest = 84;
        public const int ClientOutCertVerify = 85;
        public const int ClientInSKE = 86;
        public const int ClientOutChangeCS = 87;
        public const int ClientInHelloDone = 88;
        public const int ClientOutFinished = 89;
        public const int ClientInChangeCipherSpec = 90;
        public const int ClientInFinished = 91;
        public const int ClientSslVersionFail = 92;
        public const int ClientMissingMessageFail = 93;
        public const int ClientCertRequestNoRSA = 94;
        public const int ClientNoCert = 95;
        public const int ClientRxFinBeforeChangeCS = 96;
        public const int ClientHsHashFailMd5 = 97;
        public const int ClientHsHashFailSha = 98;
        public const int ClientHsHashFailTls = 99;
        public const int ClientBadSessionIdLen = 100;
        public const int Attach = 101;
        public const int Attached = 102;
        public const int AttachFail = 103;
        public const int Detach = 104;
        public const int Detached = 105;
        public const int ResetE = 106;
        public const int ResetEDone = 107;
        public const int ResetEFail = 108;
        public const int ResetD = 109;
        public const int ResetDDone = 110;
        public const int ResetDFail = 111;
        public const int CallbackNoConnection = 112;
        public const int GetKeyOk = 113;
        public const int GetKeyFail = 114;
        public const int GetCertGood = 115;
        public const int GetCertFail = 116;
        public const int AddCertGood = 117;
        public const int NewCertNotTrusted = 118;
        public const int AddCertNoConnection = 119;
        public const int CertNotTrusted = 120;
        public const int SessionCreateFail = 121;
        public const int SessionDestroyFail = 122;

        public const int Count = 123;

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
            "outDataFail", "inDataPassThrough", "inDataWhileBusy", "inDataWhileClosing", "inDataNoConnection", "writeInputFail", "inDataNoData", "tcpCloseRequest", "tcpClosed", "startFailed", "closedNoConnection", "closeRequestNoConnection", "appDataWhileBusy", "appDataNoConnection", "appDataNoData", "processNeedMoreData", "appFlowControlBlock", "processBufferInvalid", "tcpEstablished", "appDataPassThrough", "sslStop", "inCert", "outCertRequest", "inClientKeyExchange", "outHelloDone", "inCertVerify", "outChangeCS", "sslv2ResumeRequest", "resumeDiffCipher", "finishBeforeCCS", "missingMessageCheckFail", "hsHashFail(md5)", "hsHashFail(sha)", "badSessionIdLen", "clientStart", "inHelloRequest", "outClientHello", "inServerHello", "outCert", "inCert", "outCKE", "inCertRequest", "outCertVerify", "inSKE", "outChangeCS", "inHelloDone", "outFinished", "inChangeCipherSpec", "inFinished", "sslVersionFail", "missingMessageFail", "certRequestNoRSA", "noCert", "rxFinBeforeChangeCS", "hsHashFail(md5)", "hsHashFail(sha)", "hsHashFail(tls)", "badSessionIdLen", "attach", "attached", "attachFail", "detach", "detached", "resetE", "resetEDone", "resetEFail", "resetD", "resetDDone", "resetDFail", "callbackNoConnection", "getKeyOk", "getKeyFail", "getCertGood", "getCertFail", "addCertGood", "newCertNotTrusted", "addCertNoConnection", "certNotTrusted", "sessionCreateFail", "sessionDestroyFail",
        };

        /// <summary>The seed's name of a counter.</summary>
        public static string Name(int counter)
        {
            return counter >= 0 && counter < Count ? Names[counter] : "unknown";
        }
    }
}
