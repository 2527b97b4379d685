using System;

namespace Router.Enco
{
    /// <summary>
    /// SHA-256 (FIPS 180-4) on the ENCO engine: <see cref="EncoHash"/> fixed to SHA-256, for the
    /// many callers that only ever want this one (TLS transcripts, PKI fingerprints, tests).
    /// No call allocates; refusals raise <see cref="EncoException"/>. As for any
    /// <see cref="EncoHash"/>: dispose a stream abandoned before <see cref="Finish"/> (on the ESP32
    /// it may hold the SHA accelerator), and fork a live stream with <see cref="CopyTo"/>, never
    /// with Array.Copy.
    /// </summary>
    public sealed class Sha256 : IDisposable
    {
        /// <summary>Digest size in bytes.</summary>
        public const int HashSize = 32;

        /// <summary>Bytes of context blob an incremental hash needs.</summary>
        public const int ContextSize = EncoHash.ContextSize;

        private readonly EncoHash _hash;

        /// <summary>An incremental hash with its own context blob, started.</summary>
        public Sha256()
        {
            _hash = new EncoHash(EncoHashAlgorithm.Sha256);
        }

        /// <summary>An incremental hash whose context is a slice of a caller's buffer, started.</summary>
        public Sha256(byte[] contextBuffer, int contextOffset)
        {
            _hash = new EncoHash(EncoHashAlgorithm.Sha256, contextBuffer, contextOffset);
        }

        /// <summary>Writes the digest of the segment to <paramref name="output"/> at <paramref name="outputOffset"/>.</summary>
        public static void Hash(byte[] data, int offset, int count, byte[] output, int outputOffset)
        {
            EncoHash.Hash(EncoHashAlgorithm.Sha256, data, offset, count, output, outputOffset);
        }

        /// <summary>Drops whatever was hashed so far and starts a new message.</summary>
        public void Reset()
        {
            _hash.Reset();
        }

        /// <summary>Appends a segment to the message.</summary>
        public void Update(byte[] data, int offset, int count)
        {
            _hash.Update(data, offset, count);
        }

        /// <summary>Writes the digest of the message and starts a new message.</summary>
        public void Finish(byte[] output, int outputOffset)
        {
            _hash.Finish(output, outputOffset);
        }

        /// <summary>Makes <paramref name="destination"/> continue from this hash's state.</summary>
        public void CopyTo(Sha256 destination)
        {
            if (destination == null)
            {
                throw new EncoException(EncoStatus.NullPointer);
            }

            _hash.CopyTo(destination._hash);
        }

        /// <summary>Ends the stream (gives back an accelerator it may hold) and wipes the context.</summary>
        public void Dispose()
        {
            _hash.Dispose();
        }
    }
}
