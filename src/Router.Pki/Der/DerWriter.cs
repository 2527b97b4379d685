using System;
using System.Text;

namespace Router.Pki.Der
{
    /// <summary>
    /// Writes DER into a buffer of fixed capacity, front to back. A constructed element is
    /// opened with <see cref="Begin"/>, which reserves one length octet, and closed with
    /// <see cref="End"/>, which writes the length in its shortest form (X.690 10.1) and, when
    /// that needs more octets, moves the contents up with one Array.Copy. Exceeding the
    /// capacity is a sizing mistake of the caller and throws InvalidOperationException.
    /// </summary>
    public sealed class DerWriter
    {
        private readonly byte[] _buffer;
        private int _length;

        public DerWriter(int capacity)
        {
            _buffer = new byte[capacity];
        }

        public int Length
        {
            get { return _length; }
        }

        /// <summary>The buffer written so far starts at offset 0 of this array.</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>A copy of what has been written.</summary>
        public byte[] ToArray()
        {
            byte[] copy = new byte[_length];
            Array.Copy(_buffer, 0, copy, 0, _length);
            return copy;
        }

        /// <summary>Opens a constructed element; pass the returned mark to <see cref="End"/>.</summary>
        public int Begin(int tag)
        {
            Require(2);
            _buffer[_length++] = (byte)tag;
            int mark = _length;
            _buffer[_length++] = 0;
            return mark;
        }

        /// <summary>Closes the element opened at <paramref name="mark"/> and writes its length.</summary>
        public void End(int mark)
        {
            int contentStart = mark + 1;
            int contentLength = _length - contentStart;
            int extra = LengthOctets(contentLength) - 1;
            if (extra > 0)
            {
                Require(extra);
                Array.Copy(_buffer, contentStart, _buffer, contentStart + extra, contentLength);
                _length += extra;
            }

            WriteLengthAt(mark, contentLength);
        }

        /// <summary>Copies an element that is already DER (a Name, a SubjectPublicKeyInfo).</summary>
        public void WriteEncoded(byte[] source, int offset, int count)
        {
            Require(count);
            Array.Copy(source, offset, _buffer, _length, count);
            _length += count;
        }

        /// <summary>A primitive element with the given contents.</summary>
        public void WritePrimitive(int tag, byte[] contents, int offset, int count)
        {
            WriteHeader(tag, count);
            WriteEncoded(contents, offset, count);
        }

        /// <summary>An unsigned big-endian magnitude as a positive INTEGER (X.690 8.3).</summary>
        public void WriteUnsignedInteger(byte[] magnitude, int offset, int count)
        {
            while (count > 1 && magnitude[offset] == 0)
            {
                offset++;
                count--;
            }

            bool pad = count == 0 || (magnitude[offset] & 0x80) != 0;
            WriteHeader(DerTag.Integer, count == 0 ? 1 : count + (pad ? 1 : 0));
            if (count == 0)
            {
                WriteByte(0);
                return;
            }

            if (pad)
            {
                WriteByte(0);
            }

            WriteEncoded(magnitude, offset, count);
        }

        /// <summary>A non-negative INTEGER.</summary>
        public void WriteInteger(long value)
        {
            if (value < 0)
            {
                throw new ArgumentOutOfRangeException("value");
            }

            byte[] magnitude = new byte[8];
            for (int i = 7; i >= 0; i--)
            {
                magnitude[i] = (byte)value;
                value >>= 8;
            }

            WriteUnsignedInteger(magnitude, 0, 8);
        }

        public void WriteBoolean(bool value)
        {
            WriteHeader(DerTag.Boolean, 1);
            WriteByte(value ? 0xFF : 0x00);
        }

        public void WriteNull()
        {
            WriteHeader(DerTag.Null, 0);
        }

        public void WriteObjectIdentifier(byte[] oid)
        {
            WritePrimitive(DerTag.ObjectIdentifier, oid, 0, oid.Length);
        }

        public void WriteOctetString(byte[] contents, int offset, int count)
        {
            WritePrimitive(DerTag.OctetString, contents, offset, count);
        }

        /// <summary>A BIT STRING of whole octets (unused-bits octet 0).</summary>
        public void WriteBitString(byte[] contents, int offset, int count)
        {
            WriteHeader(DerTag.BitString, count + 1);
            WriteByte(0);
            WriteEncoded(contents, offset, count);
        }

        /// <summary>
        /// A named bit list (KeyUsage, RFC 5280 4.2.1.3): bit n of <paramref name="bits"/> is bit n
        /// of the ASN.1 definition; trailing zero bits are left out as X.690 11.2.2 requires.
        /// </summary>
        public void WriteNamedBits(int bits)
        {
            int highest = -1;
            for (int bit = 0; bit < 31; bit++)
            {
                if ((bits & (1 << bit)) != 0)
                {
                    highest = bit;
                }
            }

            int octets = (highest + 8) / 8;
            int unused = octets * 8 - (highest + 1);
            WriteHeader(DerTag.BitString, octets + 1);
            WriteByte(unused);
            for (int octet = 0; octet < octets; octet++)
            {
                int value = 0;
                for (int i = 0; i < 8; i++)
                {
                    if ((bits & (1 << (octet * 8 + i))) != 0)
                    {
                        value |= 0x80 >> i;
                    }
                }

                WriteByte(value);
            }
        }

        /// <summary>A string type (UTF8String, PrintableString, IA5String) of ASCII or UTF-8 text.</summary>
        public void WriteString(int tag, string text)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            WritePrimitive(tag, bytes, 0, bytes.Length);
        }

        /// <summary>A Time: UTCTime through 2049, GeneralizedTime after (RFC 5280 4.1.2.5).</summary>
        public void WriteTime(long seconds)
        {
            byte[] text = new byte[15];
            int length;
            int tag = DerTime.Format(seconds, text, 0, out length);
            WritePrimitive(tag, text, 0, length);
        }

        /// <summary>An identifier and a length in its shortest form; the caller writes the contents.</summary>
        public void WriteHeader(int tag, int length)
        {
            int octets = LengthOctets(length);
            Require(1 + octets);
            _buffer[_length++] = (byte)tag;
            WriteLengthAt(_length, length);
            _length += octets;
        }

        private void WriteByte(int value)
        {
            Require(1);
            _buffer[_length++] = (byte)value;
        }

        private void WriteLengthAt(int position, int length)
        {
            int octets = LengthOctets(length);
            if (octets == 1)
            {
                _buffer[position] = (byte)length;
                return;
            }

            _buffer[position] = (byte)(0x80 | (octets - 1));
            for (int i = octets - 1; i >= 1; i--)
            {
                _buffer[position + i] = (byte)length;
                length >>= 8;
            }
        }

        /// <summary>Octets of a length field: 1 below 128, else 1 + the octets of the value.</summary>
        private static int LengthOctets(int length)
        {
            if (length < 0x80)
            {
                return 1;
            }

            if (length <= 0xFF)
            {
                return 2;
            }

            return length <= 0xFFFF ? 3 : 4;
        }

        private void Require(int count)
        {
            if (_buffer.Length - _length < count)
            {
                throw new InvalidOperationException("DER writer capacity exceeded");
            }
        }
    }
}
