using Router.Cli;

namespace Router.Device.Http
{
    /// <summary>
    /// The numbered messages of the HTTP server commands, module 125 of CliMessages' scheme:
    /// <code>
    /// 1125001  redirect port could not be bound (Info)        HTTPS server running; the redirect port 80 is not: ....
    /// 3125001  SSLKEY names no ENCO key                        ENCO key 3 does not exist.
    /// 3125002  no certificate holds the key's public key       No PKI certificate holds the public key of ENCO key 0: create or add one first.
    /// 3125003  the key cannot serve TLS                        ENCO key 2 is a GENERAL key: HTTPS needs an RSA or ECC P-256 key pair.
    /// 3125004  CERTIFICATE names no certificate                PKI certificate "web" does not exist.
    /// 3125005  the certificate is not the key's                PKI certificate "web" does not hold the public key of ENCO key 0.
    /// 3125006  SECURITY=ON without any SSL key                 SECURITY=ON needs an SSL key: give SSLKEY.
    /// 3125007  the server cannot listen                        The HTTP server cannot listen on 127.0.0.1:443: ....
    /// 3125008  enable when enabled                             The HTTP server is already enabled.
    /// 3125009  disable when disabled                           The HTTP server is not enabled.
    /// 3125010  the board has no network                        This board has no network: the HTTP server cannot run.
    /// 3125011  PORT and REDIRECTPORT are the same              PORT and REDIRECTPORT must differ.
    /// 3125012  the chain does not fit one TLS record           The certificate chain of "web" is too large for TLS (16000 bytes at most).
    /// </code>
    /// </summary>
    public static class HttpMessages
    {
        public const int RedirectPortUnavailable = 1125001;
        public const int NoSuchKey = 3125001;
        public const int NoCertificateForKey = 3125002;
        public const int KeyUnusable = 3125003;
        public const int NoSuchCertificate = 3125004;
        public const int CertificateKeyMismatch = 3125005;
        public const int KeyRequired = 3125006;
        public const int CannotListen = 3125007;
        public const int AlreadyEnabled = 3125008;
        public const int NotEnabled = 3125009;
        public const int NoNetwork = 3125010;
        public const int SamePorts = 3125011;
        public const int ChainTooLarge = 3125012;

        public static int Error(ICommandOutput output, int number, string text)
        {
            CliMessages.WriteError(output, number, text);
            return CommandResult.Error;
        }
    }
}
