using Router.Core;

namespace Router.Pki.Der
{
    /// <summary>
    /// A strict reader of DER (X.690 section 10) over a segment of a caller's buffer. Every
    /// element is checked before it is returned: low-tag-number identifiers only, definite
    /// lengths in their shortest form (X.690 10.1), contents inside the enclosing element, and
    /// at most <see cref="MaxDepth"/> nested constructed elements. The typed reads add the DER
    /// canonical-form rules of their type. Anything else fails with
    /// <see cref="MalformedInputException"/>, the one error a parser of ours raises; a reader
    /// never reads outside its segment.
    /// <para>
    /// A reader walks one level: <see cref="Enter(int)"/> returns a child reader over the
    /// contents of a constructed element, and the parent has already moved past it.
    /// </para>
    /// </summary>
    public sealed class DerReader
    {
        /// <summary>Deepest nesting accepted; X.509 needs about 8 (a GeneralName in an extension in a certificate).</summary>
        public const int MaxDepth = 16;

        /// <summary>Largest length accepted: 3 length octets, far above any certificate or CRL we keep.</summary>
        public const int MaxLength = 0xFFFFFF;

        private readonly byte[] _buffer;
        private readonly int _end;
        private readonly int _depth;
        private int _position;

        /// <summary>A reader over <paramref name="buffer"/>[<paramref name="offset"/> .. +<paramref name="count"/>).</summary>
        public DerReader(byte[] buffer, int offset, int count)
            : this(buffer, offset, count, 0)
        {
        }

        private DerReader(byte[] buffer, int offset, int count, int depth)
        {
            if (buffer == null || offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new MalformedInputException("DER segment outside its buffer");
            }

            if (depth > MaxDepth)
            {
                throw new MalformedInputException("DER nesting too deep");
            }

            _buffer = buffer;
            _position = offset;
            _end = offset + count;
            _depth = depth;
        }

        public byte[] Buffer
        {
            get { return _buffer; }
        }

        public int Position
        {
            get { return _position; }
        }

        public int Depth
        {
            get { return _depth; }
        }

        public bool HasMore
        {
            get { return _position < _end; }
        }

        /// <summary>The identifier octet of the next element, or -1 at the end of the segment.</summary>
        public int PeekTag()
        {
            return _position < _end ? _buffer[_position] : -1;
        }

        /// <summary>Whether the next element has identifier <paramref name="tag"/>.</summary>
        public bool IsNext(int tag)
        {
            return PeekTag() == tag;
        }

        /// <summary>Fails unless every element of the segment has been read (X.690 8.1.1: no trailing bytes).</summary>
        public void ExpectEnd()
        {
            if (_position != _end)
            {
                throw new MalformedInputException("unexpected data after the last DER element");
            }
        }

        /// <summary>Reads the header of the next element, checks it and moves past its contents.</summary>
        public DerElement ReadAny()
        {
            int start = _position;
            int position = _position;
            if (position >= _end)
            {
                throw new MalformedInputException("DER element expected");
            }

            int tag = _buffer[position++];
            if ((tag & 0x1F) == 0x1F)
            {
                // X.690 8.1.2.4: high-tag-number form. No X.509 structure uses it.
                throw new MalformedInputException("DER high tag number");
            }

            if (position >= _end)
            {
                throw new MalformedInputException("DER length missing");
            }

            int first = _buffer[position++];
            int length;
            if (first < 0x80)
            {
                length = first;
            }
            else
            {
                int count = first & 0x7F;
                if (count == 0)
                {
                    // X.690 10.1: the indefinite form is not DER.
                    throw new MalformedInputException("DER indefinite length");
                }

                if (count > 3)
                {
                    throw new MalformedInputException("DER length too large");
                }

                if (_end - position < count)
                {
                    throw new MalformedInputException("DER length truncated");
                }

                if (_buffer[position] == 0)
                {
                    throw new MalformedInputException("DER length not minimal");
                }

                length = 0;
                for (int i = 0; i < count; i++)
                {
                    length = (length << 8) | _buffer[position++];
                }

                if (length < 0x80)
                {
                    // X.690 10.1: the long form for a length the short form holds.
                    throw new MalformedInputException("DER length not minimal");
                }
            }

            if (length > _end - position)
            {
                throw new MalformedInputException("DER element longer than its enclosing element");
            }

            _position = position + length;
            return new DerElement(tag, start, position, length);
        }

