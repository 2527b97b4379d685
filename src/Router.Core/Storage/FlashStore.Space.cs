namespace Router.Core.Storage
{
    /// <summary>
    /// Space: opening segments and compaction. One segment is always kept free, so compaction
    /// can always copy a victim's live files into a fresh segment before erasing the victim.
    /// </summary>
    public sealed partial class FlashStore
    {
        /// <summary>
        /// Makes sure the head segment has <paramref name="size"/> bytes free, opening a segment
        /// while more than the reserve is free, else compacting oldest first. Each round either
        /// opens a segment or erases one, so a bounded number of rounds decides; a write that
        /// cannot fit even then is <see cref="StorageError.DiskFull"/>.
        /// </summary>
        private void MakeRoom(int size)
        {
            for (int round = 0; round <= 2 * _segments.Count; round++)
            {
                if (_head >= 0 && _segmentSize - _segments.Used(_head) >= size)
                {
                    return;
                }

                int free = _segments.FreeCount;
                if (free >= 2)
                {
                    OpenSegment(SegmentHeader.KindLog);
                    continue;
                }

                // Both versions stay on flash until the new one commits, hence the old one is counted.
                if (free == 0 || _index.TotalBytes() + size > Capacity)
                {
                    throw new StorageException(StorageError.DiskFull);
                }

                Collect(_segments.Oldest(-1));
            }

            throw new StorageException(StorageError.DiskFull);
        }

        /// <summary>
        /// Compacts <paramref name="victim"/>: copies its current versions into a fresh segment
        /// marked as a compaction target, programs the target's completion word, then retires
        /// (zeroes the header of) and erases the victim. A power cut before the completion word
        /// leaves a target that mount discards, with the victim intact; after it, a victim with
        /// no current version, which mount erases.
        /// </summary>
        private void Collect(int victim)
        {
            int start = SegmentStart(victim);
            int end = start + _segmentSize;
            if (victim == _head)
            {
                _head = -1;
            }

            if (_index.BytesBetween(start, end) > 0)
            {
                int target = OpenSegment(SegmentHeader.KindCompaction);
                int slot = 0;
                while (slot < _index.Count)
                {
                    int at = _index.Offset(slot);
                    if (at < start || at >= end || CopyRecord(slot))
                    {
                        slot++;
                    }
                }

                int completion = SegmentStart(target) + SegmentHeader.CompletionOffset;
                _flash.Write(completion, DoneWord, 0, 4);
                if (!FlashMatches(completion, DoneWord, 4))
                {
                    throw UnmountAfterFailedCompaction();
                }
            }

            _segments.SetFree(victim, false);
            _flash.Write(start, Zeros, 0, SegmentHeader.Size);
            EraseSegment(victim);
        }

        /// <summary>
        /// Copies file <paramref name="slot"/>'s current version to the head (the compaction
        /// target) under a new sequence number. Returns false when the file was dropped instead:
        /// its body no longer matches its CRC (it rotted since mount), and copying it would fail
        /// every compaction from now on.
        /// </summary>
        private bool CopyRecord(int slot)
        {
            int from = _index.Offset(slot);
            if (ReadHeaderAt(from, SegmentEndOf(from)) != RecordHeader.Valid || !BodyIsSound(from))
            {
                _index.RemoveAt(slot);
                return false;
            }

            int nameLength = _header.NameLength;
            int dataLength = _header.DataLength;
            uint sequence = TakeSequence();
            int at = AppendRecord(sequence, nameLength, dataLength, _header.BodyCrc, null, 0, from + RecordHeader.Size);
            if (at < 0)
            {
                throw UnmountAfterFailedCompaction();
            }

            _index.Set(slot, at, sequence, dataLength);
            return true;
        }

        /// <summary>
        /// The target did not take a copy. The index already points at copies that mount will
        /// discard with the unfinished target, so forget the RAM picture and remount next time.
        /// </summary>
        private StorageException UnmountAfterFailedCompaction()
        {
            _mounted = false;
            _remountNeeded = true;
            return new StorageException(StorageError.WriteFailed, "compaction");
        }

        /// <summary>Erases a free segment if need be, writes and checks its header, and makes it the head.</summary>
        private int OpenSegment(int kind)
        {
            int segment = _segments.PickFree();
            if (segment < 0)
            {
                throw new StorageException(StorageError.DiskFull);
            }

            if (_segments.State(segment) != SegmentTable.Erased)
            {
                EraseSegment(segment);
            }

            // Until the header is checked, a failure leaves the segment to be erased again.
            _segments.SetFree(segment, false);
            uint sequence = TakeSegmentSequence();
            SegmentHeader.Encode(_segmentHeaderBytes, kind, _blocksPerSegment, sequence);
            int start = SegmentStart(segment);
            _flash.Write(start, _segmentHeaderBytes, 0, SegmentHeader.CompletionOffset);
            if (!FlashMatches(start, _segmentHeaderBytes, SegmentHeader.CompletionOffset))
            {
                throw new StorageException(StorageError.WriteFailed, "segment header");
            }

            _segments.SetInUse(segment, sequence, SegmentHeader.Size);
            _head = segment;
            return segment;
        }

        private void EraseSegment(int segment)
        {
            _segments.SetFree(segment, false);
            int block = _firstBlock + segment * _blocksPerSegment;
            for (int i = 0; i < _blocksPerSegment; i++)
            {
                _flash.Erase(block + i);
            }

            _segments.SetFree(segment, true);
        }
    }
}
