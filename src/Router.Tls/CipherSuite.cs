using Router.Enco;

namespace Router.Tls
{
    /// <summary>
    /// The cipher suites this server negotiates and what each one is built from: TLS 1.3 (RFC 8446 B.4) and the
    /// TLS 1.2 ECDHE AEAD suites (RFC 5289 AES-GCM, RFC 7905 ChaCha20-Poly1305).
    /// </summary>
    public static class CipherSuite
    {
        public const int Aes128GcmSha256 = 0x1301;
        public const int Aes256GcmSha384 = 0x1302;
        public const int ChaCha20Poly1305Sha256 = 0x1303;

        public const int EcdheEcdsaAes128GcmSha256 = 0xC02B;
        public const int EcdheEcdsaAes256GcmSha384 = 0xC02C;
        public const int EcdheRsaAes128GcmSha256 = 0xC02F;
        public const int EcdheRsaAes256GcmSha384 = 0xC030;
        public const int EcdheRsaChaCha20Poly1305Sha256 = 0xCCA8;
        public const int EcdheEcdsaChaCha20Poly1305Sha256 = 0xCCA9;

        /// <summary>TLS_EMPTY_RENEGOTIATION_INFO_SCSV (RFC 5746 3.3).</summary>
        public const int EmptyRenegotiationInfoScsv = 0x00FF;

        /// <summary>TLS_FALLBACK_SCSV (RFC 7507).</summary>
        public const int FallbackScsv = 0x5600;

        /// <summary>The server's TLS 1.3 preference order.</summary>
        public static readonly int[] ServerPreference = new int[] { Aes128GcmSha256, Aes256GcmSha384, ChaCha20Poly1305Sha256 };

        /// <summary>
        /// The default order of <see cref="TlsServerConfig.CipherSuites"/>: TLS 1.3 suites, then the TLS 1.2 ones,
        /// AES-128-GCM before AES-256-GCM before ChaCha20-Poly1305, ECDSA before RSA (only those matching the key count).
        /// </summary>
        public static readonly int[] DefaultOrder = new int[]
        {
            Aes128GcmSha256, Aes256GcmSha384, ChaCha20Poly1305Sha256,
            EcdheEcdsaAes128GcmSha256, EcdheRsaAes128GcmSha256, EcdheEcdsaAes256GcmSha384, EcdheRsaAes256GcmSha384,
            EcdheEcdsaChaCha20Poly1305Sha256, EcdheRsaChaCha20Poly1305Sha256,
        };

        /// <summary>Every suite this server can negotiate (TLS 1.3 and TLS 1.2).</summary>
        public static bool IsSupported(int suite)
        {
            return Bit(suite) != 0;
        }

        /// <summary>True for the TLS 1.3 suites (0x13xx).</summary>
        public static bool IsTls13(int suite)
        {
            return suite == Aes128GcmSha256 || suite == Aes256GcmSha384 || suite == ChaCha20Poly1305Sha256;
        }

        /// <summary>True for a TLS 1.2 suite this server negotiates.</summary>
        public static bool IsTls12(int suite)
        {
            return Bit(suite) != 0 && !IsTls13(suite);
        }

        /// <summary>True for a TLS 1.2 ECDHE_ECDSA suite (needs an EC key), false for ECDHE_RSA and TLS 1.3.</summary>
        public static bool IsEcdsa(int suite)
        {
            return suite == EcdheEcdsaAes128GcmSha256 || suite == EcdheEcdsaAes256GcmSha384 || suite == EcdheEcdsaChaCha20Poly1305Sha256;
        }

        /// <summary>A distinct bit per supported suite (what <see cref="ClientHello.Suites"/> holds), 0 for others.</summary>
        public static int Bit(int suite)
        {
            switch (suite)
            {
                case Aes128GcmSha256:
                    return ClientHello.SuiteAes128;
                case Aes256GcmSha384:
                    return ClientHello.SuiteAes256;
                case ChaCha20Poly1305Sha256:
                    return ClientHello.SuiteChaCha;
                case EcdheEcdsaAes128GcmSha256:
                    return 0x08;
                case EcdheEcdsaAes256GcmSha384:
                    return 0x10;
                case EcdheRsaAes128GcmSha256:
                    return 0x20;
                case EcdheRsaAes256GcmSha384:
                    return 0x40;
                case EcdheRsaChaCha20Poly1305Sha256:
                    return 0x80;
                case EcdheEcdsaChaCha20Poly1305Sha256:
                    return 0x100;
                default:
                    return 0;
            }
        }

        /// <summary>The suite's hash for HKDF / the TLS 1.2 PRF and the transcript (an <see cref="EncoHashAlgorithm"/>).</summary>
        public static int Hash(int suite)
        {
            return suite == Aes256GcmSha384 || suite == EcdheEcdsaAes256GcmSha384 || suite == EcdheRsaAes256GcmSha384
                ? EncoHashAlgorithm.Sha384 : EncoHashAlgorithm.Sha256;
        }

        /// <summary>The suite's AEAD (an <see cref="EncoAeadAlgorithm"/>).</summary>
        public static int Aead(int suite)
        {
            return suite == ChaCha20Poly1305Sha256 || suite == EcdheRsaChaCha20Poly1305Sha256 || suite == EcdheEcdsaChaCha20Poly1305Sha256
                ? EncoAeadAlgorithm.ChaCha20Poly1305 : EncoAeadAlgorithm.AesGcm;
        }

        /// <summary>The AEAD key length in bytes.</summary>
        public static int KeySize(int suite)
        {
            return suite == Aes128GcmSha256 || suite == EcdheEcdsaAes128GcmSha256 || suite == EcdheRsaAes128GcmSha256 ? 16 : 32;
        }

        /// <summary>The IANA name ("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256"), or "none".</summary>
        public static string Name(int suite)
        {
            switch (suite)
            {
                case Aes128GcmSha256:
                    return "TLS_AES_128_GCM_SHA256";
                case Aes256GcmSha384:
                    return "TLS_AES_256_GCM_SHA384";
                case ChaCha20Poly1305Sha256:
                    return "TLS_CHACHA20_POLY1305_SHA256";
                case EcdheEcdsaAes128GcmSha256:
                    return "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256";
                case EcdheEcdsaAes256GcmSha384:
                    return "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384";
                case EcdheRsaAes128GcmSha256:
                    return "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256";
                case EcdheRsaAes256GcmSha384:
                    return "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384";
                case EcdheRsaChaCha20Poly1305Sha256:
                    return "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256";
                case EcdheEcdsaChaCha20Poly1305Sha256:
                    return "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256";
                default:
                    return "none";
            }
        }
    }
}
