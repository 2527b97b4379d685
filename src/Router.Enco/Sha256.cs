using System;

namespace Router.Enco
{
    /// <summary>
    /// SHA-256 (FIPS 180-4) on the ENCO engine: a one-shot <see cref="Hash"/>, and an incremental
    /// hash whose state lives in a context blob of <see cref="ContextSize"/> bytes, either its own
    /// or a slice of a caller's buffer (a channel buffer). No call allocates; refusals raise
    /// <see cref="EncoException"/>.
    /// <para>
    /// Dispose an incremental hash that is abandoned before <see cref="Finish"/>: on the ESP32 a live
    /// stream may hold the SHA accelerator, and Dispose gives it back. Never copy a live context blob
    /// with Array.Copy; <see cref="CopyTo"/> forks a stream.
    /// </para>
    /// </summary>
    public sealed class Sha256 : IDisposable
    {
        /// <summary>Digest size in bytes.</summary>
        public const int HashSize = 32;

        /// <summary>Bytes of context blob an incremental hash needs.</summary>
        public const int ContextSize = EncoHashAlgorithm.ContextSize;

        private readonly byte[] _context;
        private readonly int _contextOffset;

        /// <summary>An incremental hash with its own context blob, started.</summary>
        public Sha256()
            : this(new byte[ContextSize], 0)
        {
        }

        /// <summary>
        /// An incremental hash whose context is <paramref name="contextBuffer"/>[<paramref name="contextOffset"/>
        /// .. +<see cref="ContextSize"/>), started. The slice belongs to this object until Dispose.
        /// </summary>
        public Sha256(byte[] contextBuffer, int contextOffset)
        {
            BufferSegment.CheckOutput(contextBuffer, contextOffset, ContextSize);
            _context = contextBuffer;
            _contextOffset = contextOffset;
            Reset();
        }

        /// <summary>
        /// Writes the SHA-256 digest of <paramref name="data"/>[<paramref name="offset"/> .. +<paramref name="count"/>)
        /// to <paramref name="output"/>[<paramref name="outputOffset"/> .. +<see cref="HashSize"/>).
        /// </summary>
        public static void Hash(byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            BufferSegment.CheckInput(data, offset, count);
            BufferSegment.CheckOutput(output, outputOffset, HashSize);
            EncoException.ThrowIfFailed(EncoNative.Hash(
                EncoHashAlgorithm.Sha256, data, offset, count, output, outputOffset, output.Length - outputOffset));
        }

        /// <summary>Drops whatever was hashed so far and starts a new message.</summary>
        public void Reset()
        {
            EncoException.ThrowIfFailed(EncoNative.HashInit(EncoHashAlgorithm.Sha256, _context, _contextOffset, ContextSize));
        }

        /// <summary>Appends <paramref name="data"/>[<paramref name="offset"/> .. +<paramref name="count"/>) to the message.</summary>
        public void Update(byte[] data, int offset, int count)
        {
            BufferSegment.CheckInput(data, offset, count);
            EncoException.ThrowIfFailed(EncoNative.HashUpdate(_context, _contextOffset, ContextSize, data, offset, count));
        }

        /// <summary>
        /// Writes the digest of the message to <paramref name="output"/>[<paramref name="outputOffset"/> .. +<see cref="HashSize"/>)
        /// and starts a new message.
        /// </summary>
        public void Finish(byte[] output, int outputOffset)
        {
            BufferSegment.CheckOutput(output, outputOffset, HashSize);
            EncoException.ThrowIfFailed(EncoNative.HashFinal(
                _context, _contextOffset, ContextSize, output, outputOffset, output.Length - outputOffset));
            Reset();
        }

        /// <summary>
        /// Makes <paramref name="destination"/> continue from this hash's current state (a TLS
        /// transcript snapshot); both then go on independently.
        /// </summary>
        public void CopyTo(Sha256 destination)
        {
            if (destination == null)
            {
                throw new EncoException(EncoStatus.NullPointer);
            }

            EncoException.ThrowIfFailed(EncoNative.HashClone(
                destination._context, destination._contextOffset, ContextSize, _context, _contextOffset, ContextSize));
        }

        /// <summary>
        /// Ends the stream, giving back an accelerator it may hold, and wipes the context. Reset
        /// starts a new message on the same context.
        /// </summary>
        public void Dispose()
        {
            EncoException.ThrowIfFailed(EncoNative.HashFree(_context, _contextOffset, ContextSize));
        }
    }
}
