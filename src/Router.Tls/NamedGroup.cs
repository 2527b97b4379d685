using Router.Enco;

namespace Router.Tls
{
    /// <summary>Key exchange groups (RFC 8446 4.2.7) this server takes, and their ENCO key types.</summary>
    public static class NamedGroup
    {
        public const int Secp256r1 = 0x0017;
        public const int X25519 = 0x001D;

        /// <summary>The ENCO key type of a supported group, or 0.</summary>
        public static int KeyType(int group)
        {
            if (group == X25519)
            {
                return EncoKeyType.X25519;
            }

            return group == Secp256r1 ? EncoKeyType.EcP256 : 0;
        }

        /// <summary>Bytes of a key_share entry's key_exchange (RFC 8446 4.2.8.2): 32 for X25519, 65 for an uncompressed P-256 point.</summary>
        public static int ShareSize(int group)
        {
            return group == X25519 ? 32 : 65;
        }

        public static string Name(int group)
        {
            return group == X25519 ? "x25519" : (group == Secp256r1 ? "secp256r1" : "none");
        }
    }
}
