namespace Router.Core.Storage
{
    /// <summary>
    /// The 20-byte header at the start of every segment in use (README.md, "Segment"). It is
    /// written right after the segment's erase, so a segment either has a valid header and is
    /// part of the log, or it is free. A compaction target also carries a completion word,
    /// programmed once every live record of its victim has been copied into it.
    /// </summary>
    internal static class SegmentHeader
    {
        public const int Size = 20;
        public const uint Magic = 0x52465347; // "RFSG"
        public const int FormatVersion = 1;

        /// <summary>Opened for new file versions.</summary>
        public const int KindLog = 1;

        /// <summary>Opened by compaction to receive the live records of one victim segment.</summary>
        public const int KindCompaction = 2;

        public const int CompletionOffset = 16;

        /// <summary>"DONE": the compaction target holds every live record of its victim.</summary>
        public const uint CompletionDone = 0x444F4E45;

        private const int CoveredBytes = 12;

        /// <summary>Decode results.</summary>
        public const int Blank = 0;
        public const int Invalid = 1;
        public const int Valid = 2;
        public const int Foreign = 3;

        /// <summary>Bytes 0..15; the completion word (16..19) stays 0xFF until compaction finishes.</summary>
        public static void Encode(byte[] buffer, int kind, int blocksPerSegment, uint sequence)
        {
            BigEndian.WriteUInt32(buffer, 0, Magic);
            buffer[4] = FormatVersion;
            buffer[5] = (byte)kind;
            BigEndian.WriteUInt16(buffer, 6, blocksPerSegment);
            BigEndian.WriteUInt32(buffer, 8, sequence);
            BigEndian.WriteUInt32(buffer, 12, Crc32.Compute(buffer, 0, CoveredBytes));
            BigEndian.WriteUInt32(buffer, CompletionOffset, 0xFFFFFFFF);
        }

        /// <summary>
        /// True for a segment that belongs to the log: a log segment, or a compaction target whose
        /// copy finished. An unfinished target is a duplicate of its victim, which is still intact.
        /// </summary>
        public static bool IsComplete(byte[] buffer)
        {
            return buffer[5] == KindLog || BigEndian.ReadUInt32(buffer, CompletionOffset) == CompletionDone;
        }

        /// <summary>
        /// Reads bytes 0..15 (the completion word is not looked at). Blank: all 0xFF (free). Invalid: torn, retired (zeroed) or garbage; the segment must be
        /// erased. Foreign: a sound header of another version or segment size. Valid: the
        /// sequence is in <paramref name="sequence"/>.
        /// </summary>
        public static int Decode(byte[] buffer, int blocksPerSegment, out uint sequence)
        {
            sequence = 0;
            bool blank = true;
            for (int i = 0; i < CompletionOffset; i++)
            {
                if (buffer[i] != 0xFF)
                {
                    blank = false;
                    break;
                }
            }

            if (blank)
            {
                return Blank;
            }

            if (BigEndian.ReadUInt32(buffer, 0) != Magic
                || BigEndian.ReadUInt32(buffer, 12) != Crc32.Compute(buffer, 0, CoveredBytes))
            {
                return Invalid;
            }

            if (buffer[4] != FormatVersion || BigEndian.ReadUInt16(buffer, 6) != blocksPerSegment)
            {
                return Foreign;
            }

            if (buffer[5] != KindLog && buffer[5] != KindCompaction)
            {
                return Invalid;
            }

            sequence = BigEndian.ReadUInt32(buffer, 8);
            return Valid;
        }
    }
}