        /// <summary>Reads the next element, which must have identifier <paramref name="tag"/>.</summary>
        public DerElement Read(int tag)
        {
            if (PeekTag() != tag)
            {
                throw new MalformedInputException("unexpected DER tag");
            }

            return ReadAny();
        }

        /// <summary>Reads a constructed element with identifier <paramref name="tag"/> and returns a reader over its contents.</summary>
        public DerReader Enter(int tag)
        {
            if (!DerTag.IsConstructed(tag))
            {
                throw new MalformedInputException("DER element is not constructed");
            }

            DerElement element = Read(tag);
            return new DerReader(_buffer, element.Offset, element.Length, _depth + 1);
        }

        /// <summary>A reader over the contents of an element this reader (or its parent) returned.</summary>
        public DerReader Open(DerElement element)
        {
            if (element.Offset < 0 || element.Length < 0 || element.Offset > _buffer.Length - element.Length)
            {
                throw new MalformedInputException("DER element outside its buffer");
            }

            return new DerReader(_buffer, element.Offset, element.Length, _depth + 1);
        }

        /// <summary>
        /// INTEGER (X.690 8.3): at least one contents octet, and the first nine bits neither all
        /// zero nor all one (8.3.2), so every value has exactly one encoding. Returns the element;
        /// the value is the two's complement contents.
        /// </summary>
        public DerElement ReadInteger()
        {
            DerElement element = Read(DerTag.Integer);
            CheckIntegerContents(_buffer, element.Offset, element.Length);
            return element;
        }

        /// <summary>A non-negative INTEGER no larger than <paramref name="max"/> (at most int.MaxValue).</summary>
        public int ReadSmallInteger(int max)
        {
            DerElement element = ReadInteger();
            if ((_buffer[element.Offset] & 0x80) != 0)
            {
                throw new MalformedInputException("negative DER integer where a count is expected");
            }

            if (element.Length > 5 || (element.Length == 5 && _buffer[element.Offset] != 0))
            {
                throw new MalformedInputException("DER integer too large");
            }

            long value = 0;
            for (int i = 0; i < element.Length; i++)
            {
                value = (value << 8) | _buffer[element.Offset + i];
            }

            if (value > max)
            {
                throw new MalformedInputException("DER integer out of range");
            }

            return (int)value;
        }

        /// <summary>BOOLEAN: one octet, 0x00 or 0xFF in DER (X.690 11.1).</summary>
        public bool ReadBoolean()
        {
            DerElement element = Read(DerTag.Boolean);
            if (element.Length != 1)
            {
                throw new MalformedInputException("DER boolean length");
            }

            int value = _buffer[element.Offset];
            if (value != 0x00 && value != 0xFF)
            {
                throw new MalformedInputException("DER boolean not 0x00 or 0xFF");
            }

            return value == 0xFF;
        }

        /// <summary>NULL: no contents (X.690 8.8.2).</summary>
        public void ReadNull()
        {
            DerElement element = Read(DerTag.Null);
            if (element.Length != 0)
            {
                throw new MalformedInputException("DER null with contents");
            }
        }

        /// <summary>
        /// OBJECT IDENTIFIER (X.690 8.19): at least one octet, every subidentifier in its shortest
        /// form (no leading 0x80 octet, 8.19.2) and the last octet ending a subidentifier.
        /// </summary>
        public DerElement ReadObjectIdentifier()
        {
            DerElement element = Read(DerTag.ObjectIdentifier);
            Oid.CheckContents(_buffer, element.Offset, element.Length);
            return element;
        }

