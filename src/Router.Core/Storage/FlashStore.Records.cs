namespace Router.Core.Storage
{
    /// <summary>Record-level flash work: reading headers, appending, verifying, wiping.</summary>
    public sealed partial class FlashStore
    {
        private static readonly byte[] CommittedWord = new byte[] { 0x43, 0x4F, 0x4D, 0x54 };
        private static readonly byte[] WipingWord = new byte[] { 0x00, 0x00, 0x00, 0x54 };
        private static readonly byte[] DoneWord = new byte[] { 0x44, 0x4F, 0x4E, 0x45 };

        /// <summary>
        /// Decodes the record header at <paramref name="at"/> into <see cref="_header"/>, trusting
        /// nothing: the record must lie before <paramref name="segmentEnd"/>. Fewer bytes left than a
        /// header counts as the end of the segment's records.
        /// </summary>
        private int ReadHeaderAt(int at, int segmentEnd)
        {
            int room = segmentEnd - at;
            if (room < RecordHeader.Size)
            {
                return RecordHeader.Blank;
            }

            _flash.Read(at, _headerBytes, 0, RecordHeader.Size);
            return _header.Decode(_headerBytes, room, MaxNameLength);
        }

        /// <summary>
        /// Appends one record at the end of the head segment: header (state left blank), body,
        /// read-back check, then the commit word. The body comes from <paramref name="data"/>
        /// (with the name in <see cref="_writeName"/>) or, when data is null, from the flash at
        /// <paramref name="sourceBody"/> (compaction). Returns the record's offset, or -1 when the
        /// flash did not hold what was written: the attempt is then wiped and the segment sealed.
        /// </summary>
        private int AppendRecord(uint sequence, int nameLength, int dataLength, uint bodyCrc,
            byte[] data, int dataOffset, int sourceBody)
        {
            int start = SegmentStart(_head);
            int at = start + _segments.Used(_head);
            int bodyLength = nameLength + dataLength;

            // The space is spent whatever happens next: never write over a failed attempt.
            _segments.SetUsed(_head, at - start + RecordHeader.SizeFor(nameLength, dataLength));

            _header.NameLength = nameLength;
            _header.Sequence = sequence;
            _header.DataLength = dataLength;
            _header.BodyCrc = bodyCrc;
            _header.Encode(_headerBytes);

            try
            {
                _flash.Write(at, _headerBytes, 0, RecordHeader.StateOffset);
                int body = at + RecordHeader.Size;
                if (data != null)
                {
                    _flash.Write(body, _writeName, 0, nameLength);
                    if (dataLength > 0)
                    {
                        _flash.Write(body + nameLength, data, dataOffset, dataLength);
                    }
                }
                else
                {
                    CopyFlash(sourceBody, body, bodyLength);
                }

                if (FlashMatches(at, _headerBytes, RecordHeader.StateOffset) && FlashCrc(body, bodyLength) == bodyCrc)
                {
                    _flash.Write(at + RecordHeader.StateOffset, CommittedWord, 0, 4);
                    if (FlashMatches(at + RecordHeader.StateOffset, CommittedWord, 4))
                    {
                        return at;
                    }
                }
            }
            catch (FlashException)
            {
                // The driver refused (on the host: a write over bits that are not erased, which a
                // corrupt image can cause). Handled as a failed verify below.
            }

            try
            {
                _flash.Read(at + RecordHeader.StateOffset, _chunk, 0, 4);
                WipeExtent(at, BigEndian.ReadUInt32(_chunk, 0), bodyLength);
            }
            catch (FlashException)
            {
                // Best effort: the segment is sealed and compaction erases it in time.
            }

            _segments.SetUsed(_head, _segmentSize);
            return -1;
        }

        /// <summary>Wipes the record at <paramref name="at"/> if its header can be trusted (else there is nothing to locate).</summary>
        private void Wipe(int at)
        {
            if (ReadHeaderAt(at, SegmentEndOf(at)) == RecordHeader.Valid && _header.State != RecordHeader.StateWiped)
            {
                WipeExtent(at, _header.State, _header.BodyLength);
            }
        }

        /// <summary>
        /// The wipe, in an order a power cut cannot spoil: the state word leaves "committed" first
        /// (the version is gone at once), then name and data, then the body CRC (it would leak 32
        /// bits of a short key), and the state becomes 0 last. Mount wipes again any record whose
        /// state is not 0, so an interrupted wipe is finished at the next boot.
        /// </summary>
        private void WipeExtent(int at, uint state, int bodyLength)
        {
            // Only a legal NOR write: the wiping pattern must be a subset of the bits still set.
            if ((state & RecordHeader.StateWiping) == RecordHeader.StateWiping && state != RecordHeader.StateWiping)
            {
                _flash.Write(at + RecordHeader.StateOffset, WipingWord, 0, 4);
            }

            WriteZeros(at + RecordHeader.Size, bodyLength);
            _flash.Write(at + RecordHeader.BodyCrcOffset, Zeros, 0, 4);
            _flash.Write(at + RecordHeader.StateOffset, Zeros, 0, 4);
        }

        private void WriteZeros(int at, int count)
        {
            while (count > 0)
            {
                int n = count < ChunkSize ? count : ChunkSize;
                _flash.Write(at, Zeros, 0, n);
                at += n;
                count -= n;
            }
        }

        /// <summary>CRC-32 of flash bytes [<paramref name="at"/> .. +<paramref name="count"/>).</summary>
        private uint FlashCrc(int at, int count)
        {
            uint crc = Crc32.Initial;
            while (count > 0)
            {
                int n = count < ChunkSize ? count : ChunkSize;
                _flash.Read(at, _chunk, 0, n);
                crc = Crc32.Update(crc, _chunk, 0, n);
                at += n;
                count -= n;
            }

            return Crc32.Finish(crc);
        }

        private void CopyFlash(int from, int to, int count)
        {
            while (count > 0)
            {
                int n = count < ChunkSize ? count : ChunkSize;
                _flash.Read(from, _chunk, 0, n);
                _flash.Write(to, _chunk, 0, n);
                from += n;
                to += n;
                count -= n;
            }
        }

        /// <summary>True when the flash at <paramref name="at"/> holds <paramref name="expected"/>[0 .. count) (count at most a chunk).</summary>
        private bool FlashMatches(int at, byte[] expected, int count)
        {
            _flash.Read(at, _chunk, 0, count);
            for (int i = 0; i < count; i++)
            {
                if (_chunk[i] != expected[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Whether the record whose header is in <see cref="_header"/> (at <paramref name="at"/>) has the body its CRC promises.</summary>
        private bool BodyIsSound(int at)
        {
            return FlashCrc(at + RecordHeader.Size, _header.BodyLength) == _header.BodyCrc;
        }

        /// <summary>Reads a record's name into <see cref="_scanName"/>; false when it is not a legal name.</summary>
        private bool ReadName(int at, int nameLength)
        {
            _flash.Read(at + RecordHeader.Size, _scanName, 0, nameLength);
            for (int i = 0; i < nameLength; i++)
            {
                if (_scanName[i] < (byte)'!' || _scanName[i] > (byte)'~')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
