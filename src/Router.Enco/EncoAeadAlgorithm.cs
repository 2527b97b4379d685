namespace Router.Enco
{
    /// <summary>AEAD identifiers of the ENCO engine (ENCO_AEAD_* in enco_symmetric.h).</summary>
    public static class EncoAeadAlgorithm
    {
        /// <summary>AES-GCM (SP 800-38D), 16/24/32-byte key, 12-byte nonce, 16-byte tag.</summary>
        public const int AesGcm = 1;

        /// <summary>ChaCha20-Poly1305 (RFC 8439), 32-byte key, 12-byte nonce, 16-byte tag.</summary>
        public const int ChaCha20Poly1305 = 2;

        /// <summary>The only nonce length taken.</summary>
        public const int NonceSize = 12;

        /// <summary>Tag length, appended to the ciphertext.</summary>
        public const int TagSize = 16;

        /// <summary>
        /// The board's AEAD at <paramref name="rank"/> in its speed order (0 = fastest), for the TLS suite order
        /// and the default ESP proposal.
        /// </summary>
        public static int Preferred(int rank)
        {
            int algorithm = EncoNative.AeadPreference(rank);
            if (algorithm < 0)
            {
                throw new EncoException(algorithm);
            }

            return algorithm;
        }
    }
}
