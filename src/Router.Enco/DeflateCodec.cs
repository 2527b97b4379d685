namespace Router.Enco
{
    /// <summary>
    /// Raw DEFLATE (RFC 1951) of one buffer on the ENCO engine, for IPComp (RFC 3173, RFC 2394). The
    /// engine keeps the compressor's state in workspaces this object allocates once, sized by the engine
    /// for the board; calls allocate nothing. One instance serves one thread at a time.
    /// </summary>
    public sealed class DeflateCodec
    {
        /// <summary>What <see cref="Compress"/> returns when the data does not fit (IPComp sends it uncompressed).</summary>
        public const int DidNotFit = -1;

        private const int CompressOperation = 1;
        private const int DecompressOperation = 2;

        private readonly byte[] _compressWorkspace;
        private readonly byte[] _decompressWorkspace;

        /// <summary>A codec that can compress when <paramref name="compress"/> is true and always decompress.</summary>
        public DeflateCodec(bool compress)
        {
            _compressWorkspace = compress ? new byte[WorkspaceSize(CompressOperation)] : null;
            _decompressWorkspace = new byte[WorkspaceSize(DecompressOperation)];
        }

        private static int WorkspaceSize(int operation)
        {
            int size = EncoNative.DeflateWorkspaceSize(operation);
            if (size < 0)
            {
                throw new EncoException(size);
            }

            return size;
        }

        /// <summary>
        /// Compresses the input segment at <paramref name="level"/> 1..9 into at most <paramref name="outputCount"/>
        /// bytes. Returns the compressed length, or <see cref="DidNotFit"/>.
        /// </summary>
        public int Compress(int level, byte[] input, int offset, int count, byte[] output, int outputOffset, int outputCount)
        {
            if (_compressWorkspace == null)
            {
                throw new EncoException(EncoStatus.Unsupported);
            }

            BufferSegment.CheckInput(input, offset, count);
            BufferSegment.CheckInput(output, outputOffset, outputCount);
            int result = EncoNative.Deflate(level, input, offset, count, output, outputOffset, outputCount,
                _compressWorkspace, 0, _compressWorkspace.Length);
            if (result == EncoStatus.Limit)
            {
                return DidNotFit;
            }

            EncoException.ThrowIfFailed(result < 0 ? result : EncoStatus.Ok);
            return result;
        }

        /// <summary>
        /// Decompresses one complete DEFLATE stream into at most <paramref name="outputCount"/> bytes and returns
        /// the length. More output than that (a decompression bomb) throws Limit; a corrupt stream, BadData.
        /// </summary>
        public int Decompress(byte[] input, int offset, int count, byte[] output, int outputOffset, int outputCount)
        {
            BufferSegment.CheckInput(input, offset, count);
            BufferSegment.CheckInput(output, outputOffset, outputCount);
            int result = EncoNative.Inflate(input, offset, count, output, outputOffset, outputCount,
                _decompressWorkspace, 0, _decompressWorkspace.Length);
            EncoException.ThrowIfFailed(result < 0 ? result : EncoStatus.Ok);
            return result;
        }
    }
}
