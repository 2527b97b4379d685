using Router.Enco;

namespace Router.Tls
{
    /// <summary>The TLS 1.3 cipher suites (RFC 8446 B.4) this server negotiates, and what each one is built from.</summary>
    public static class CipherSuite
    {
        public const int Aes128GcmSha256 = 0x1301;
        public const int Aes256GcmSha384 = 0x1302;
        public const int ChaCha20Poly1305Sha256 = 0x1303;

        /// <summary>The server's preference order.</summary>
        public static readonly int[] ServerPreference = new int[] { Aes128GcmSha256, Aes256GcmSha384, ChaCha20Poly1305Sha256 };

        public static bool IsSupported(int suite)
        {
            return suite == Aes128GcmSha256 || suite == Aes256GcmSha384 || suite == ChaCha20Poly1305Sha256;
        }

        /// <summary>The suite's hash for HKDF and the transcript (an <see cref="EncoHashAlgorithm"/>).</summary>
        public static int Hash(int suite)
        {
            return suite == Aes256GcmSha384 ? EncoHashAlgorithm.Sha384 : EncoHashAlgorithm.Sha256;
        }

        /// <summary>The suite's AEAD (an <see cref="EncoAeadAlgorithm"/>).</summary>
        public static int Aead(int suite)
        {
            return suite == ChaCha20Poly1305Sha256 ? EncoAeadAlgorithm.ChaCha20Poly1305 : EncoAeadAlgorithm.AesGcm;
        }

        /// <summary>The AEAD key length in bytes.</summary>
        public static int KeySize(int suite)
        {
            return suite == Aes128GcmSha256 ? 16 : 32;
        }

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
                default:
                    return "none";
            }
        }
    }
}
