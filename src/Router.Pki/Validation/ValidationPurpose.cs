namespace Router.Pki.Validation
{
    /// <summary>What the end-entity certificate is validated for: decides the keyUsage and extendedKeyUsage checks.</summary>
    public static class ValidationPurpose
    {
        /// <summary>No usage check (the database's own status view).</summary>
        public const int Any = 0;

        /// <summary>A TLS server's certificate (our TLS client, the load balancer's backends).</summary>
        public const int TlsServer = 1;

        /// <summary>A TLS client's certificate (mutual authentication on the GUI).</summary>
        public const int TlsClient = 2;

        /// <summary>An ISAKMP peer's signature certificate (RFC 4945).</summary>
        public const int Ipsec = 3;
    }
}
