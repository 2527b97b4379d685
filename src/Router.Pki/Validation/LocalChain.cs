using Router.Pki.Database;
using Router.Pki.X509;

namespace Router.Pki.Validation
{
    /// <summary>
    /// The chain the router sends for one of its own certificates (a TLS Certificate message, an
    /// ISAKMP CERT payload): the certificate, then the intermediates the database holds up to but
    /// not including the trust anchor (RFC 8446 4.4.2 lets the root be left out). When no path to
    /// an anchor validates now, the certificate alone.
    /// </summary>
    public static class LocalChain
    {
        public static Certificate[] For(CertificateDatabase database, ISignatureVerifier verifier, CertificateEntry entry, long now)
        {
            ChainValidator validator = new ChainValidator(database.Snapshot, verifier);
            ValidationResult result = validator.Validate(entry.Certificate, null, 0, new ValidationOptions(now, ValidationPurpose.Any, null));
            if (!result.IsValid || result.Path.Length <= 2)
            {
                return new Certificate[] { entry.Certificate };
            }

            Certificate[] chain = new Certificate[result.Path.Length - 1];
            System.Array.Copy(result.Path, chain, chain.Length);
            return chain;
        }
    }
}
