using System;

namespace Router.Enco
{
    /// <summary>
    /// AES-GCM or ChaCha20-Poly1305 on the ENCO engine, with a 12-byte nonce and a 16-byte tag appended to
    /// the ciphertext (the TLS 1.3 record and ESP layouts). The key schedule (and GCM's GHASH table) is
    /// built once in a context blob of <see cref="ContextSize"/> bytes. <see cref="Open"/> checks the tag
    /// before it decrypts: a forged record writes nothing. No call allocates.
    /// </summary>
    public sealed class Aead : IDisposable
    {
        /// <summary>Bytes of context blob a keyed AEAD needs (ENCO_AEAD_CONTEXT_SIZE).</summary>
        public const int ContextSize = 576;

        /// <summary>Tag length in bytes.</summary>
        public const int TagSize = EncoAeadAlgorithm.TagSize;

        private readonly byte[] _context;
        private readonly int _contextOffset;

        /// <summary>An AEAD keyed with the key segment, with its own context.</summary>
        public Aead(int algorithm, byte[] key, int keyOffset, int keyCount)
            : this(algorithm, key, keyOffset, keyCount, new byte[ContextSize], 0)
        {
        }

        /// <summary>An AEAD whose context is a slice of a caller's buffer.</summary>
        public Aead(int algorithm, byte[] key, int keyOffset, int keyCount, byte[] contextBuffer, int contextOffset)
        {
            BufferSegment.CheckInput(key, keyOffset, keyCount);
            BufferSegment.CheckOutput(contextBuffer, contextOffset, ContextSize);
            _context = contextBuffer;
            _contextOffset = contextOffset;
            EncoException.ThrowIfFailed(EncoNative.AeadInit(algorithm, key, keyOffset, keyCount, contextBuffer, contextOffset, ContextSize));
        }

        /// <summary>
        /// Encrypts the plaintext segment and writes ciphertext || tag (<paramref name="count"/> + 16 bytes) at
        /// <paramref name="outputOffset"/>. The output may be the plaintext itself or start before it.
        /// </summary>
        public void Seal(byte[] nonce, int nonceOffset, int nonceCount, byte[] aad, int aadOffset, int aadCount,
            byte[] plaintext, int offset, int count, byte[] output, int outputOffset)
        {
            BufferSegment.CheckInput(nonce, nonceOffset, nonceCount);
            BufferSegment.CheckInput(aad, aadOffset, aadCount);
            BufferSegment.CheckInput(plaintext, offset, count);
            if (count > int.MaxValue - TagSize)
            {
                throw new EncoException(EncoStatus.Limit);
            }

            BufferSegment.CheckOutput(output, outputOffset, count + TagSize);
            EncoException.ThrowIfFailed(EncoNative.AeadSeal(_context, _contextOffset, ContextSize, nonce, nonceOffset, nonceCount,
                aad, aadOffset, aadCount, plaintext, offset, count, output, outputOffset, count + TagSize));
        }

        /// <summary>
        /// Checks and decrypts ciphertext || tag (<paramref name="count"/> bytes, tag included), writing
        /// <paramref name="count"/> - 16 bytes of plaintext at <paramref name="outputOffset"/>. Returns false, having
        /// written nothing, when the tag does not verify (or the input is shorter than a tag); other refusals throw.
        /// </summary>
        public bool Open(byte[] nonce, int nonceOffset, int nonceCount, byte[] aad, int aadOffset, int aadCount,
            byte[] ciphertext, int offset, int count, byte[] output, int outputOffset)
        {
            BufferSegment.CheckInput(nonce, nonceOffset, nonceCount);
            BufferSegment.CheckInput(aad, aadOffset, aadCount);
            BufferSegment.CheckInput(ciphertext, offset, count);
            int plaintextCount = count < TagSize ? 0 : count - TagSize;
            BufferSegment.CheckOutput(output, outputOffset, plaintextCount);
            int status = EncoNative.AeadOpen(_context, _contextOffset, ContextSize, nonce, nonceOffset, nonceCount,
                aad, aadOffset, aadCount, ciphertext, offset, count, output, outputOffset, plaintextCount);
            if (status == EncoStatus.AuthenticationFailed)
            {
                return false;
            }

            EncoException.ThrowIfFailed(status);
            return true;
        }

        /// <summary>Wipes the key schedule.</summary>
        public void Dispose()
        {
            EncoException.ThrowIfFailed(EncoNative.AeadFree(_context, _contextOffset, ContextSize));
        }
    }
}
