using System.Text;
using Router.Core;
using Router.Pki.Der;

namespace Router.Pki.X509
{
    /// <summary>
    /// A Name (RFC 5280 4.1.2.4): SEQUENCE OF RelativeDistinguishedName, each a SET of one or
    /// more AttributeTypeAndValue. Kept as the element in its buffer plus the list of its
    /// attributes, in the order of the encoding (most significant first, e.g. C, O, CN).
    /// </summary>
    public sealed class DistinguishedName
    {
        /// <summary>Most attributes accepted in one name; real names have under 10.</summary>
        public const int MaxAttributes = 24;

        private readonly byte[] _buffer;
        private readonly DerElement _element;
        private readonly NameAttribute[] _attributes;
        private readonly int _rdnCount;

        private DistinguishedName(byte[] buffer, DerElement element, NameAttribute[] attributes, int rdnCount)
        {
            _buffer = buffer;
            _element = element;
            _attributes = attributes;
            _rdnCount = rdnCount;
        }

        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>The whole Name element (to copy it into a certificate, or compare bytes).</summary>
        public DerElement Element
        {
            get { return _element; }
        }

        public int AttributeCount
        {
            get { return _attributes.Length; }
        }

        public int RdnCount
        {
            get { return _rdnCount; }
        }

        public bool IsEmpty
        {
            get { return _attributes.Length == 0; }
        }

        public NameAttribute GetAttribute(int index)
        {
            return _attributes[index];
        }

        /// <summary>Reads the next element of <paramref name="reader"/> as a Name.</summary>
        public static DistinguishedName Read(DerReader reader)
        {
            byte[] buffer = reader.Buffer;
            DerElement element = reader.Read(DerTag.Sequence);
            DerReader rdns = reader.Open(element);
            NameAttribute[] found = new NameAttribute[MaxAttributes];
            int count = 0;
            int rdn = 0;
            while (rdns.HasMore)
            {
                DerReader set = rdns.Enter(DerTag.Set);
                if (!set.HasMore)
                {
                    throw new MalformedInputException("empty relative distinguished name");
                }

                while (set.HasMore)
                {
                    if (count == MaxAttributes)
                    {
                        throw new MalformedInputException("too many name attributes");
                    }

                    DerReader pair = set.Enter(DerTag.Sequence);
                    DerElement type = pair.ReadObjectIdentifier();
                    DerElement value = pair.ReadAny();
                    pair.ExpectEnd();
                    found[count++] = new NameAttribute(buffer, type, value, rdn);
                }

                rdn++;
            }

            NameAttribute[] attributes = new NameAttribute[count];
            System.Array.Copy(found, attributes, count);
            return new DistinguishedName(buffer, element, attributes, rdn);
        }

        /// <summary>Parses a whole buffer segment that holds exactly one Name.</summary>
        public static DistinguishedName Parse(byte[] buffer, int offset, int count)
        {
            DerReader reader = new DerReader(buffer, offset, count);
            DistinguishedName name = Read(reader);
            reader.ExpectEnd();
            return name;
        }

        /// <summary>The last value of a type (the most specific CN), or null.</summary>
        public string Find(byte[] typeOid)
        {
            for (int i = _attributes.Length - 1; i >= 0; i--)
            {
                if (_attributes[i].IsType(typeOid))
                {
                    return _attributes[i].ValueText;
                }
            }

            return null;
        }

        public string CommonName
        {
            get { return Find(KnownOids.CommonName); }
        }

        /// <summary>"C=us, O=x, CN=name": encoding order, as the IPsec certificate view of 002 prints it.</summary>
        public string ToText()
        {
            if (_attributes.Length == 0)
            {
                return "(empty)";
            }

            StringBuilder text = new StringBuilder(64);
            for (int i = 0; i < _attributes.Length; i++)
            {
                if (i > 0)
                {
                    text.Append(_attributes[i].Rdn == _attributes[i - 1].Rdn ? " + " : ", ");
                }

                text.Append(_attributes[i].TypeName).Append('=').Append(_attributes[i].ValueText);
            }

            return text.ToString();
        }

        /// <summary>
        /// Name matching for chaining (RFC 5280 7.1): equal when the encodings are identical;
        /// otherwise the same RDN structure and attribute types, with string values compared
        /// after removing leading and trailing spaces, folding inner runs of spaces and ASCII
        /// case (a simplified LDAP StringPrep: non-ASCII octets must be identical). Other
        /// values must be identical encodings.
        /// </summary>
        public bool Matches(DistinguishedName other)
        {
            if (other == null)
            {
                return false;
            }

            if (Bytes.Equal(_buffer, _element.Start, _element.EncodedLength, other._buffer, other._element.Start, other._element.EncodedLength))
            {
                return true;
            }

            if (_attributes.Length != other._attributes.Length || _rdnCount != other._rdnCount)
            {
                return false;
            }

            for (int i = 0; i < _attributes.Length; i++)
            {
                NameAttribute mine = _attributes[i];
                NameAttribute theirs = other._attributes[i];
                if (mine.Rdn != theirs.Rdn
                    || !Bytes.Equal(_buffer, mine.Type.Offset, mine.Type.Length, other._buffer, theirs.Type.Offset, theirs.Type.Length)
                    || !SameValue(mine, theirs))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool SameValue(NameAttribute mine, NameAttribute theirs)
        {
            DerElement a = mine.Value;
            DerElement b = theirs.Value;
            bool aFoldable = IsFoldable(a.Tag);
            bool bFoldable = IsFoldable(b.Tag);
            if (!aFoldable || !bFoldable)
            {
                return a.Tag == b.Tag && Bytes.Equal(mine.Buffer, a.Offset, a.Length, theirs.Buffer, b.Offset, b.Length);
            }

            int i = SkipSpaces(mine.Buffer, a.Offset, a.End);
            int j = SkipSpaces(theirs.Buffer, b.Offset, b.End);
            while (true)
            {
                bool endA = i == a.End;
                bool endB = j == b.End;
                if (endA || endB)
                {
                    return endA && endB;
                }

                int ca = mine.Buffer[i];
                int cb = theirs.Buffer[j];
                if (ca == ' ' && cb == ' ')
                {
                    i = SkipSpaces(mine.Buffer, i, a.End);
                    j = SkipSpaces(theirs.Buffer, j, b.End);
                    continue;
                }

                if (Fold(ca) != Fold(cb))
                {
                    return false;
                }

                i++;
                j++;
                if (i < a.End && mine.Buffer[i] == ' ' && SkipSpaces(mine.Buffer, i, a.End) == a.End)
                {
                    i = a.End;
                }

                if (j < b.End && theirs.Buffer[j] == ' ' && SkipSpaces(theirs.Buffer, j, b.End) == b.End)
                {
                    j = b.End;
                }
            }
        }

        /// <summary>The 8-bit-compatible string types whose values may differ only in case and spaces.</summary>
        private static bool IsFoldable(int tag)
        {
            return tag == DerTag.Utf8String || tag == DerTag.PrintableString || tag == DerTag.Ia5String
                || tag == DerTag.TeletexString || tag == DerTag.VisibleString;
        }

        private static int SkipSpaces(byte[] buffer, int position, int end)
        {
            while (position < end && buffer[position] == ' ')
            {
                position++;
            }

            return position;
        }

        private static int Fold(int c)
        {
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
        }
    }
}
