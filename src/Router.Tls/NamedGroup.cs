using Router.Enco;

namespace Router.Tls
{
    /// <summary>Key exchange groups (RFC 8446 4.2.7, RFC 8422 5.1.1) this server takes, and their ENCO key types.</summary>
    public static class NamedGroup
    {
        public const int Secp256r1 = 0x0017;
        public const int Secp384r1 = 0x0018;
        public const int X25519 = 0x001D;

        /// <summary>The server's preference order (x25519 is the fastest).</summary>
        public static readonly int[] ServerPreference = new int[] { X25519, Secp256r1, Secp384r1 };

        /// <summary>The ENCO key type of a supported group, or 0.</summary>
        public static int KeyType(int group)
        {
            switch (group)
            {
                case X25519:
                    return EncoKeyType.X25519;
                case Secp256r1:
                    return EncoKeyType.EcP256;
                case Secp384r1:
                    return EncoKeyType.EcP384;
                default:
                    return 0;
            }
        }

        /// <summary>
        /// Bytes of a key_share entry's key_exchange (RFC 8446 4.2.8.2) or ECPoint (RFC 8422 5.4): 32 for X25519,
        /// 65 / 97 for an uncompressed P-256 / P-384 point.
        /// </summary>
        public static int ShareSize(int group)
        {
            return group == X25519 ? 32 : (group == Secp384r1 ? 97 : 65);
        }

        /// <summary>The <see cref="ClientHello.Groups"/> bit of a supported group, else 0.</summary>
        public static int Bit(int group)
        {
            switch (group)
            {
                case X25519:
                    return ClientHello.GroupX25519;
                case Secp256r1:
                    return ClientHello.GroupP256;
                case Secp384r1:
                    return ClientHello.GroupP384;
                default:
                    return 0;
            }
        }

        public static string Name(int group)
        {
            switch (group)
            {
                case X25519:
                    return "x25519";
                case Secp256r1:
                    return "secp256r1";
                case Secp384r1:
                    return "secp384r1";
                default:
                    return "none";
            }
        }
    }
}
