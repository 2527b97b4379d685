using Router.Core;
using Router.Pki.Der;

namespace Router.Pki.X509
{
    /// <summary>
    /// A SubjectPublicKeyInfo (RFC 5280 4.1.2.7) inside a buffer: the whole element (the form the
    /// ENCO engine takes, ENCO_KEY_FORMAT_PUBLIC_SPKI), the subjectPublicKey bits (hashed for a key
    /// identifier, RFC 5280 4.2.1.2), the key type and its size. RSA keys follow RFC 3279 2.3.1
    /// (parameters NULL, RSAPublicKey with a positive modulus); EC keys RFC 5480 2.1.1 (a named
    /// curve, an uncompressed point of the curve's size). Other algorithms and curves parse as
    /// <see cref="KeyAlgorithm.Unsupported"/>.
    /// </summary>
    public sealed class PublicKeyInfo
    {
        private readonly byte[] _buffer;
        private readonly DerElement _element;
        private readonly DerElement _key;
        private readonly int _algorithm;
        private readonly int _bits;

        private PublicKeyInfo(byte[] buffer, DerElement element, DerElement key, int algorithm, int bits)
        {
            _buffer = buffer;
            _element = element;
            _key = key;
            _algorithm = algorithm;
            _bits = bits;
        }

        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>The whole SubjectPublicKeyInfo element.</summary>
        public DerElement Element
        {
            get { return _element; }
        }

        /// <summary>The subjectPublicKey BIT STRING contents (without the unused-bits octet).</summary>
        public DerElement Key
        {
            get { return _key; }
        }

        /// <summary>One of <see cref="KeyAlgorithm"/>.</summary>
        public int Algorithm
        {
            get { return _algorithm; }
        }

        /// <summary>RSA modulus bits, or the curve size; 0 when unsupported.</summary>
        public int Bits
        {
            get { return _bits; }
        }

        /// <summary>Reads the next element of <paramref name="reader"/> as a SubjectPublicKeyInfo.</summary>
        public static PublicKeyInfo Read(DerReader reader)
        {
            byte[] buffer = reader.Buffer;
            DerElement element = reader.Read(DerTag.Sequence);
            DerReader info = reader.Open(element);

            DerReader identifier = info.Enter(DerTag.Sequence);
            DerElement oid = identifier.ReadObjectIdentifier();
            int algorithm = KeyAlgorithm.Unsupported;
            int curveBits = 0;
            if (Oid.Is(buffer, oid, KnownOids.RsaEncryption))
            {
                identifier.ReadNull();
                algorithm = KeyAlgorithm.Rsa;
            }
            else if (Oid.Is(buffer, oid, KnownOids.EcPublicKey))
            {
                // RFC 5480 2.1.1: namedCurve only; implicitCurve and specifiedCurve MUST NOT be used.
                DerElement curve = identifier.ReadObjectIdentifier();
                if (Oid.Is(buffer, curve, KnownOids.CurveP256))
                {
                    algorithm = KeyAlgorithm.EcP256;
                    curveBits = 256;
                }
                else if (Oid.Is(buffer, curve, KnownOids.CurveP384))
                {
                    algorithm = KeyAlgorithm.EcP384;
                    curveBits = 384;
                }
            }
            else if (identifier.HasMore)
            {
                identifier.ReadAny();
            }

            identifier.ExpectEnd();
            DerElement key = info.ReadBitStringOctets();
            info.ExpectEnd();

            int bits = 0;
            if (algorithm == KeyAlgorithm.Rsa)
            {
                bits = RsaModulusBits(buffer, key);
            }
            else if (algorithm != KeyAlgorithm.Unsupported)
            {
                // SEC 1 2.3.3: 0x04 || X || Y. Compressed points are refused by the engine.
                int coordinate = curveBits / 8;
                if (key.Length != 1 + 2 * coordinate || buffer[key.Offset] != 0x04)
                {
                    algorithm = KeyAlgorithm.Unsupported;
                }
                else
                {
                    bits = curveBits;
                }
            }

            return new PublicKeyInfo(buffer, element, key, algorithm, bits);
        }

        /// <summary>Whether two keys are the same (their SubjectPublicKeyInfo bytes are).</summary>
        public bool SameKeyAs(PublicKeyInfo other)
        {
            return other != null && Bytes.Equal(_buffer, _element.Start, _element.EncodedLength, other._buffer,
                other._element.Start, other._element.EncodedLength);
        }

        /// <summary>A copy of the whole SubjectPublicKeyInfo.</summary>
        public byte[] ToArray()
        {
            byte[] copy = new byte[_element.EncodedLength];
            System.Array.Copy(_buffer, _element.Start, copy, 0, copy.Length);
            return copy;
        }

        /// <summary>RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER } (RFC 3279 2.3.1).</summary>
        private static int RsaModulusBits(byte[] buffer, DerElement key)
        {
            DerReader rsa = new DerReader(buffer, key.Offset, key.Length).Enter(DerTag.Sequence);
            DerElement modulus = rsa.ReadInteger();
            DerElement exponent = rsa.ReadInteger();
            rsa.ExpectEnd();
            if ((buffer[modulus.Offset] & 0x80) != 0 || (buffer[exponent.Offset] & 0x80) != 0)
            {
                throw new MalformedInputException("negative RSA modulus or exponent");
            }

            int offset = modulus.Offset;
            int length = modulus.Length;
            if (buffer[offset] == 0 && length > 1)
            {
                offset++;
                length--;
            }

            int top = buffer[offset];
            int bits = (length - 1) * 8;
            while (top != 0)
            {
                bits++;
                top >>= 1;
            }

            return bits;
        }
    }
}
