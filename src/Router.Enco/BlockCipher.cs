using System;

namespace Router.Enco
{
    /// <summary>
    /// AES, DES or 3DES in ECB, CBC or CTR (NIST SP 800-38A) on the ENCO engine, without padding.
    /// The key is expanded once into a context blob of <see cref="ContextSize"/> bytes (its own or a
    /// slice of a caller's buffer), so an ESP packet or a TLS record does not expand it again.
    /// Outputs may be the input or start before it in the same buffer. No call allocates.
    /// </summary>
    public sealed class BlockCipher : IDisposable
    {
        /// <summary>Bytes of context blob a keyed cipher needs (ENCO_CIPHER_CONTEXT_SIZE).</summary>
        public const int ContextSize = 800;

        private const int Decrypt = 0;
        private const int Encrypt = 1;

        private readonly int _blockSize;
        private readonly byte[] _context;
        private readonly int _contextOffset;

        /// <summary>A cipher keyed with the key segment, with its own context.</summary>
        public BlockCipher(int algorithm, byte[] key, int keyOffset, int keyCount)
            : this(algorithm, key, keyOffset, keyCount, new byte[ContextSize], 0)
        {
        }

        /// <summary>A cipher whose context is a slice of a caller's buffer.</summary>
        public BlockCipher(int algorithm, byte[] key, int keyOffset, int keyCount, byte[] contextBuffer, int contextOffset)
        {
            BufferSegment.CheckInput(key, keyOffset, keyCount);
            BufferSegment.CheckOutput(contextBuffer, contextOffset, ContextSize);
            _blockSize = EncoCipherAlgorithm.BlockSize(algorithm);
            _context = contextBuffer;
            _contextOffset = contextOffset;
            EncoException.ThrowIfFailed(EncoNative.CipherInit(algorithm, key, keyOffset, keyCount, contextBuffer, contextOffset, ContextSize));
        }

        /// <summary>Block size in bytes (16 for AES, 8 for DES and 3DES).</summary>
        public int BlockSize
        {
            get { return _blockSize; }
        }

        /// <summary>ECB-encrypts whole blocks.</summary>
        public void EncryptEcb(byte[] input, int inputOffset, int count, byte[] output, int outputOffset)
        {
            Crypt(EncoCipherAlgorithm.Ecb, Encrypt, null, 0, 0, input, inputOffset, count, output, outputOffset);
        }

        /// <summary>ECB-decrypts whole blocks.</summary>
        public void DecryptEcb(byte[] input, int inputOffset, int count, byte[] output, int outputOffset)
        {
            Crypt(EncoCipherAlgorithm.Ecb, Decrypt, null, 0, 0, input, inputOffset, count, output, outputOffset);
        }

        /// <summary>CBC-encrypts whole blocks with the one-block IV at <paramref name="ivOffset"/> (only read).</summary>
        public void EncryptCbc(byte[] iv, int ivOffset, byte[] input, int inputOffset, int count, byte[] output, int outputOffset)
        {
            Crypt(EncoCipherAlgorithm.Cbc, Encrypt, iv, ivOffset, _blockSize, input, inputOffset, count, output, outputOffset);
        }

        /// <summary>CBC-decrypts whole blocks with the one-block IV at <paramref name="ivOffset"/> (only read).</summary>
        public void DecryptCbc(byte[] iv, int ivOffset, byte[] input, int inputOffset, int count, byte[] output, int outputOffset)
        {
            Crypt(EncoCipherAlgorithm.Cbc, Decrypt, iv, ivOffset, _blockSize, input, inputOffset, count, output, outputOffset);
        }

        /// <summary>
        /// AES-CTR (encrypts and decrypts alike) from the 16-byte counter block at <paramref name="counterOffset"/>,
        /// counted up as one 128-bit big-endian number (SP 800-38A appendix B.1). The counter is only read.
        /// </summary>
        public void TransformCtr(byte[] counter, int counterOffset, byte[] input, int inputOffset, int count, byte[] output, int outputOffset)
        {
            Crypt(EncoCipherAlgorithm.Ctr, Encrypt, counter, counterOffset, 16, input, inputOffset, count, output, outputOffset);
        }

        private void Crypt(int mode, int direction, byte[] iv, int ivOffset, int ivCount,
            byte[] input, int inputOffset, int count, byte[] output, int outputOffset)
        {
            if (iv != null)
            {
                BufferSegment.CheckInput(iv, ivOffset, ivCount);
            }

            BufferSegment.CheckInput(input, inputOffset, count);
            BufferSegment.CheckOutput(output, outputOffset, count);
            EncoException.ThrowIfFailed(EncoNative.CipherCrypt(_context, _contextOffset, ContextSize, mode, direction,
                iv, ivOffset, ivCount, input, inputOffset, count, output, outputOffset, count));
        }

        /// <summary>Wipes the key schedules.</summary>
        public void Dispose()
        {
            EncoException.ThrowIfFailed(EncoNative.CipherFree(_context, _contextOffset, ContextSize));
        }
    }
}
