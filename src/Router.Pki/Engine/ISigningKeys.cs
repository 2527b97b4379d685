namespace Router.Pki.Engine
{
    /// <summary>
    /// The private keys certificates and requests are signed with, by ENCO key number. The keys
    /// never leave their store: this interface hands out the public key and signatures only.
    /// <see cref="EncoSigningKeys"/> implements it over the ENCO key store.
    /// </summary>
    public interface ISigningKeys
    {
        /// <summary>The <see cref="X509.KeyAlgorithm"/> of key <paramref name="keyId"/>; Unsupported when there is no such RSA or ECDSA key.</summary>
        int GetAlgorithm(int keyId);

        /// <summary>The key's SubjectPublicKeyInfo DER (RFC 5280 4.1.2.7).</summary>
        byte[] GetPublicKeyInfo(int keyId);

        /// <summary>
        /// Signs a digest of <paramref name="hash"/> (an EncoHashAlgorithm): RSASSA-PKCS1-v1_5 for
        /// RSA keys, a DER Ecdsa-Sig-Value for EC keys. Writes at <paramref name="signatureOffset"/>
        /// and returns the length.
        /// </summary>
        int SignDigest(int keyId, int hash, byte[] digest, int digestOffset, int digestCount, byte[] signature, int signatureOffset);
    }
}
