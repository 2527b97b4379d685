namespace Router.Pki.Der
{
    /// <summary>
    /// Where one TLV sits in the buffer a <see cref="DerReader"/> reads: its identifier, the
    /// offset of its first header byte and the offset and length of its contents. The reader
    /// has already checked that all of it lies inside the enclosing element.
    /// </summary>
    public struct DerElement
    {
        public int Tag;

        /// <summary>Offset of the identifier octet.</summary>
        public int Start;

        /// <summary>Offset of the first contents octet.</summary>
        public int Offset;

        /// <summary>Number of contents octets.</summary>
        public int Length;

        public DerElement(int tag, int start, int offset, int length)
        {
            Tag = tag;
            Start = start;
            Offset = offset;
            Length = length;
        }

        /// <summary>Offset just past the contents.</summary>
        public int End
        {
            get { return Offset + Length; }
        }

        /// <summary>Header and contents: the bytes to copy or hash for the whole element.</summary>
        public int EncodedLength
        {
            get { return Offset + Length - Start; }
        }
    }
}
