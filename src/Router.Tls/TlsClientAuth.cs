namespace Router.Tls
{
    /// <summary>
    /// Whether the server asks the client for a certificate (RFC 8446 4.3.2, RFC 5246 7.4.4): the "double
    /// authentication" of seed 003. <see cref="TlsServerConfig.ClientAuth"/>.
    /// </summary>
    public static class TlsClientAuth
    {
        /// <summary>No CertificateRequest: the server alone authenticates.</summary>
        public const int None = 0;

        /// <summary>CertificateRequest sent; a client without a certificate still connects (an empty Certificate).</summary>
        public const int Request = 1;

        /// <summary>CertificateRequest sent; an empty Certificate is refused (TLS 1.3 certificate_required, TLS 1.2 handshake_failure).</summary>
        public const int Require = 2;

        public static string Name(int mode)
        {
            switch (mode)
            {
                case Request:
                    return "request";
                case Require:
                    return "require";
                default:
                    return "none";
            }
        }

        /// <summary>Parses "none" / "request" / "require"; -1 for anything else.</summary>
        public static int Parse(string text)
        {
            if (text == "none")
            {
                return None;
            }

            if (text == "request")
            {
                return Request;
            }

            return text == "require" ? Require : -1;
        }
    }
}
