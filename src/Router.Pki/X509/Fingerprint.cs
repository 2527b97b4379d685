using Router.Enco;

namespace Router.Pki.X509
{
    /// <summary>The SHA-256 fingerprint of a certificate's DER, hashed by the ENCO engine, as "AB:CD:...".</summary>
    public static class Fingerprint
    {
        public static string Sha256Text(Certificate certificate)
        {
            byte[] digest = new byte[Sha256.HashSize];
            Sha256.Hash(certificate.Der, 0, certificate.Der.Length, digest, 0);
            return HexText.Of(digest, 0, digest.Length, true);
        }
    }
}
