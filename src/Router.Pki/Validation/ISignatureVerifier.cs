using Router.Pki.X509;

namespace Router.Pki.Validation
{
    /// <summary>
    /// Checks one signature: the hash of the signed bytes under the algorithm's hash, then
    /// RSASSA-PKCS1-v1_5 or ECDSA with the signer's public key. The ENCO engine implements
    /// it on the device (<see cref="Engine.EncoSignatureVerifier"/>); tests plug in others.
    /// </summary>
    public interface ISignatureVerifier
    {
        /// <summary>
        /// Verifies <paramref name="signature"/>[<paramref name="signatureOffset"/> .. +<paramref name="signatureCount"/>)
        /// over <paramref name="data"/>[<paramref name="offset"/> .. +<paramref name="count"/>) with
        /// <paramref name="key"/>; returns one of <see cref="SignatureCheck"/>. Never throws for a
        /// bad or unsupported signature.
        /// </summary>
        int Verify(int signatureAlgorithm, PublicKeyInfo key, byte[] data, int offset, int count,
            byte[] signature, int signatureOffset, int signatureCount);
    }
}
