using System;

namespace Router.Enco.Channels
{
    /// <summary>
    /// One ENCO channel: preallocated room for the cipher contexts of one protected conversation,
    /// one "encode" (send) and one "decode" (receive) direction, each with a cipher slot (a block
    /// cipher or AEAD context) and a MAC slot (an HMAC context, or a hash context such as a TLS
    /// transcript). The slots are sized for the largest context the ENCO facades publish, so any
    /// algorithm fits without allocating:
    /// <code>
    /// [EncodeCipher | DecodeCipher | EncodeMac | DecodeMac]
    ///  CipherSlotSize CipherSlotSize MacSlotSize MacSlotSize
    /// </code>
    /// A TLS 1.3 connection uses the two cipher slots for its AEAD keys and a MAC slot for the
    /// transcript hash; an IPsec SA pair with CBC and HMAC uses all four. Pass
    /// <see cref="Contexts"/> and a slot offset to the facade constructors (e.g.
    /// <c>new Aead(algorithm, key, 0, 16, channel.Contexts, EncoChannel.EncodeCipherOffset)</c>).
    /// </summary>
    public sealed class EncoChannel
    {
        /// <summary>The larger of BlockCipher.ContextSize and Aead.ContextSize.</summary>
        public const int CipherSlotSize = BlockCipher.ContextSize > Aead.ContextSize ? BlockCipher.ContextSize : Aead.ContextSize;

        /// <summary>The larger of Hmac.ContextSize and the hash context size.</summary>
        public const int MacSlotSize = Hmac.ContextSize > EncoHashAlgorithm.ContextSize ? Hmac.ContextSize : EncoHashAlgorithm.ContextSize;

        public const int EncodeCipherOffset = 0;
        public const int DecodeCipherOffset = CipherSlotSize;
        public const int EncodeMacOffset = 2 * CipherSlotSize;
        public const int DecodeMacOffset = 2 * CipherSlotSize + MacSlotSize;

        /// <summary>Bytes of context buffer per channel.</summary>
        public const int ContextBufferSize = 2 * CipherSlotSize + 2 * MacSlotSize;

        private readonly int _index;
        private readonly byte[] _contexts = new byte[ContextBufferSize];
        private int _owner;
        private int _ownerId;

        internal EncoChannel(int index)
        {
            _index = index;
        }

        /// <summary>The channel's number in its pool, 0-based.</summary>
        public int Index
        {
            get { return _index; }
        }

        public bool IsAttached
        {
            get { return _owner != EncoChannelOwner.None; }
        }

        /// <summary>An <see cref="EncoChannelOwner"/> value; None while free.</summary>
        public int Owner
        {
            get { return _owner; }
        }

        /// <summary>The owner's own number (connection or SA identifier), for show enco.</summary>
        public int OwnerId
        {
            get { return _ownerId; }
        }

        /// <summary>The context buffer. Valid between attach and detach; zeroed at detach.</summary>
        public byte[] Contexts
        {
            get { return _contexts; }
        }

        internal void Attach(int owner, int ownerId)
        {
            _owner = owner;
            _ownerId = ownerId;
        }

        /// <summary>Zeroes the contexts (they hold expanded keys) and frees the channel.</summary>
        internal void Release()
        {
            Array.Clear(_contexts, 0, _contexts.Length);
            _owner = EncoChannelOwner.None;
            _ownerId = 0;
        }
    }
}
