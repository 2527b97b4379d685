namespace Router.Enco.Channels
{
    /// <summary>What holds a channel, for show enco.</summary>
    public static class EncoChannelOwner
    {
        public const int None = 0;

        /// <summary>A TLS connection (HTTPS GUI, load balancer): record protection both ways and the handshake transcript.</summary>
        public const int Tls = 1;

        /// <summary>An IPsec SA pair: the inbound and the outbound SA's cipher and MAC.</summary>
        public const int IpsecSaPair = 2;

        /// <summary>An ISAKMP SA protecting IKE messages.</summary>
        public const int Isakmp = 3;

        public static string Name(int owner)
        {
            switch (owner)
            {
                case Tls:
                    return "SSL/TLS";
                case IpsecSaPair:
                    return "IPsec";
                case Isakmp:
                    return "ISAKMP";
                default:
                    return "-";
            }
        }
    }
}
