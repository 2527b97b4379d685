namespace Router.Enco
{
    /// <summary>Block cipher identifiers and modes of the ENCO engine (ENCO_CIPHER_*, ENCO_MODE_* in enco_symmetric.h).</summary>
    public static class EncoCipherAlgorithm
    {
        /// <summary>AES (FIPS 197); a 16, 24 or 32-byte key picks AES-128/192/256.</summary>
        public const int Aes = 1;

        /// <summary>DES (FIPS 46-3, withdrawn); 8-byte key. Legacy IPsec/ISAKMP peers only.</summary>
        public const int Des = 2;

        /// <summary>3DES EDE (SP 800-67); 24-byte (3-key) or 16-byte (2-key) key. Legacy peers only.</summary>
        public const int TripleDes = 3;

        /// <summary>ECB: no IV, whole blocks.</summary>
        public const int Ecb = 1;

        /// <summary>CBC (no padding): one-block IV, whole blocks.</summary>
        public const int Cbc = 2;

        /// <summary>CTR (AES only): 16-byte initial counter block, any length.</summary>
        public const int Ctr = 3;

        /// <summary>Block size in bytes of <paramref name="algorithm"/>.</summary>
        public static int BlockSize(int algorithm)
        {
            switch (algorithm)
            {
                case Aes:
                    return 16;
                case Des:
                case TripleDes:
                    return 8;
                default:
                    throw new EncoException(EncoStatus.Unsupported);
            }
        }
    }
}
