namespace Router.Enco
{
    /// <summary>
    /// RSA on the ENCO engine (RFC 8017): PKCS#1 v1.5 and PSS signatures over a caller's digest,
    /// PKCS#1 v1.5 encryption and decryption. Private-key calls take an <see cref="EncoKey"/>;
    /// public keys are DER (<see cref="EncoKeyFormat.PublicRaw"/> = PKCS#1 RSAPublicKey, or
    /// <see cref="EncoKeyFormat.PublicSpki"/>) as they come in certificates and IKE payloads.
    /// No call allocates; refusals raise <see cref="EncoException"/>.
    /// </summary>
    public static class Rsa
    {
        /// <summary>RSASSA-PKCS1-v1_5 (RFC 8017 8.2).</summary>
        public const int Pkcs1V15 = 1;

        /// <summary>RSASSA-PSS (RFC 8017 8.1): MGF1 with the signature's hash, salt length = hash length.</summary>
        public const int Pss = 2;

        /// <summary>
        /// "No hash": PKCS#1 v1.5 over the caller's bytes without a DigestInfo, as IKEv1 signature
        /// authentication signs HASH_I/HASH_R (RFC 2409 5.1). Other hashes are <see cref="EncoHashAlgorithm"/> values.
        /// </summary>
        public const int HashNone = 0;

        /// <summary>Signature and ciphertext size of a key: the modulus in bytes.</summary>
        public static int ModulusSize(EncoKey key)
        {
            PublicKeyCall.CheckKey(key);
            return (key.Parameter + 7) / 8;
        }

        /// <summary>
        /// Signs the digest <paramref name="digest"/>[<paramref name="offset"/> .. +<paramref name="count"/>)
        /// of <paramref name="hash"/>; writes the signature at <paramref name="signatureOffset"/> and returns its length.
        /// </summary>
        public static int Sign(EncoKey key, int padding, int hash, byte[] digest, int offset, int count,
            byte[] signature, int signatureOffset)
        {
            PublicKeyCall.CheckKey(key);
            BufferSegment.CheckInput(digest, offset, count);
            BufferSegment.CheckOutput(signature, signatureOffset, 0);
            byte[] blob = key.Blob;
            return PublicKeyCall.Produced(EncoNative.RsaSign(blob, 0, blob.Length, padding, hash, digest, offset, count,
                signature, signatureOffset, signature.Length - signatureOffset));
        }

        /// <summary>
        /// True when the signature verifies, false when it does not; a malformed public key or an
        /// unsupported scheme raises <see cref="EncoException"/>.
        /// </summary>
        public static bool Verify(byte[] publicKey, int publicKeyOffset, int publicKeyCount, int publicKeyFormat,
            int padding, int hash, byte[] digest, int digestOffset, int digestCount,
            byte[] signature, int signatureOffset, int signatureCount)
        {
            BufferSegment.CheckInput(publicKey, publicKeyOffset, publicKeyCount);
            BufferSegment.CheckInput(digest, digestOffset, digestCount);
            BufferSegment.CheckInput(signature, signatureOffset, signatureCount);
            return PublicKeyCall.Verified(EncoNative.RsaVerify(publicKey, publicKeyOffset, publicKeyCount, publicKeyFormat, padding, hash,
                digest, digestOffset, digestCount, signature, signatureOffset, signatureCount));
        }

        /// <summary>RSAES-PKCS1-v1_5 encryption (IKEv1 public-key encryption); returns the ciphertext length.</summary>
        public static int Encrypt(byte[] publicKey, int publicKeyOffset, int publicKeyCount, int publicKeyFormat,
            byte[] message, int messageOffset, int messageCount, byte[] ciphertext, int ciphertextOffset)
        {
            BufferSegment.CheckInput(publicKey, publicKeyOffset, publicKeyCount);
            BufferSegment.CheckInput(message, messageOffset, messageCount);
            BufferSegment.CheckOutput(ciphertext, ciphertextOffset, 0);
            return PublicKeyCall.Produced(EncoNative.RsaEncrypt(publicKey, publicKeyOffset, publicKeyCount, publicKeyFormat,
                message, messageOffset, messageCount, ciphertext, ciphertextOffset, ciphertext.Length - ciphertextOffset));
        }

        /// <summary>
        /// Decryption for protocols, with implicit rejection: always writes exactly
        /// <paramref name="expectedLength"/> bytes. When the padding is bad or the message has another
        /// length they are pseudo-random bytes derived from the key and the ciphertext (the same for
        /// the same ciphertext), so the protocol fails later as with a wrong key and no padding oracle
        /// exists. Raises only for arguments, keys and ciphertexts that are wrong for anyone to see
        /// (length, value not below the modulus).
        /// </summary>
        public static void DecryptImplicit(EncoKey key, byte[] ciphertext, int offset, int count,
            byte[] message, int messageOffset, int expectedLength)
        {
            PublicKeyCall.CheckKey(key);
            BufferSegment.CheckInput(ciphertext, offset, count);
            BufferSegment.CheckOutput(message, messageOffset, expectedLength);
            byte[] blob = key.Blob;
            EncoException.ThrowIfFailed(EncoNative.RsaDecryptImplicit(blob, 0, blob.Length, ciphertext, offset, count,
                message, messageOffset, expectedLength));
        }

        /// <summary>
        /// Decryption that REPORTS bad padding (<see cref="EncoStatus.DecryptFailed"/>); returns the
        /// message length. Wherever an attacker can observe that outcome it is a padding oracle
        /// (Bleichenbacher): protocols use <see cref="DecryptImplicit"/>.
        /// </summary>
        public static int DecryptExplicit(EncoKey key, byte[] ciphertext, int offset, int count,
            byte[] message, int messageOffset)
        {
            PublicKeyCall.CheckKey(key);
            BufferSegment.CheckInput(ciphertext, offset, count);
            BufferSegment.CheckOutput(message, messageOffset, 0);
            byte[] blob = key.Blob;
            return PublicKeyCall.Produced(EncoNative.RsaDecrypt(blob, 0, blob.Length, ciphertext, offset, count,
                message, messageOffset, message.Length - messageOffset));
        }
    }
}
