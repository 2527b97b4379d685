namespace Router.Enco
{
    /// <summary>Hash algorithm identifiers of the ENCO engine (ENCO_HASH_* in enco.h and enco_symmetric.h).</summary>
    public static class EncoHashAlgorithm
    {
        /// <summary>SHA-256, FIPS 180-4.</summary>
        public const int Sha256 = 1;

        /// <summary>SHA-1, FIPS 180-4: HMAC-SHA1 with legacy IPsec/ISAKMP peers only.</summary>
        public const int Sha1 = 2;

        /// <summary>SHA-384, FIPS 180-4.</summary>
        public const int Sha384 = 3;

        /// <summary>SHA-512, FIPS 180-4.</summary>
        public const int Sha512 = 4;

        /// <summary>MD5, RFC 1321: HMAC-MD5 with legacy IPsec/ISAKMP peers only, never a default.</summary>
        public const int Md5 = 5;

        /// <summary>Size of the context blob of every hash algorithm (ENCO_HASH_CONTEXT_SIZE).</summary>
        public const int ContextSize = 256;

        /// <summary>The largest digest of any algorithm (SHA-512).</summary>
        public const int MaxDigestSize = 64;

        /// <summary>Digest size in bytes of <paramref name="algorithm"/>; Unsupported for an unknown one.</summary>
        public static int DigestSize(int algorithm)
        {
            switch (algorithm)
            {
                case Sha256:
                    return 32;
                case Sha1:
                    return 20;
                case Sha384:
                    return 48;
                case Sha512:
                    return 64;
                case Md5:
                    return 16;
                default:
                    throw new EncoException(EncoStatus.Unsupported);
            }
        }
    }
}
