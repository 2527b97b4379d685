using System;
using Router.Enco;

namespace Router.Tls
{
    /// <summary>
    /// The TLS 1.3 key schedule (RFC 8446 section 7.1) for one connection, on the ENCO engine's HKDF:
    /// Early Secret (no PSK) -> Handshake Secret (with the (EC)DHE secret) -> Master Secret, and the
    /// traffic secrets derived from them with the transcript hash. Secrets live in fixed buffers of
    /// <see cref="EncoHashAlgorithm.MaxDigestSize"/> bytes and are wiped by <see cref="Clear"/>.
    /// </summary>
    public sealed class KeySchedule
    {
        private const int MaxHash = 48;
        private const int MaxLabel = 2 + 1 + 255 + 1 + 255;

        private static readonly byte[] Tls13Prefix = Ascii("tls13 ");

        public static readonly byte[] LabelDerived = Ascii("derived");
        public static readonly byte[] LabelClientHandshake = Ascii("c hs traffic");
        public static readonly byte[] LabelServerHandshake = Ascii("s hs traffic");
        public static readonly byte[] LabelClientApplication = Ascii("c ap traffic");
        public static readonly byte[] LabelServerApplication = Ascii("s ap traffic");
        public static readonly byte[] LabelFinished = Ascii("finished");
        public static readonly byte[] LabelKey = Ascii("key");
        public static readonly byte[] LabelIv = Ascii("iv");
        public static readonly byte[] LabelTrafficUpdate = Ascii("traffic upd");
        public static readonly byte[] LabelResumptionBinder = Ascii("res binder");
        public static readonly byte[] LabelResumptionMaster = Ascii("res master");
        public static readonly byte[] LabelResumption = Ascii("resumption");

        private readonly byte[] _label = new byte[MaxLabel];
        private readonly byte[] _secret = new byte[MaxHash];
        private readonly byte[] _derived = new byte[MaxHash];
        private readonly byte[] _zeros = new byte[MaxHash];
        private readonly byte[] _emptyHash = new byte[MaxHash];
        private int _hash;
        private int _hashSize;

        /// <summary>The suite's hash (an <see cref="EncoHashAlgorithm"/>); set by <see cref="Start"/>.</summary>
        public int HashAlgorithm
        {
            get { return _hash; }
        }

        /// <summary>Hash.length of the suite.</summary>
        public int HashSize
        {
            get { return _hashSize; }
        }

        /// <summary>
        /// The current stage secret (Handshake Secret after <see cref="EnterHandshake"/>, Master Secret after
        /// <see cref="EnterMaster"/>); exposed for the RFC 8448 test.
        /// </summary>
        public byte[] Secret
        {
            get { return _secret; }
        }

        /// <summary>Starts with the suite's hash: Early Secret = HKDF-Extract(0, 0) without a PSK (7.1).</summary>
        public void Start(int hashAlgorithm)
        {
            _hash = hashAlgorithm;
            _hashSize = EncoHashAlgorithm.DigestSize(hashAlgorithm);
            EncoHash.Hash(_hash, _zeros, 0, 0, _emptyHash, 0);
            Hkdf.Extract(_hash, _zeros, 0, 0, _zeros, 0, _hashSize, _secret, 0);
        }

        /// <summary>Starts from a resumption PSK: Early Secret = HKDF-Extract(0, PSK) (7.1).</summary>
        public void StartWithPsk(int hashAlgorithm, byte[] psk, int offset, int count)
        {
            Start(hashAlgorithm);
            Hkdf.Extract(_hash, _zeros, 0, 0, psk, offset, count, _secret, 0);
        }

        /// <summary>binder_key = Derive-Secret(Early Secret, "res binder", "") (7.1).</summary>
        public void DeriveBinderKey(byte[] output, int outputOffset)
        {
            ExpandLabel(_secret, LabelResumptionBinder, _emptyHash, 0, _hashSize, output, outputOffset, _hashSize);
        }

        /// <summary>Handshake Secret = HKDF-Extract(Derive-Secret(Early Secret, "derived", ""), (EC)DHE) (7.1).</summary>
        public void EnterHandshake(byte[] sharedSecret, int offset, int count)
        {
            ExpandLabel(_secret, LabelDerived, _emptyHash, 0, _hashSize, _derived, 0, _hashSize);
            Hkdf.Extract(_hash, _derived, 0, _hashSize, sharedSecret, offset, count, _secret, 0);
            Array.Clear(_derived, 0, _derived.Length);
        }

        /// <summary>Master Secret = HKDF-Extract(Derive-Secret(Handshake Secret, "derived", ""), 0) (7.1).</summary>
        public void EnterMaster()
        {
            ExpandLabel(_secret, LabelDerived, _emptyHash, 0, _hashSize, _derived, 0, _hashSize);
            Hkdf.Extract(_hash, _derived, 0, _hashSize, _zeros, 0, _hashSize, _secret, 0);
            Array.Clear(_derived, 0, _derived.Length);
        }

        /// <summary>Derive-Secret(current secret, label, Messages) with the transcript hash already computed (7.1).</summary>
        public void DeriveSecret(byte[] label, byte[] transcriptHash, int hashOffset, byte[] output, int outputOffset)
        {
            ExpandLabel(_secret, label, transcriptHash, hashOffset, _hashSize, output, outputOffset, _hashSize);
        }

        /// <summary>
        /// HKDF-Expand-Label(Secret, Label, Context, Length) = HKDF-Expand(Secret, HkdfLabel, Length) with
        /// HkdfLabel = uint16 length || opaque label&lt;7..255&gt; = "tls13 " + Label || opaque context&lt;0..255&gt; (7.1).
        /// The secret is the first Hash.length bytes of <paramref name="secret"/>.
        /// </summary>
        public void ExpandLabel(byte[] secret, byte[] label, byte[] context, int contextOffset, int contextCount,
            byte[] output, int outputOffset, int length)
        {
            int at = 0;
            _label[at++] = (byte)(length >> 8);
            _label[at++] = (byte)length;
            _label[at++] = (byte)(Tls13Prefix.Length + label.Length);
            Array.Copy(Tls13Prefix, 0, _label, at, Tls13Prefix.Length);
            at += Tls13Prefix.Length;
            Array.Copy(label, 0, _label, at, label.Length);
            at += label.Length;
            _label[at++] = (byte)contextCount;
            if (contextCount > 0)
            {
                Array.Copy(context, contextOffset, _label, at, contextCount);
                at += contextCount;
            }

            Hkdf.Expand(_hash, secret, 0, _hashSize, _label, 0, at, output, outputOffset, length);
        }

        /// <summary>Wipes every secret (DESIGN rule 6).</summary>
        public void Clear()
        {
            Array.Clear(_secret, 0, _secret.Length);
            Array.Clear(_derived, 0, _derived.Length);
            Array.Clear(_label, 0, _label.Length);
        }

        internal static byte[] Ascii(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }
    }
}
