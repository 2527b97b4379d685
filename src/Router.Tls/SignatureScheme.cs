namespace Router.Tls
{
    /// <summary>
    /// Signature schemes (RFC 8446 4.2.3) this server signs with: CertificateVerify in TLS 1.3, ServerKeyExchange in
    /// TLS 1.2 (where the scheme stands for the SignatureAndHashAlgorithm pair, RFC 5246 7.4.1.4.1).
    /// </summary>
    public static class SignatureScheme
    {
        public const int RsaPkcs1Sha256 = 0x0401;
        public const int EcdsaSecp256r1Sha256 = 0x0403;
        public const int EcdsaSecp384r1Sha384 = 0x0503;
        public const int RsaPssRsaeSha256 = 0x0804;
        public const int RsaPssRsaeSha384 = 0x0805;

        /// <summary>The <see cref="ClientHello.SignatureSchemes"/> bit of a scheme this server signs with, else 0.</summary>
        public static int Bit(int scheme)
        {
            switch (scheme)
            {
                case EcdsaSecp256r1Sha256:
                    return ClientHello.SigEcdsaP256;
                case RsaPssRsaeSha256:
                    return ClientHello.SigRsaPss;
                case EcdsaSecp384r1Sha384:
                    return ClientHello.SigEcdsaP384;
                case RsaPssRsaeSha384:
                    return ClientHello.SigRsaPssSha384;
                case RsaPkcs1Sha256:
                    return ClientHello.SigRsaPkcs1Sha256;
                default:
                    return 0;
            }
        }

        /// <summary>The scheme's hash (an EncoHashAlgorithm).</summary>
        public static int Hash(int scheme)
        {
            return scheme == EcdsaSecp384r1Sha384 || scheme == RsaPssRsaeSha384
                ? Router.Enco.EncoHashAlgorithm.Sha384 : Router.Enco.EncoHashAlgorithm.Sha256;
        }

        public static bool IsEcdsa(int scheme)
        {
            return scheme == EcdsaSecp256r1Sha256 || scheme == EcdsaSecp384r1Sha384;
        }

        public static string Name(int scheme)
        {
            switch (scheme)
            {
                case RsaPkcs1Sha256:
                    return "rsa_pkcs1_sha256";
                case EcdsaSecp256r1Sha256:
                    return "ecdsa_secp256r1_sha256";
                case EcdsaSecp384r1Sha384:
                    return "ecdsa_secp384r1_sha384";
                case RsaPssRsaeSha256:
                    return "rsa_pss_rsae_sha256";
                case RsaPssRsaeSha384:
                    return "rsa_pss_rsae_sha384";
                default:
                    return "none";
            }
        }
    }
}
