using Router.Enco;

namespace Router.Tls.Client
{
    /// <summary>
    /// The signature schemes the client offers (RFC 8446 4.2.3): those a server may sign CertificateVerify with,
    /// and the RSA PKCS #1 ones that may only sign certificates. What each one needs of the server's key.
    /// </summary>
    public static class ServerSignatureScheme
    {
        public const int RsaPkcs1Sha256 = 0x0401;
        public const int RsaPkcs1Sha384 = 0x0501;
        public const int RsaPkcs1Sha512 = 0x0601;
        public const int EcdsaSecp256r1Sha256 = 0x0403;
        public const int EcdsaSecp384r1Sha384 = 0x0503;
        public const int RsaPssRsaeSha256 = 0x0804;
        public const int RsaPssRsaeSha384 = 0x0805;
        public const int RsaPssRsaeSha512 = 0x0806;

        /// <summary>signature_algorithms in the client's preference order.</summary>
        public static readonly int[] Offered = new int[]
        {
            EcdsaSecp256r1Sha256, RsaPssRsaeSha256, EcdsaSecp384r1Sha384, RsaPssRsaeSha384, RsaPssRsaeSha512,
            RsaPkcs1Sha256, RsaPkcs1Sha384, RsaPkcs1Sha512,
        };

        /// <summary>True for the RSASSA-PSS schemes (rsa_pss_rsae_*).</summary>
        public static bool IsPss(int scheme)
        {
            return scheme == RsaPssRsaeSha256 || scheme == RsaPssRsaeSha384 || scheme == RsaPssRsaeSha512;
        }

        /// <summary>
        /// The hash of a scheme (a SignatureAndHashAlgorithm) that may sign a TLS 1.2 ServerKeyExchange with a key of
        /// <paramref name="keyType"/>, or 0: ECDSA with SHA-256 or SHA-384 on either curve (RFC 5246 7.4.1.4.1 does
        /// not bind curve and hash), RSA with PKCS #1 v1.5 or PSS.
        /// </summary>
        public static int Tls12VerifyHash(int scheme, int keyType)
        {
            bool ec = keyType == EncoKeyType.EcP256 || keyType == EncoKeyType.EcP384;
            switch (scheme)
            {
                case EcdsaSecp256r1Sha256:
                    return ec ? EncoHashAlgorithm.Sha256 : 0;
                case EcdsaSecp384r1Sha384:
                    return ec ? EncoHashAlgorithm.Sha384 : 0;
                case RsaPkcs1Sha256:
                case RsaPssRsaeSha256:
                    return keyType == EncoKeyType.Rsa ? EncoHashAlgorithm.Sha256 : 0;
                case RsaPkcs1Sha384:
                case RsaPssRsaeSha384:
                    return keyType == EncoKeyType.Rsa ? EncoHashAlgorithm.Sha384 : 0;
                case RsaPkcs1Sha512:
                case RsaPssRsaeSha512:
                    return keyType == EncoKeyType.Rsa ? EncoHashAlgorithm.Sha512 : 0;
                default:
                    return 0;
            }
        }

        /// <summary>
        /// The hash of a scheme that may sign a TLS 1.3 CertificateVerify with a key of <paramref name="keyType"/>
        /// (an <see cref="EncoKeyType"/>), or 0 when it may not: ECDSA curves are bound to their hash, RSA keys
        /// sign with PSS only (4.4.3).
        /// </summary>
        public static int VerifyHash(int scheme, int keyType)
        {
            switch (scheme)
            {
                case EcdsaSecp256r1Sha256:
                    return keyType == EncoKeyType.EcP256 ? EncoHashAlgorithm.Sha256 : 0;
                case EcdsaSecp384r1Sha384:
                    return keyType == EncoKeyType.EcP384 ? EncoHashAlgorithm.Sha384 : 0;
                case RsaPssRsaeSha256:
                    return keyType == EncoKeyType.Rsa ? EncoHashAlgorithm.Sha256 : 0;
                case RsaPssRsaeSha384:
                    return keyType == EncoKeyType.Rsa ? EncoHashAlgorithm.Sha384 : 0;
                case RsaPssRsaeSha512:
                    return keyType == EncoKeyType.Rsa ? EncoHashAlgorithm.Sha512 : 0;
                default:
                    return 0;
            }
        }
    }
}
