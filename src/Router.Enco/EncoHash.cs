using System;

namespace Router.Enco
{
    /// <summary>
    /// Any hash of <see cref="EncoHashAlgorithm"/> (SHA-1, SHA-256, SHA-384, SHA-512, MD5) on the
    /// ENCO engine: one-shot <see cref="Hash"/>, and an incremental hash whose state lives in a
    /// context blob of <see cref="ContextSize"/> bytes. Same rules as <see cref="Sha256"/>: no call
    /// allocates, Dispose an abandoned stream, fork with <see cref="CopyTo"/>, never Array.Copy a blob.
    /// </summary>
    public sealed class EncoHash : IDisposable
    {
        /// <summary>Bytes of context blob an incremental hash needs.</summary>
        public const int ContextSize = EncoHashAlgorithm.ContextSize;

        private readonly int _algorithm;
        private readonly int _hashSize;
        private readonly byte[] _context;
        private readonly int _contextOffset;

        /// <summary>An incremental hash of <paramref name="algorithm"/> with its own context blob, started.</summary>
        public EncoHash(int algorithm)
            : this(algorithm, new byte[ContextSize], 0)
        {
        }

        /// <summary>An incremental hash whose context is a slice of a caller's buffer, started.</summary>
        public EncoHash(int algorithm, byte[] contextBuffer, int contextOffset)
        {
            BufferSegment.CheckOutput(contextBuffer, contextOffset, ContextSize);
            _algorithm = algorithm;
            _hashSize = EncoHashAlgorithm.DigestSize(algorithm);
            _context = contextBuffer;
            _contextOffset = contextOffset;
            Reset();
        }

        /// <summary>The algorithm identifier.</summary>
        public int Algorithm
        {
            get { return _algorithm; }
        }

        /// <summary>Digest size in bytes.</summary>
        public int HashSize
        {
            get { return _hashSize; }
        }

        /// <summary>
        /// Writes the digest of <paramref name="data"/>[<paramref name="offset"/> .. +<paramref name="count"/>)
        /// to <paramref name="output"/> at <paramref name="outputOffset"/>.
        /// </summary>
        public static void Hash(int algorithm, byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            BufferSegment.CheckInput(data, offset, count);
            BufferSegment.CheckOutput(output, outputOffset, EncoHashAlgorithm.DigestSize(algorithm));
            EncoException.ThrowIfFailed(EncoNative.Hash(
                algorithm, data, offset, count, output, outputOffset, output.Length - outputOffset));
        }

        /// <summary>Drops whatever was hashed so far and starts a new message.</summary>
        public void Reset()
        {
            EncoException.ThrowIfFailed(EncoNative.HashInit(_algorithm, _context, _contextOffset, ContextSize));
        }

        /// <summary>Appends a segment to the message.</summary>
        public void Update(byte[] data, int offset, int count)
        {
            BufferSegment.CheckInput(data, offset, count);
            EncoException.ThrowIfFailed(EncoNative.HashUpdate(_context, _contextOffset, ContextSize, data, offset, count));
        }

        /// <summary>Writes the digest of the message and starts a new message.</summary>
        public void Finish(byte[] output, int outputOffset)
        {
            BufferSegment.CheckOutput(output, outputOffset, _hashSize);
            EncoException.ThrowIfFailed(EncoNative.HashFinal(
                _context, _contextOffset, ContextSize, output, outputOffset, output.Length - outputOffset));
            Reset();
        }

        /// <summary>Makes <paramref name="destination"/> continue from this hash's state (same algorithm).</summary>
        public void CopyTo(EncoHash destination)
        {
            if (destination == null)
            {
                throw new EncoException(EncoStatus.NullPointer);
            }

            EncoException.ThrowIfFailed(EncoNative.HashClone(
                destination._context, destination._contextOffset, ContextSize, _context, _contextOffset, ContextSize));
        }

        /// <summary>Ends the stream (gives back an accelerator it may hold) and wipes the context.</summary>
        public void Dispose()
        {
            EncoException.ThrowIfFailed(EncoNative.HashFree(_context, _contextOffset, ContextSize));
        }
    }
}
