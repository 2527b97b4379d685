namespace Router.Enco
{
    /// <summary>Key types of the ENCO engine (ENCO_KEY_* in enco_pk.h) and what their parameter means.</summary>
    public static class EncoKeyType
    {
        /// <summary>RSA; parameter: modulus bits, 1024 to 4096 (generated: a multiple of 8, e = 65537).</summary>
        public const int Rsa = 1;

        /// <summary>NIST P-256 (secp256r1) for ECDSA and ECDH; parameter 256 (0 accepted).</summary>
        public const int EcP256 = 2;

        /// <summary>NIST P-384 (secp384r1) for ECDSA and ECDH; parameter 384 (0 accepted).</summary>
        public const int EcP384 = 3;

        /// <summary>X25519 (RFC 7748); parameter 255 (0 accepted).</summary>
        public const int X25519 = 4;

        /// <summary>Finite-field Diffie-Hellman; parameter: MODP group 1, 2, 5 or 14 (RFC 2409, RFC 3526).</summary>
        public const int Dh = 5;

        public const int RsaMinBits = 1024;
        public const int RsaMaxBits = 4096;
    }

    /// <summary>Key encodings (ENCO_KEY_FORMAT_* in enco_pk.h).</summary>
    public static class EncoKeyFormat
    {
        /// <summary>RSA: PKCS#1 RSAPublicKey DER; EC: X9.62 uncompressed point; X25519: the 32-byte u; DH: y big-endian.</summary>
        public const int PublicRaw = 1;

        /// <summary>X.509 SubjectPublicKeyInfo DER (RSA, EC with a named curve, X25519).</summary>
        public const int PublicSpki = 2;

        /// <summary>Import only: EC d (curve size, big-endian), X25519 k (32 bytes), DH x (big-endian).</summary>
        public const int PrivateRaw = 3;

        /// <summary>RSA only: PKCS#1 RSAPrivateKey DER.</summary>
        public const int PrivatePkcs1 = 4;

        /// <summary>PKCS#8 PrivateKeyInfo DER: RSA, EC, X25519.</summary>
        public const int PrivatePkcs8 = 5;

        /// <summary>The largest DER key the engine takes or writes (ENCO_KEY_MAX_DER_SIZE).</summary>
        public const int MaxDerSize = 4096;
    }
}
