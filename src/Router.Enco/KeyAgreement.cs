namespace Router.Enco
{
    /// <summary>
    /// Key agreement on the ENCO engine with an <see cref="EncoKey"/> of type P-256/P-384 (ECDH),
    /// X25519 or DH (MODP groups). Peer values are validated: points must be uncompressed and on
    /// the curve, X25519 must not give the all-zero secret, DH values must satisfy 1 &lt; y &lt; p-1;
    /// a bad one raises <see cref="EncoException"/> with <see cref="EncoStatus.BadPeerKey"/>.
    /// No call allocates.
    /// </summary>
    public static class KeyAgreement
    {
        /// <summary>Bytes of the shared secret of a key: the curve size, 32 for X25519, the DH modulus size.</summary>
        public static int SecretSize(EncoKey key)
        {
            PublicKeyCall.CheckKey(key);
            switch (key.Type)
            {
                case EncoKeyType.EcP256:
                case EncoKeyType.X25519:
                    return 32;
                case EncoKeyType.EcP384:
                    return 48;
                case EncoKeyType.Dh:
                    return DhModulusSize(key.Parameter);
                default:
                    throw new EncoException(EncoStatus.WrongKeyType);
            }
        }

        /// <summary>
        /// Computes the secret with the peer's public value (<see cref="EncoKeyFormat.PublicRaw"/>, or
        /// <see cref="EncoKeyFormat.PublicSpki"/> for EC and X25519); returns its length.
        /// </summary>
        public static int Agree(EncoKey key, int peerFormat, byte[] peer, int peerOffset, int peerCount,
            byte[] secret, int secretOffset)
        {
            PublicKeyCall.CheckKey(key);
            BufferSegment.CheckInput(peer, peerOffset, peerCount);
            BufferSegment.CheckOutput(secret, secretOffset, 0);
            byte[] blob = key.Blob;
            return PublicKeyCall.Produced(EncoNative.KeyAgree(blob, 0, blob.Length, peerFormat, peer, peerOffset, peerCount,
                secret, secretOffset, secret.Length - secretOffset));
        }

        private static int DhModulusSize(int group)
        {
            switch (group)
            {
                case 1:
                    return 96;
                case 2:
                    return 128;
                case 5:
                    return 192;
                case 14:
                    return 256;
                default:
                    throw new EncoException(EncoStatus.Unsupported);
            }
        }
    }
}