        /// <summary>
        /// A BIT STRING whose length is a whole number of octets (the signature and the
        /// subjectPublicKey, RFC 5280 4.1.1.3 and 4.1.2.7). Returns the element without the
        /// leading unused-bits octet, which must be 0.
        /// </summary>
        public DerElement ReadBitStringOctets()
        {
            DerElement element = Read(DerTag.BitString);
            if (element.Length < 1 || _buffer[element.Offset] != 0)
            {
                throw new MalformedInputException("DER bit string is not a whole number of octets");
            }

            return new DerElement(element.Tag, element.Start, element.Offset + 1, element.Length - 1);
        }

        /// <summary>
        /// A named bit list such as KeyUsage (RFC 5280 4.2.1.3), returned with bit n of the ASN.1
        /// definition as bit n of the result (bit 0 = the first, most significant bit sent).
        /// DER: unused bits are zero (X.690 11.2.1) and trailing zero bits are removed (11.2.2).
        /// Only the first <paramref name="maxBits"/> bits (at most 31) may be set.
        /// </summary>
        public int ReadNamedBits(int maxBits)
        {
            DerElement element = Read(DerTag.BitString);
            if (element.Length < 1)
            {
                throw new MalformedInputException("DER bit string without its unused-bits octet");
            }

            int unused = _buffer[element.Offset];
            int octets = element.Length - 1;
            if (unused > 7 || (octets == 0 && unused != 0))
            {
                throw new MalformedInputException("DER bit string unused-bits count");
            }

            if (octets == 0)
            {
                return 0;
            }

            int last = _buffer[element.Offset + octets];
            if ((last & ((1 << unused) - 1)) != 0)
            {
                throw new MalformedInputException("DER bit string with set unused bits");
            }

            if ((last & (1 << unused)) == 0)
            {
                throw new MalformedInputException("DER named bit list with trailing zero bits");
            }

            int bitCount = octets * 8 - unused;
            if (bitCount > maxBits || maxBits > 31)
            {
                throw new MalformedInputException("DER named bit list too long");
            }

            int result = 0;
            for (int bit = 0; bit < bitCount; bit++)
            {
                int octet = _buffer[element.Offset + 1 + (bit >> 3)];
                if ((octet & (0x80 >> (bit & 7))) != 0)
                {
                    result |= 1 << bit;
                }
            }

            return result;
        }

        /// <summary>OCTET STRING (primitive in DER, X.690 10.2).</summary>
        public DerElement ReadOctetString()
        {
            return Read(DerTag.OctetString);
        }

        /// <summary>Time ::= CHOICE { utcTime, generalTime } (RFC 5280 4.1.2.5), as seconds since 1970.</summary>
        public long ReadTime()
        {
            int tag = PeekTag();
            if (tag != DerTag.UtcTime && tag != DerTag.GeneralizedTime)
            {
                throw new MalformedInputException("DER time expected");
            }

            DerElement element = ReadAny();
            return DerTime.Parse(_buffer, element);
        }

        /// <summary>Whether the next element is a Time (used for the optional nextUpdate of a CRL).</summary>
        public bool IsTimeNext()
        {
            int tag = PeekTag();
            return tag == DerTag.UtcTime || tag == DerTag.GeneralizedTime;
        }

        /// <summary>The X.690 8.3.2 checks on INTEGER contents, for integers found elsewhere.</summary>
        public static void CheckIntegerContents(byte[] buffer, int offset, int length)
        {
            if (length < 1)
            {
                throw new MalformedInputException("DER integer without contents");
            }

            if (length > 1)
            {
                int first = buffer[offset];
                int second = buffer[offset + 1] & 0x80;
                if ((first == 0x00 && second == 0) || (first == 0xFF && second != 0))
                {
                    throw new MalformedInputException("DER integer not minimal");
                }
            }
        }
    }
}
