using Router.Core;
using Router.Pki.Der;

namespace Router.Pki.X509
{
    /// <summary>
    /// One GeneralName (RFC 5280 4.2.1.6) of a subjectAltName: its CHOICE number and its value
    /// inside the buffer. dNSName, rfc822Name and URI are IA5String (7-bit, checked); iPAddress
    /// is 4 or 16 octets; directoryName is a Name (checked); the other choices are kept opaque.
    /// </summary>
    public sealed class GeneralName
    {
        public const int OtherName = 0;
        public const int Rfc822Name = 1;
        public const int DnsName = 2;
        public const int X400Address = 3;
        public const int DirectoryName = 4;
        public const int EdiPartyName = 5;
        public const int Uri = 6;
        public const int IpAddress = 7;
        public const int RegisteredId = 8;

        private readonly int _type;
        private readonly byte[] _buffer;
        private readonly int _offset;
        private readonly int _length;

        public GeneralName(int type, byte[] buffer, int offset, int length)
        {
            _type = type;
            _buffer = buffer;
            _offset = offset;
            _length = length;
        }

        /// <summary>The CHOICE number: <see cref="DnsName"/>, <see cref="IpAddress"/>, ...</summary>
        public int Type
        {
            get { return _type; }
        }

        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>Offset of the value: the string, the address octets, or the Name element.</summary>
        public int Offset
        {
            get { return _offset; }
        }

        public int Length
        {
            get { return _length; }
        }

        /// <summary>Reads one GeneralName and checks the forms we interpret.</summary>
        public static GeneralName Read(DerReader reader)
        {
            byte[] buffer = reader.Buffer;
            DerElement element = reader.ReadAny();
            if ((element.Tag & 0xC0) != DerTag.ContextClass)
            {
                throw new MalformedInputException("general name is not context-tagged");
            }

            int type = element.Tag & 0x1F;
            bool constructed = DerTag.IsConstructed(element.Tag);
            switch (type)
            {
                case Rfc822Name:
                case DnsName:
                case Uri:
                    if (constructed)
                    {
                        throw new MalformedInputException("constructed IA5String general name");
                    }

                    for (int i = 0; i < element.Length; i++)
                    {
                        if (buffer[element.Offset + i] > 0x7F)
                        {
                            throw new MalformedInputException("IA5String general name with 8-bit characters");
                        }
                    }

                    break;
                case IpAddress:
                    if (constructed || (element.Length != 4 && element.Length != 16))
                    {
                        throw new MalformedInputException("iPAddress general name length");
                    }

                    break;
                case DirectoryName:
                    // [4] EXPLICIT: Name is a CHOICE, so the tag wraps the SEQUENCE (RFC 5280 Appendix A.2).
                    if (!constructed)
                    {
                        throw new MalformedInputException("directoryName is not constructed");
                    }

                    DerReader inner = reader.Open(element);
                    DistinguishedName.Read(inner);
                    inner.ExpectEnd();
                    break;
                case OtherName:
                case X400Address:
                case EdiPartyName:
                    if (!constructed)
                    {
                        throw new MalformedInputException("general name should be constructed");
                    }

                    break;
                case RegisteredId:
                    if (constructed)
                    {
                        throw new MalformedInputException("registeredID is constructed");
                    }

                    Oid.CheckContents(buffer, element.Offset, element.Length);
                    break;
                default:
                    throw new MalformedInputException("unknown general name choice");
            }

            return new GeneralName(type, buffer, element.Offset, element.Length);
        }

        /// <summary>The value as text: a DNS name, an address, a URI, a directory name, or a placeholder.</summary>
        public string ValueText
        {
            get
            {
                switch (_type)
                {
                    case Rfc822Name:
                    case DnsName:
                    case Uri:
                        return DirectoryString.ToText(DerTag.Ia5String, _buffer, _offset, _length);
                    case IpAddress:
                        return IpAddressText.Format(_buffer, _offset, _length);
                    case DirectoryName:
                        return DistinguishedName.Parse(_buffer, _offset, _length).ToText();
                    case RegisteredId:
                        return Oid.ToText(_buffer, _offset, _length);
                    default:
                        return "<unsupported>";
                }
            }
        }

        /// <summary>The kind as the IPsec certificate view (002) prints it: "IP address", "DNS name", ...</summary>
        public string KindText
        {
            get
            {
                switch (_type)
                {
                    case Rfc822Name:
                        return "Email address";
                    case DnsName:
                        return "DNS name";
                    case Uri:
                        return "URI";
                    case IpAddress:
                        return "IP address";
                    case DirectoryName:
                        return "Directory name";
                    case RegisteredId:
                        return "Registered ID";
                    case OtherName:
                        return "Other name";
                    default:
                        return "Name";
                }
            }
        }

        /// <summary>"IP address: 10.20.210.1" as in 002.</summary>
        public string ToText()
        {
            return KindText + ": " + ValueText;
        }
    }
}
