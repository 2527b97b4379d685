namespace Router.Pki.Validation
{
    /// <summary>Outcomes of <see cref="ISignatureVerifier.Verify"/>.</summary>
    public static class SignatureCheck
    {
        public const int Valid = 0;

        /// <summary>The signature does not verify (or its encoding is malformed).</summary>
        public const int Invalid = 1;

        /// <summary>The algorithm, the key type or the key size is not one the engine does.</summary>
        public const int Unsupported = 2;
    }
}
