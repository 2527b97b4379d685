using Router.Core;
using Router.Pki.Der;

namespace Router.Pki.X509
{
    /// <summary>
    /// One Extension (RFC 5280 4.1): extnID, critical (DEFAULT FALSE, so DER leaves a FALSE
    /// out, X.690 11.5) and extnValue, the OCTET STRING holding the extension's own DER.
    /// </summary>
    public struct Extension
    {
        public DerElement Id;
        public bool Critical;

        /// <summary>The contents of extnValue: the extension's DER.</summary>
        public DerElement Value;

        /// <summary>Most extensions accepted in one certificate, CRL or CRL entry.</summary>
        public const int MaxCount = 24;

        /// <summary>
        /// Reads Extensions ::= SEQUENCE SIZE (1..MAX) OF Extension from <paramref name="reader"/>
        /// (positioned on the SEQUENCE) and refuses a second instance of one extension
        /// (RFC 5280 4.2: "MUST NOT include more than one instance").
        /// </summary>
        public static Extension[] ReadList(DerReader reader)
        {
            byte[] buffer = reader.Buffer;
            DerReader list = reader.Enter(DerTag.Sequence);
            if (!list.HasMore)
            {
                throw new MalformedInputException("empty extensions");
            }

            Extension[] found = new Extension[MaxCount];
            int count = 0;
            while (list.HasMore)
            {
                if (count == MaxCount)
                {
                    throw new MalformedInputException("too many extensions");
                }

                DerReader item = list.Enter(DerTag.Sequence);
                Extension extension = new Extension();
                extension.Id = item.ReadObjectIdentifier();
                if (item.IsNext(DerTag.Boolean))
                {
                    extension.Critical = item.ReadBoolean();
                    if (!extension.Critical)
                    {
                        throw new MalformedInputException("critical FALSE encoded (DER omits defaults)");
                    }
                }

                extension.Value = item.ReadOctetString();
                item.ExpectEnd();
                for (int i = 0; i < count; i++)
                {
                    if (Bytes.Equal(buffer, found[i].Id.Offset, found[i].Id.Length, buffer, extension.Id.Offset, extension.Id.Length))
                    {
                        throw new MalformedInputException("duplicate extension");
                    }
                }

                found[count++] = extension;
            }

            Extension[] extensions = new Extension[count];
            System.Array.Copy(found, extensions, count);
            return extensions;
        }

        public bool Is(byte[] buffer, byte[] oid)
        {
            return Oid.Is(buffer, Id, oid);
        }

        /// <summary>A reader over the extension's own DER.</summary>
        public DerReader Open(DerReader parent)
        {
            return parent.Open(Value);
        }
    }
}
