namespace Router.Tls.Client
{
    /// <summary>Client handshake states, one per expected message (RFC 8446 A.1).</summary>
    public static class TlsClientState
    {
        public const int Start = 0;
        public const int ExpectServerHello = 1;
        public const int ExpectSecondServerHello = 2;
        public const int ExpectEncryptedExtensions = 3;
        public const int ExpectCertificateOrRequest = 4;
        public const int ExpectCertificate = 5;
        public const int ExpectCertificateVerify = 6;
        public const int ExpectFinished = 7;
        public const int Connected = 8;
        public const int Closed = 9;

        // TLS 1.2 (RFC 5246 7.3, RFC 8422): after its ServerHello the server sends Certificate, ServerKeyExchange,
        // [CertificateRequest], ServerHelloDone; after the client's flight, ChangeCipherSpec and Finished.
        public const int Tls12ExpectCertificate = 10;
        public const int Tls12ExpectServerKeyExchange = 11;
        public const int Tls12ExpectHelloDone = 12;
        public const int Tls12ExpectChangeCipherSpec = 13;
        public const int Tls12ExpectFinished = 14;

        public static string Name(int state)
        {
            switch (state)
            {
                case Start:
                    return "Start";
                case ExpectServerHello:
                    return "ExpectServerHello";
                case ExpectSecondServerHello:
                    return "ExpectSecondServerHello";
                case ExpectEncryptedExtensions:
                    return "ExpectEncryptedExtensions";
                case ExpectCertificateOrRequest:
                    return "ExpectCertificateOrRequest";
                case ExpectCertificate:
                    return "ExpectCertificate";
                case ExpectCertificateVerify:
                    return "ExpectCertificateVerify";
                case ExpectFinished:
                    return "ExpectFinished";
                case Connected:
                    return "Connected";
                case Tls12ExpectCertificate:
                    return "Tls12ExpectCertificate";
                case Tls12ExpectServerKeyExchange:
                    return "Tls12ExpectServerKeyExchange";
                case Tls12ExpectHelloDone:
                    return "Tls12ExpectHelloDone";
                case Tls12ExpectChangeCipherSpec:
                    return "Tls12ExpectChangeCipherSpec";
                case Tls12ExpectFinished:
                    return "Tls12ExpectFinished";
                default:
                    return "Closed";
            }
        }
    }
}
