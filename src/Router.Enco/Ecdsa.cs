namespace Router.Enco
{
    /// <summary>
    /// ECDSA over P-256 and P-384 on the ENCO engine. Signing uses deterministic nonces (RFC 6979);
    /// signatures are DER (X.509, TLS) or raw r || s (IKEv2, JOSE), read strictly.
    /// No call allocates; refusals raise <see cref="EncoException"/>.
    /// </summary>
    public static class Ecdsa
    {
        /// <summary>Ecdsa-Sig-Value DER (RFC 3279 2.2.3).</summary>
        public const int Der = 1;

        /// <summary>r || s, each the curve size (IEEE P1363).</summary>
        public const int Raw = 2;

        /// <summary>Room for any signature (P-384 DER).</summary>
        public const int MaxSignatureSize = 104;

        /// <summary>
        /// Signs a digest of <paramref name="hash"/> (its length must match); returns the signature length.
        /// </summary>
        public static int Sign(EncoKey key, int hash, byte[] digest, int offset, int count, int signatureFormat,
            byte[] signature, int signatureOffset)
        {
            PublicKeyCall.CheckKey(key);
            BufferSegment.CheckInput(digest, offset, count);
            BufferSegment.CheckOutput(signature, signatureOffset, 0);
            byte[] blob = key.Blob;
            return PublicKeyCall.Produced(EncoNative.EcdsaSign(blob, 0, blob.Length, hash, digest, offset, count, signatureFormat,
                signature, signatureOffset, signature.Length - signatureOffset));
        }

        /// <summary>
        /// True when the signature verifies with the public key of <paramref name="keyType"/>
        /// (<see cref="EncoKeyType.EcP256"/> or <see cref="EncoKeyType.EcP384"/>; an SPKI must name that curve).
        /// </summary>
        public static bool Verify(int keyType, byte[] publicKey, int publicKeyOffset, int publicKeyCount, int publicKeyFormat,
            byte[] digest, int digestOffset, int digestCount, int signatureFormat,
            byte[] signature, int signatureOffset, int signatureCount)
        {
            BufferSegment.CheckInput(publicKey, publicKeyOffset, publicKeyCount);
            BufferSegment.CheckInput(digest, digestOffset, digestCount);
            BufferSegment.CheckInput(signature, signatureOffset, signatureCount);
            return PublicKeyCall.Verified(EncoNative.EcdsaVerify(keyType, publicKey, publicKeyOffset, publicKeyCount, publicKeyFormat,
                digest, digestOffset, digestCount, signatureFormat, signature, signatureOffset, signatureCount));
        }
    }
}
