namespace Router.Enco
{
    /// <summary>Hash algorithm identifiers of the ENCO engine (ENCO_HASH_* in enco.h).</summary>
    public static class EncoHashAlgorithm
    {
        /// <summary>SHA-256, FIPS 180-4.</summary>
        public const int Sha256 = 1;

        /// <summary>Size of the context blob of every hash algorithm (ENCO_HASH_CONTEXT_SIZE).</summary>
        public const int ContextSize = 256;
    }
}
