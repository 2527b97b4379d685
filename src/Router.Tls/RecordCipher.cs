using System;
using Router.Enco;

namespace Router.Tls
{
    /// <summary>
    /// AEAD protection of one direction of a connection (RFC 8446 section 5.2): key and IV from a traffic secret
    /// (7.3), a 64-bit sequence number, and the per-record nonce = IV XOR the sequence number padded to the IV's
    /// length (5.3). TLS 1.2 records (RFC 5246 6.2.3.3) with their own nonce and additional data are sealed and
    /// opened by the *Tls12 methods. The context blob and nonce buffer are allocated once; sealing and opening
    /// allocate nothing.
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
        private readonly byte[] _aad = new byte[13];
        private Aead _aead;
        private long _sequence;
        private bool _explicitNonce;

        /// <summary>Bytes of a TLS 1.2 AES-GCM record's explicit nonce (RFC 5288 3); ChaCha20-Poly1305 has none (RFC 7905 2).</summary>
        public const int ExplicitNonceSize = 8;

        /// <summary>Bytes between a TLS 1.2 record's header and its ciphertext: the explicit nonce, or 0.</summary>
        public int Tls12Prefix
        {
            get { return _explicitNonce ? ExplicitNonceSize : 0; }
        }

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

        /// <summary>
        /// Installs TLS 1.2 keys from a key block (RFC 5246 6.3): the write key at <paramref name="keyOffset"/> and the
        /// write IV at <paramref name="ivOffset"/>: a 4-byte salt for AES-GCM (RFC 5288 3), 12 bytes for
        /// ChaCha20-Poly1305 (RFC 7905 2). Resets the sequence number.
        /// </summary>
        public void InstallTls12(int suite, byte[] keyBlock, int keyOffset, int ivOffset)
        {
            Dispose();
            int keySize = CipherSuite.KeySize(suite);
            _explicitNonce = CipherSuite.Aead(suite) == EncoAeadAlgorithm.AesGcm;
            Array.Copy(keyBlock, ivOffset, _iv, 0, _explicitNonce ? 4 : IvSize);
            _aead = new Aead(CipherSuite.Aead(suite), keyBlock, keyOffset, keySize, _context, 0);
            _sequence = 0;
        }

        /// <summary>The key block bytes of one direction's IV for a TLS 1.2 suite (RFC 5288 3, RFC 7905 2).</summary>
        public static int Tls12IvSize(int suite)
        {
            return CipherSuite.Aead(suite) == EncoAeadAlgorithm.AesGcm ? 4 : IvSize;
        }

        /// <summary>
        /// Seals a TLS 1.2 record in place (RFC 5246 6.2.3.3): the plaintext is at offset + 5 + <see cref="Tls12Prefix"/>;
        /// writes the header with <paramref name="type"/> and the explicit nonce; returns the record length.
        /// additional_data = seq_num || type || version || length (6.2.3.3).
        /// </summary>
        public int SealTls12(byte[] record, int offset, int type, int plaintextCount)
        {
            int prefix = Tls12Prefix;
            int length = prefix + plaintextCount + Aead.TagSize;
            record[offset] = (byte)type;
            record[offset + 1] = 3;
            record[offset + 2] = 3;
            record[offset + 3] = (byte)(length >> 8);
            record[offset + 4] = (byte)length;
            MakeTls12Nonce(null, 0);
            if (_explicitNonce)
            {
                Array.Copy(_nonce, 4, record, offset + HeaderSize, ExplicitNonceSize);
            }

            MakeAad(type, plaintextCount);
            int at = offset + HeaderSize + prefix;
            _aead.Seal(_nonce, 0, IvSize, _aad, 0, _aad.Length, record, at, plaintextCount, record, at);
            _sequence++;
            return HeaderSize + length;
        }

        /// <summary>
        /// Opens the TLS 1.2 record at <paramref name="record"/>[offset ..] in place; the plaintext is then at
        /// offset + 5 + <see cref="Tls12Prefix"/>. Returns its length, or -1 when the record does not verify.
        /// </summary>
        public int OpenTls12(byte[] record, int offset)
        {
            int length = (record[offset + 3] << 8) | record[offset + 4];
            int prefix = Tls12Prefix;
            int plaintextCount = length - prefix - Aead.TagSize;
            if (plaintextCount < 0)
            {
                return -1;
            }

            MakeTls12Nonce(record, offset + HeaderSize);
            MakeAad(record[offset], plaintextCount);
            int at = offset + HeaderSize + prefix;
            if (!_aead.Open(_nonce, 0, IvSize, _aad, 0, _aad.Length, record, at, plaintextCount + Aead.TagSize, record, at))
            {
                return -1;
            }

            _sequence++;
            return plaintextCount;
        }

        /// <summary>Bytes of this direction's arrays: the AEAD context, key, IV, nonce and additional data.</summary>
        internal int StateBytes
        {
            get { return _context.Length + _key.Length + _iv.Length + _nonce.Length + _aad.Length; }
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
            Array.Clear(_aad, 0, _aad.Length);
            _explicitNonce = false;
        }

        /// <summary>
        /// AES-GCM: salt || explicit nonce, the sequence number when sealing or the record's when opening (RFC 5288 3);
        /// ChaCha20-Poly1305: as TLS 1.3 (RFC 7905 2).
        /// </summary>
        private void MakeTls12Nonce(byte[] record, int explicitOffset)
        {
            if (!_explicitNonce)
            {
                MakeNonce();
                return;
            }

            Array.Copy(_iv, 0, _nonce, 0, 4);
            if (record != null)
            {
                Array.Copy(record, explicitOffset, _nonce, 4, ExplicitNonceSize);
                return;
            }

            long sequence = _sequence;
            for (int i = IvSize - 1; i >= 4; i--)
            {
                _nonce[i] = (byte)sequence;
                sequence >>= 8;
            }
        }

        private void MakeAad(int type, int plaintextCount)
        {
            long sequence = _sequence;
            for (int i = 7; i >= 0; i--)
            {
                _aad[i] = (byte)sequence;
                sequence >>= 8;
            }

            _aad[8] = (byte)type;
            _aad[9] = 3;
            _aad[10] = 3;
            _aad[11] = (byte)(plaintextCount >> 8);
            _aad[12] = (byte)plaintextCount;
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
