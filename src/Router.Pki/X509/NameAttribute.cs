using Router.Pki.Der;

namespace Router.Pki.X509
{
    /// <summary>
    /// One AttributeTypeAndValue of a distinguished name (RFC 5280 4.1.2.4): its type OID and
    /// its value element, both inside the buffer the name was read from.
    /// </summary>
    public sealed class NameAttribute
    {
        private readonly byte[] _buffer;
        private readonly DerElement _type;
        private readonly DerElement _value;
        private readonly int _rdn;

        public NameAttribute(byte[] buffer, DerElement type, DerElement value, int rdn)
        {
            _buffer = buffer;
            _type = type;
            _value = value;
            _rdn = rdn;
        }

        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>The attribute type OID element.</summary>
        public DerElement Type
        {
            get { return _type; }
        }

        /// <summary>The value element (a string type for every attribute we know).</summary>
        public DerElement Value
        {
            get { return _value; }
        }

        /// <summary>Index of the RelativeDistinguishedName the attribute belongs to.</summary>
        public int Rdn
        {
            get { return _rdn; }
        }

        public bool IsType(byte[] oid)
        {
            return Oid.Is(_buffer, _type, oid);
        }

        /// <summary>The short name of the type as OpenSSL and RFC 4514 write it, or the dotted OID.</summary>
        public string TypeName
        {
            get { return NameAttributeTypes.ShortName(_buffer, _type); }
        }

        /// <summary>The value as display text (control characters replaced).</summary>
        public string ValueText
        {
            get
            {
                if (DirectoryString.IsStringTag(_value.Tag))
                {
                    return DirectoryString.ToText(_value.Tag, _buffer, _value.Offset, _value.Length);
                }

                return "#" + HexText.Of(_buffer, _value.Start, _value.EncodedLength, false);
            }
        }
    }
}
