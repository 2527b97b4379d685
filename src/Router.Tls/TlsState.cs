namespace Router.Tls
{
    /// <summary>Server handshake states, one per expected message (RFC 8446 A.2; RFC 5246 7.3 for TLS 1.2).</summary>
    public static class TlsState
    {
        public const int ExpectClientHello = 0;
        public const int ExpectSecondClientHello = 1;
        public const int ExpectFinished = 2;
        public const int Connected = 3;
        public const int Closed = 4;

        /// <summary>TLS 1.2 full handshake: the server flight went out, ClientKeyExchange is next.</summary>
        public const int ExpectClientKeyExchange = 5;

        /// <summary>TLS 1.2: the client's ChangeCipherSpec is next.</summary>
        public const int ExpectChangeCipherSpec = 6;

        /// <summary>TLS 1.2: the client's Finished, under its new keys, is next.</summary>
        public const int ExpectFinished12 = 7;

        /// <summary>TLS 1.3 after a CertificateRequest: the client's Certificate is next (4.4.2).</summary>
        public const int ExpectClientCertificate = 8;

        /// <summary>TLS 1.3: the client's CertificateVerify is next (4.4.3).</summary>
        public const int ExpectClientCertificateVerify = 9;

        /// <summary>TLS 1.2 after a CertificateRequest: the client's Certificate is next (RFC 5246 7.4.6).</summary>
        public const int ExpectClientCertificate12 = 10;

        /// <summary>TLS 1.2: the client's CertificateVerify is next, after ClientKeyExchange (7.4.8).</summary>
        public const int ExpectClientCertificateVerify12 = 11;

        public static string Name(int state)
        {
            switch (state)
            {
                case ExpectClientHello:
                    return "ExpectClientHello";
                case ExpectSecondClientHello:
                    return "ExpectSecondClientHello";
                case ExpectFinished:
                    return "ExpectFinished";
                case Connected:
                    return "Connected";
                case ExpectClientKeyExchange:
                    return "ExpectClientKeyExchange";
                case ExpectChangeCipherSpec:
                    return "ExpectChangeCipherSpec";
                case ExpectFinished12:
                    return "ExpectFinished12";
                case ExpectClientCertificate:
                case ExpectClientCertificate12:
                    return "ExpectClientCertificate";
                case ExpectClientCertificateVerify:
                case ExpectClientCertificateVerify12:
                    return "ExpectClientCertificateVerify";
                default:
                    return "Closed";
            }
        }
    }
}
