using System;
using Router.Enco;

namespace Router.Tls
{
    /// <summary>
    /// AEAD protection of one direction of a connection (RFC 8446 section 5.2): key and IV from a traffic secret
    /// (7.3), a 64-bit sequence number, and the per-record nonce = IV XOR the sequence number padded to the IV's
    /// length (5.3). The context blob and nonce buffer are allocated once; sealing and opening allocate nothing.
    /// </summary>
    public sealed class RecordCipher
    {
        /// <summary>Bytes of the TLSCiphertext header, which is the AEAD's additional data (5.2).</summary>
        public const int HeaderSize = 5;

        private const int IvSize = 12;
        private const int MaxKey = 32;

        private readonly byte[] _context = new byte[Aead.ContextSize];
        private readonly byte[] _key = new byte[MaxKey];
        private readonly byte[] _iv = new byte[IvSize];
        private readonly byte[] _nonce = new byte[IvSize];
        private Aead _aead;
        private long _sequence;

        /// <summary>True once keys are installed.</summary>
        public bool IsActive
        {
            get { return _aead != null; }
        }

        /// <summary>The sequence number of the next record.</summary>
        public long Sequence
        {
            get { return _sequence; }
        }

        /// <summary>
        /// Installs [sender]_write_key = HKDF-Expand-Label(Secret, "key", "", key_length) and
        /// [sender]_write_iv = HKDF-Expand-Label(Secret, "iv", "", iv_length) (7.3); resets the sequence number.
        /// </summary>
        public void Install(KeySchedule schedule, int suite, byte[] trafficSecret)
        {
            Dispose();
            int keySize = CipherSuite.KeySize(suite);
            schedule.ExpandLabel(trafficSecret, KeySchedule.LabelKey, null, 0, 0, _key, 0, keySize);
            schedule.ExpandLabel(trafficSecret, KeySchedule.LabelIv, null, 0, 0, _iv, 0, IvSize);
            _aead = new Aead(CipherSuite.Aead(suite), _key, 0, keySize, _context, 0);
            Array.Clear(_key, 0, _key.Length);
            _sequence = 0;
        }

        /// <summary>The IV of the installed keys (tests compare it with RFC 8448).</summary>
        internal byte[] Iv
        {
            get { return _iv; }
        }

        /// <summary>
        /// Seals the TLSInnerPlaintext at <paramref name="record"/>[offset + 5 .. + innerCount) in place and writes
        /// the header (opaque_type 23, legacy_record_version 0x0303, length) at offset. Returns the record length.
        /// </summary>
        public int Seal(byte[] record, int offset, int innerCount)
        {
            int length = innerCount + Aead.TagSize;
            record[offset] = ContentType.ApplicationData;
            record[offset + 1] = 3;
            record[offset + 2] = 3;
            record[offset + 3] = (byte)(length >> 8);
            record[offset + 4] = (byte)length;
            MakeNonce();
            _aead.Seal(_nonce, 0, IvSize, record, offset, HeaderSize, record, offset + HeaderSize, innerCount, record, offset + HeaderSize);
            _sequence++;
            return HeaderSize + length;
        }

        /// <summary>
        /// Opens the record at <paramref name="record"/>[offset ..] (header included, length taken from it) in place.
        /// Returns the TLSInnerPlaintext length, or -1 when the tag does not verify (bad_record_mac).
        /// </summary>
        public int Open(byte[] record, int offset)
        {
            int length = (record[offset + 3] << 8) | record[offset + 4];
            if (length < Aead.TagSize)
            {
                return -1;
            }

            MakeNonce();
            if (!_aead.Open(_nonce, 0, IvSize, record, offset, HeaderSize, record, offset + HeaderSize, length, record, offset + HeaderSize))
            {
                return -1;
            }

            _sequence++;
            return length - Aead.TagSize;
        }

        /// <summary>Wipes the key schedule and IV.</summary>
        public void Dispose()
        {
            if (_aead != null)
            {
                _aead.Dispose();
                _aead = null;
            }

            Array.Clear(_iv, 0, _iv.Length);
            Array.Clear(_nonce, 0, _nonce.Length);
        }

        /// <summary>nonce = iv XOR (64-bit big-endian sequence number left-padded with zeros) (5.3).</summary>
        private void MakeNonce()
        {
            Array.Copy(_iv, 0, _nonce, 0, IvSize);
            long sequence = _sequence;
            for (int i = IvSize - 1; i >= IvSize - 8; i--)
            {
                _nonce[i] = (byte)(_nonce[i] ^ (byte)sequence);
                sequence >>= 8;
            }
        }
    }
}
