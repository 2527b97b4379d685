using Router.Enco;
using Router.Pki.Der;
using Router.Pki.Engine;
using Router.Pki.X509;

namespace Router.Pki.Creation
{
    /// <summary>
    /// The signed structure shared by certificates (RFC 5280 4.1), CRLs and PKCS #10 requests
    /// (RFC 2986 4.2): SEQUENCE { toBeSigned, signatureAlgorithm, signature BIT STRING }. The
    /// bytes to be signed are hashed by the ENCO engine and the digest signed with an ENCO key.
    /// </summary>
    public static class SignedEnvelope
    {
        /// <summary>Room for any signature: RSA-4096 (512 octets) or a DER P-384 ECDSA signature.</summary>
        public const int MaxSignatureSize = 512;

        /// <summary>Signs <paramref name="toBeSigned"/> (a DER SEQUENCE) with key <paramref name="keyId"/> and returns the whole structure.</summary>
        public static byte[] Sign(ISigningKeys keys, int keyId, int signatureAlgorithm, byte[] toBeSigned)
        {
            int hash = SignatureAlgorithm.Hash(signatureAlgorithm);
            byte[] digest = new byte[EncoHashAlgorithm.MaxDigestSize];
            int digestLength = EncoHashAlgorithm.DigestSize(hash);
            EncoHash.Hash(hash, toBeSigned, 0, toBeSigned.Length, digest, 0);

            byte[] signature = new byte[MaxSignatureSize];
            int signatureLength = keys.SignDigest(keyId, hash, digest, 0, digestLength, signature, 0);

            DerWriter writer = new DerWriter(toBeSigned.Length + signatureLength + 64);
            int envelope = writer.Begin(DerTag.Sequence);
            writer.WriteEncoded(toBeSigned, 0, toBeSigned.Length);
            SignatureAlgorithm.Write(writer, signatureAlgorithm);
            writer.WriteBitString(signature, 0, signatureLength);
            writer.End(envelope);
            return writer.ToArray();
        }
    }
}
