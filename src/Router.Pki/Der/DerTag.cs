namespace Router.Pki.Der
{
    /// <summary>
    /// Identifier octets (X.690 8.1.2) of the types X.509 uses, as one byte: class in bits 8-7,
    /// constructed in bit 6, tag number in bits 5-1. Only the low-tag-number form exists here:
    /// nothing in RFC 5280 needs tag numbers above 30, so the reader refuses the high form.
    /// </summary>
    public static class DerTag
    {
        public const int Boolean = 0x01;
        public const int Integer = 0x02;
        public const int BitString = 0x03;
        public const int OctetString = 0x04;
        public const int Null = 0x05;
        public const int ObjectIdentifier = 0x06;
        public const int Utf8String = 0x0C;
        public const int NumericString = 0x12;
        public const int PrintableString = 0x13;
        public const int TeletexString = 0x14;
        public const int Ia5String = 0x16;
        public const int UtcTime = 0x17;
        public const int GeneralizedTime = 0x18;
        public const int VisibleString = 0x1A;
        public const int UniversalString = 0x1C;
        public const int BmpString = 0x1E;

        /// <summary>SEQUENCE and SEQUENCE OF: universal 16, always constructed (X.690 8.9.1).</summary>
        public const int Sequence = 0x30;

        /// <summary>SET and SET OF: universal 17, always constructed (X.690 8.11.1).</summary>
        public const int Set = 0x31;

        /// <summary>Class bits of a context-specific tag (X.690 8.1.2.2, Table 1).</summary>
        public const int ContextClass = 0x80;

        /// <summary>The constructed bit (X.690 8.1.2.5).</summary>
        public const int ConstructedBit = 0x20;

        /// <summary>[n] IMPLICIT on a primitive type, e.g. dNSName [2] IA5String.</summary>
        public static int Context(int number)
        {
            return ContextClass | number;
        }

        /// <summary>[n] EXPLICIT, or IMPLICIT on a constructed type, e.g. extensions [3].</summary>
        public static int ContextConstructed(int number)
        {
            return ContextClass | ConstructedBit | number;
        }

        public static bool IsConstructed(int tag)
        {
            return (tag & ConstructedBit) != 0;
        }
    }
}
