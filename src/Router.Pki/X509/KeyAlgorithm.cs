namespace Router.Pki.X509
{
    /// <summary>
    /// Public key types of certificates. The values are the ENCO engine's key types
    /// (ENCO_KEY_* in enco_pk.h) so they pass to it unchanged.
    /// </summary>
    public static class KeyAlgorithm
    {
        /// <summary>A key the engine cannot use (another curve, Ed25519, DSA, ...): parsed, never verified.</summary>
        public const int Unsupported = 0;

        /// <summary>rsaEncryption (RFC 3279 2.3.1).</summary>
        public const int Rsa = 1;

        /// <summary>id-ecPublicKey on secp256r1 (RFC 5480).</summary>
        public const int EcP256 = 2;

        /// <summary>id-ecPublicKey on secp384r1 (RFC 5480).</summary>
        public const int EcP384 = 3;

        public static string Name(int algorithm)
        {
            switch (algorithm)
            {
                case Rsa:
                    return "RSA";
                case EcP256:
                    return "ECDSA P-256";
                case EcP384:
                    return "ECDSA P-384";
                default:
                    return "unsupported";
            }
        }
    }
}
