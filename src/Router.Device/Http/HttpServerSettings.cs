namespace Router.Device.Http
{
    /// <summary>
    /// What set http server and enable/disable http server configure; saved by create config
    /// (<see cref="HttpConfigSection"/>) like the router's other settings, and set again by the boot script.
    /// </summary>
    public sealed class HttpServerSettings
    {
        /// <summary>Off until enable http server: a management port is opened only when the administrator asks.</summary>
        public bool Enabled;

        /// <summary>security=on: HTTPS with the SSL key's certificate; the plain port then only redirects.</summary>
        public bool Security;

        /// <summary>The ENCO key (sslkey=N), or -1 while none was given.</summary>
        public int SslKey = -1;

        /// <summary>certificate=NAME, or null: the first certificate in the database holding the key's public key.</summary>
        public string Certificate;

        /// <summary>port=N, or 0: the board's default for plain HTTP or HTTPS (DeviceSettings).</summary>
        public int Port;

        /// <summary>redirectport=N (0: none), or -1: the board's default plain port.</summary>
        public int RedirectPort = -1;

        /// <summary>clientauth=none|request|require (TlsClientAuth values): client certificates checked against the trusted roots.</summary>
        public int ClientAuth = Router.Tls.TlsClientAuth.None;
    }
}
