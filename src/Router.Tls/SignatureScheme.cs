namespace Router.Tls
{
    /// <summary>Signature schemes (RFC 8446 4.2.3) this server signs CertificateVerify with.</summary>
    public static class SignatureScheme
    {
        public const int EcdsaSecp256r1Sha256 = 0x0403;
        public const int RsaPssRsaeSha256 = 0x0804;
    }
}
