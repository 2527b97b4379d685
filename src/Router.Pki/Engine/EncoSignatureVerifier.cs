using Router.Enco;
using Router.Pki.Validation;
using Router.Pki.X509;

namespace Router.Pki.Engine
{
    /// <summary>
    /// <see cref="ISignatureVerifier"/> on the ENCO engine: the signed bytes are hashed by
    /// <see cref="EncoHash"/> and the digest verified by <see cref="Rsa"/> (RSASSA-PKCS1-v1_5,
    /// RFC 8017 8.2) or <see cref="Ecdsa"/> (DER Ecdsa-Sig-Value, RFC 3279 2.2.3), with the
    /// public key handed over as its SubjectPublicKeyInfo. SHA-1 signatures are refused as
    /// unsupported unless the verifier is made for legacy peers.
    /// </summary>
    public sealed class EncoSignatureVerifier : ISignatureVerifier
    {
        /// <summary>Smallest RSA modulus accepted; the engine does 1024..4096.</summary>
        public const int MinRsaBits = 1024;

        private readonly bool _allowSha1;

        /// <summary>A verifier for modern signatures (SHA-256, SHA-384, SHA-512).</summary>
        public EncoSignatureVerifier()
            : this(false)
        {
        }

        /// <param name="allowSha1">Also accept sha1WithRSAEncryption, for old IPsec peers' certificates.</param>
        public EncoSignatureVerifier(bool allowSha1)
        {
            _allowSha1 = allowSha1;
        }

        public int Verify(int signatureAlgorithm, PublicKeyInfo key, byte[] data, int offset, int count,
            byte[] signature, int signatureOffset, int signatureCount)
        {
            if (key == null || !SignatureAlgorithm.FitsKey(signatureAlgorithm, key.Algorithm)
                || (signatureAlgorithm == SignatureAlgorithm.RsaSha1 && !_allowSha1)
                || (key.Algorithm == KeyAlgorithm.Rsa && (key.Bits < MinRsaBits || key.Bits > EncoKeyType.RsaMaxBits)))
            {
                return SignatureCheck.Unsupported;
            }

            int hash = SignatureAlgorithm.Hash(signatureAlgorithm);
            byte[] digest = new byte[EncoHashAlgorithm.MaxDigestSize];
            int digestLength = EncoHashAlgorithm.DigestSize(hash);
            byte[] spki = key.Buffer;
            int spkiOffset = key.Element.Start;
            int spkiCount = key.Element.EncodedLength;
            try
            {
                EncoHash.Hash(hash, data, offset, count, digest, 0);
                bool valid;
                if (key.Algorithm == KeyAlgorithm.Rsa)
                {
                    valid = Rsa.Verify(spki, spkiOffset, spkiCount, EncoKeyFormat.PublicSpki, Rsa.Pkcs1V15, hash,
                        digest, 0, digestLength, signature, signatureOffset, signatureCount);
                }
                else
                {
                    valid = Ecdsa.Verify(key.Algorithm, spki, spkiOffset, spkiCount, EncoKeyFormat.PublicSpki,
                        digest, 0, digestLength, Ecdsa.Der, signature, signatureOffset, signatureCount);
                }

                return valid ? SignatureCheck.Valid : SignatureCheck.Invalid;
            }
            catch (EncoException e)
            {
                // A key the engine refuses (bad size, not on the curve) cannot vouch for anything.
                return e.Code == EncoStatus.Unsupported ? SignatureCheck.Unsupported : SignatureCheck.Invalid;
            }
        }
    }
}
