namespace Router.Tls.Client
{
    /// <summary>
    /// A view of the certificates of a TLS 1.3 Certificate message (RFC 8446 4.4.2) in the engine's handshake
    /// buffer: DER segments, the server's end-entity certificate first. Bounded to <see cref="MaxCertificates"/>;
    /// reused from one handshake message to the next, so it is only valid during the verifier's call.
    /// </summary>
    public sealed class TlsCertificateChain
    {
        /// <summary>Most certificates a server may send (leaf and intermediates; Router.Pki follows 8 per path).</summary>
        public const int MaxCertificates = 8;

        private readonly int[] _offsets = new int[MaxCertificates];
        private readonly int[] _lengths = new int[MaxCertificates];
        private byte[] _buffer;
        private int _count;

        /// <summary>The buffer holding every certificate.</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        public int Count
        {
            get { return _count; }
        }

        /// <summary>Where certificate <paramref name="index"/> (0: the leaf) starts in <see cref="Buffer"/>.</summary>
        public int Offset(int index)
        {
            return _offsets[index];
        }

        /// <summary>The DER length of certificate <paramref name="index"/>.</summary>
        public int Length(int index)
        {
            return _lengths[index];
        }

        /// <summary>A copy of certificate <paramref name="index"/>'s DER.</summary>
        public byte[] Copy(int index)
        {
            byte[] copy = new byte[_lengths[index]];
            System.Array.Copy(_buffer, _offsets[index], copy, 0, copy.Length);
            return copy;
        }

        internal void Reset(byte[] buffer)
        {
            _buffer = buffer;
            _count = 0;
        }

        /// <summary>Adds a certificate; false when the chain is full.</summary>
        internal bool Add(int offset, int length)
        {
            if (_count == MaxCertificates)
            {
                return false;
            }

            _offsets[_count] = offset;
            _lengths[_count] = length;
            _count++;
            return true;
        }

        /// <summary>Forgets the buffer (it holds the peer's handshake after the call).</summary>
        internal void Release()
        {
            _buffer = null;
            _count = 0;
        }
    }
}
