using System;

namespace Router.Enco
{
    /// <summary>
    /// HMAC (RFC 2104, FIPS 198-1) over any hash of <see cref="EncoHashAlgorithm"/> on the ENCO
    /// engine. An instance is keyed once (an ESP SA, a TLS connection direction) and then MACs one
    /// message after another: <see cref="Update"/>, then <see cref="Finish"/> or
    /// <see cref="FinishAndVerify"/>, which leave it keyed for the next message. The key lives in a
    /// context blob of <see cref="ContextSize"/> bytes (its own, or a slice of a caller's buffer)
    /// until <see cref="Dispose"/> wipes it. No call allocates.
    /// </summary>
    public sealed class Hmac : IDisposable
    {
        /// <summary>Bytes of context blob a keyed HMAC needs (ENCO_HMAC_CONTEXT_SIZE).</summary>
        public const int ContextSize = 384;

        private readonly int _hashSize;
        private readonly byte[] _context;
        private readonly int _contextOffset;
        private readonly byte[] _computed;

        /// <summary>An HMAC keyed with <paramref name="key"/>[<paramref name="keyOffset"/> .. +<paramref name="keyCount"/>), with its own context.</summary>
        public Hmac(int hashAlgorithm, byte[] key, int keyOffset, int keyCount)
            : this(hashAlgorithm, key, keyOffset, keyCount, new byte[ContextSize], 0)
        {
        }

        /// <summary>An HMAC whose context is a slice of a caller's buffer.</summary>
        public Hmac(int hashAlgorithm, byte[] key, int keyOffset, int keyCount, byte[] contextBuffer, int contextOffset)
        {
            BufferSegment.CheckInput(key, keyOffset, keyCount);
            BufferSegment.CheckOutput(contextBuffer, contextOffset, ContextSize);
            _hashSize = EncoHashAlgorithm.DigestSize(hashAlgorithm);
            _context = contextBuffer;
            _contextOffset = contextOffset;
            _computed = new byte[EncoHashAlgorithm.MaxDigestSize];
            EncoException.ThrowIfFailed(EncoNative.HmacInit(
                hashAlgorithm, key, keyOffset, keyCount, contextBuffer, contextOffset, ContextSize));
        }

        /// <summary>MAC size in bytes (the hash's digest size).</summary>
        public int HashSize
        {
            get { return _hashSize; }
        }

        /// <summary>One-shot HMAC of a message; writes <see cref="EncoHashAlgorithm.DigestSize"/> bytes at <paramref name="outputOffset"/>.</summary>
        public static void Compute(int hashAlgorithm, byte[] key, int keyOffset, int keyCount,
            byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            BufferSegment.CheckInput(key, keyOffset, keyCount);
            BufferSegment.CheckInput(data, offset, count);
            BufferSegment.CheckOutput(output, outputOffset, EncoHashAlgorithm.DigestSize(hashAlgorithm));
            EncoException.ThrowIfFailed(EncoNative.Hmac(hashAlgorithm, key, keyOffset, keyCount,
                data, offset, count, output, outputOffset, output.Length - outputOffset));
        }

        /// <summary>Appends a segment to the message.</summary>
        public void Update(byte[] data, int offset, int count)
        {
            BufferSegment.CheckInput(data, offset, count);
            EncoException.ThrowIfFailed(EncoNative.HmacUpdate(_context, _contextOffset, ContextSize, data, offset, count));
        }

        /// <summary>Writes the MAC of the message (<see cref="HashSize"/> bytes) and readies the next message.</summary>
        public void Finish(byte[] output, int outputOffset)
        {
            BufferSegment.CheckOutput(output, outputOffset, _hashSize);
            EncoException.ThrowIfFailed(EncoNative.HmacFinal(
                _context, _contextOffset, ContextSize, output, outputOffset, output.Length - outputOffset));
        }

        /// <summary>
        /// Ends the message and compares its MAC, truncated to <paramref name="count"/> bytes (HMAC-SHA1-96,
        /// HMAC-SHA-256-128 ...), with the received tag in fixed time. Readies the next message either way.
        /// </summary>
        public bool FinishAndVerify(byte[] tag, int offset, int count)
        {
            BufferSegment.CheckInput(tag, offset, count);
            if (count < 1 || count > _hashSize)
            {
                throw new EncoException(EncoStatus.BadLength);
            }

            EncoException.ThrowIfFailed(EncoNative.HmacFinal(_context, _contextOffset, ContextSize, _computed, 0, _computed.Length));
            bool equal = FixedTime.Equal(_computed, 0, tag, offset, count);
            Array.Clear(_computed, 0, _computed.Length);
            return equal;
        }

        /// <summary>Wipes the key and any message in progress.</summary>
        public void Dispose()
        {
            EncoException.ThrowIfFailed(EncoNative.HmacFree(_context, _contextOffset, ContextSize));
        }
    }
}
