namespace Router.Core.Storage
{
    /// <summary>
    /// The 24-byte header in front of every file version on flash (README.md, "Record"). One
    /// instance is reused as a scratch decoder; <see cref="Decode"/> trusts nothing it reads.
    /// </summary>
    internal sealed class RecordHeader
    {
        public const int Size = 24;
        public const int Magic = 0x5246; // "RF"
        public const int KindFile = 1;

        public const int BodyCrcOffset = 16;
        public const int StateOffset = 20;

        /// <summary>Bytes 0..11 are covered by the header CRC; the body CRC and the state are not, so wiping them keeps the record skippable.</summary>
        private const int CoveredBytes = 12;
        private const int HeaderCrcOffset = 12;

        /// <summary>State word as written with the record: nothing committed yet (a torn or abandoned write).</summary>
        public const uint StateBlank = 0xFFFFFFFF;

        /// <summary>"COMT": written last, after the record was read back and verified.</summary>
        public const uint StateCommitted = 0x434F4D54;

        /// <summary>First step of a wipe: clears bits of COMT (or of a blank word) only, so it is a legal NOR write.</summary>
        public const uint StateWiping = 0x00000054;

        /// <summary>Last step of a wipe: name, data and body CRC are zero.</summary>
        public const uint StateWiped = 0;

        /// <summary>Decode results.</summary>
        public const int Blank = 0;
        public const int Invalid = 1;
        public const int Valid = 2;

        public int NameLength;
        public uint Sequence;
        public int DataLength;
        public uint BodyCrc;
        public uint State;

        /// <summary>Bytes from the header start to the next record: header, name and data, padded to 4.</summary>
        public int RecordSize
        {
            get { return SizeFor(NameLength, DataLength); }
        }

        public int BodyLength
        {
            get { return NameLength + DataLength; }
        }

        public static int SizeFor(int nameLength, int dataLength)
        {
            return Size + ((nameLength + dataLength + 3) & ~3);
        }

        /// <summary>Writes bytes 0..19 (the state word stays 0xFF: it is programmed last).</summary>
        public void Encode(byte[] buffer)
        {
            BigEndian.WriteUInt16(buffer, 0, Magic);
            buffer[2] = KindFile;
            buffer[3] = (byte)NameLength;
            BigEndian.WriteUInt32(buffer, 4, Sequence);
            BigEndian.WriteUInt32(buffer, 8, (uint)DataLength);
            BigEndian.WriteUInt32(buffer, HeaderCrcOffset, Crc32.Compute(buffer, 0, CoveredBytes));
            BigEndian.WriteUInt32(buffer, BodyCrcOffset, BodyCrc);
            BigEndian.WriteUInt32(buffer, StateOffset, StateBlank);
        }

        /// <summary>
        /// Reads a header from <paramref name="buffer"/>[0..24) that starts <paramref name="room"/>
        /// bytes before its segment's end. Blank: all 0xFF (the end of the segment's records).
        /// Invalid: anything whose lengths cannot be trusted. Valid: fields set, record inside the segment.
        /// </summary>
        public int Decode(byte[] buffer, int room, int maxNameLength)
        {
            if (IsAllErased(buffer))
            {
                return Blank;
            }

            if (BigEndian.ReadUInt16(buffer, 0) != Magic || buffer[2] != KindFile)
            {
                return Invalid;
            }

            if (BigEndian.ReadUInt32(buffer, HeaderCrcOffset) != Crc32.Compute(buffer, 0, CoveredBytes))
            {
                return Invalid;
            }

            int nameLength = buffer[3];
            uint dataLength = BigEndian.ReadUInt32(buffer, 8);
            int space = room - Size - nameLength;
            if (nameLength < 1 || nameLength > maxNameLength || space < 0 || dataLength > (uint)space)
            {
                return Invalid;
            }

            NameLength = nameLength;
            DataLength = (int)dataLength;
            if (RecordSize > room)
            {
                return Invalid;
            }

            Sequence = BigEndian.ReadUInt32(buffer, 4);
            BodyCrc = BigEndian.ReadUInt32(buffer, BodyCrcOffset);
            State = BigEndian.ReadUInt32(buffer, StateOffset);
            return Valid;
        }

        private static bool IsAllErased(byte[] buffer)
        {
            for (int i = 0; i < Size; i++)
            {
                if (buffer[i] != 0xFF)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
