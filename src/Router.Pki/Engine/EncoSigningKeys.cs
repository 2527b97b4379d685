using Router.Enco;
using Router.Enco.Keys;
using Router.Pki.X509;

namespace Router.Pki.Engine
{
    /// <summary>
    /// <see cref="ISigningKeys"/> over the ENCO key store: RSA and ECDSA keys made by
    /// "create enco key". Each call makes a transient <see cref="EncoKey"/> from the stored blob
    /// and disposes (wipes) it before returning, so no extra copy of a private key outlives it.
    /// </summary>
    public sealed class EncoSigningKeys : ISigningKeys
    {
        private readonly EncoKeyStore _store;

        public EncoSigningKeys(EncoKeyStore store)
        {
            _store = store;
        }

        public int GetAlgorithm(int keyId)
        {
            EncoKey key = Open(keyId);
            if (key == null)
            {
                return KeyAlgorithm.Unsupported;
            }

            try
            {
                return AlgorithmOf(key);
            }
            finally
            {
                key.Dispose();
            }
        }

        public byte[] GetPublicKeyInfo(int keyId)
        {
            EncoKey key = Open(keyId);
            if (key == null)
            {
                return null;
            }

            try
            {
                byte[] room = new byte[EncoKeyFormat.MaxDerSize];
                int length = key.ExportPublic(EncoKeyFormat.PublicSpki, room, 0);
                byte[] spki = new byte[length];
                System.Array.Copy(room, spki, length);
                return spki;
            }
            finally
            {
                key.Dispose();
            }
        }

        public int SignDigest(int keyId, int hash, byte[] digest, int digestOffset, int digestCount, byte[] signature, int signatureOffset)
        {
            EncoKey key = Open(keyId);
            if (key == null)
            {
                throw new EncoException(EncoStatus.KeyFormat);
            }

            try
            {
                if (AlgorithmOf(key) == KeyAlgorithm.Rsa)
                {
                    return Rsa.Sign(key, Rsa.Pkcs1V15, hash, digest, digestOffset, digestCount, signature, signatureOffset);
                }

                return Ecdsa.Sign(key, hash, digest, digestOffset, digestCount, Ecdsa.Der, signature, signatureOffset);
            }
            finally
            {
                key.Dispose();
            }
        }

        /// <summary>A transient key for an RSA or ECDSA entry, or null.</summary>
        private EncoKey Open(int keyId)
        {
            return _store.OpenPrivateKey(keyId);
        }

        private static int AlgorithmOf(EncoKey key)
        {
            switch (key.Type)
            {
                case EncoKeyType.Rsa:
                    return KeyAlgorithm.Rsa;
                case EncoKeyType.EcP256:
                    return KeyAlgorithm.EcP256;
                case EncoKeyType.EcP384:
                    return KeyAlgorithm.EcP384;
                default:
                    return KeyAlgorithm.Unsupported;
            }
        }
    }
}
