namespace Router.Core.Storage
{
    /// <summary>Mounting: rebuilding the index from flash and finishing what a power cut interrupted.</summary>
    public sealed partial class FlashStore
    {
        private void MountLocked()
        {
            _mounted = false;
            _index.Clear();
            _head = -1;
            _lastSequence = 0;
            _lastSegmentSequence = 0;
            _droppedRecords = 0;
            _repairedRecords = 0;

            // A store of another format is refused before anything is written.
            uint sequence;
            for (int s = 0; s < _segments.Count; s++)
            {
                _flash.Read(SegmentStart(s), _segmentHeaderBytes, 0, SegmentHeader.Size);
                if (SegmentHeader.Decode(_segmentHeaderBytes, _blocksPerSegment, out sequence) == SegmentHeader.Foreign)
                {
                    throw new StorageException(StorageError.IncompatibleFormat);
                }
            }

            for (int s = 0; s < _segments.Count; s++)
            {
                _flash.Read(SegmentStart(s), _segmentHeaderBytes, 0, SegmentHeader.Size);
                int status = SegmentHeader.Decode(_segmentHeaderBytes, _blocksPerSegment, out sequence);
                if (status == SegmentHeader.Valid && SegmentHeader.IsComplete(_segmentHeaderBytes))
                {
                    _segments.SetInUse(s, sequence, SegmentHeader.Size);
                    if (sequence > _lastSegmentSequence)
                    {
                        _lastSegmentSequence = sequence;
                    }
                }
                else if (status == SegmentHeader.Blank)
                {
                    _segments.SetFree(s, false);
                }
                else
                {
                    // Torn or retired header, garbage, or a compaction copy that never finished
                    // (its victim is intact): nothing here is needed.
                    EraseSegment(s);
                }
            }

            int inUse = _segments.InUseOldestFirst(_order);
            for (int k = 0; k < inUse; k++)
            {
                IndexNewestVersions(_order[k]);
            }

            DropUnsoundVersions(inUse);
            for (int k = 0; k < inUse; k++)
            {
                WipeEverythingElse(_order[k]);
            }

            // A segment left without a current version (the victim of a compaction cut short
            // just before its erase, or a segment whose files were all deleted) is free space.
            for (int k = 0; k < inUse - 1; k++)
            {
                int start = SegmentStart(_order[k]);
                if (_index.BytesBetween(start, start + _segmentSize) == 0)
                {
                    EraseSegment(_order[k]);
                }
            }

            _head = _segments.Newest();
            _remountNeeded = false;
            _mounted = true;
        }

        /// <summary>
        /// Pass 1: walks a segment's records, notes where they end, and keeps the newest committed
        /// version of each name in the index (its body is checked in pass 2).
        /// </summary>
        private void IndexNewestVersions(int segment)
        {
            int start = SegmentStart(segment);
            int end = start + _segmentSize;
            int at = start + SegmentHeader.Size;
            while (true)
            {
                int status = ReadHeaderAt(at, end);
                if (status != RecordHeader.Valid)
                {
                    // After an untrustworthy header nothing can be located: never append there.
                    _segments.SetUsed(segment, status == RecordHeader.Blank ? at - start : _segmentSize);
                    return;
                }

                int size = _header.RecordSize;
                if (_header.Sequence > _lastSequence)
                {
                    _lastSequence = _header.Sequence;
                }

                if (_header.State == RecordHeader.StateCommitted)
                {
                    ConsiderVersion(at);
                }

                at += size;
            }
        }

        private void ConsiderVersion(int at)
        {
            int nameLength = _header.NameLength;
            uint sequence = _header.Sequence;
            int length = _header.DataLength;
            if (!ReadName(at, nameLength))
            {
                return;
            }

            int slot = _index.Find(_scanName, nameLength);
            if (slot >= 0)
            {
                if (sequence >= _index.Sequence(slot))
                {
                    _index.Set(slot, at, sequence, length);
                }

                return;
            }

            if (_index.IsFull)
            {
                _droppedRecords++;
                return;
            }

            for (int i = 0; i < nameLength; i++)
            {
                _nameChars[i] = (char)_scanName[i];
            }

            _index.Add(new string(_nameChars, 0, nameLength), at, sequence, length);
        }

        /// <summary>
        /// Pass 2: a current version whose body does not match its CRC (flash corruption, not a
        /// power cut: the commit word is written after the read-back) gives way to the newest sound
        /// older version, or the file is dropped.
        /// </summary>
        private void DropUnsoundVersions(int inUse)
        {
            int slot = 0;
            while (slot < _index.Count)
            {
                int at = _index.Offset(slot);
                bool sound = ReadHeaderAt(at, SegmentEndOf(at)) == RecordHeader.Valid && BodyIsSound(at);
                if (sound || FallBackToOlderVersion(slot, inUse))
                {
                    slot++;
                }
                else
                {
                    _index.RemoveAt(slot);
                }
            }
        }

        private bool FallBackToOlderVersion(int slot, int inUse)
        {
            string name = _index.Name(slot);
            uint below = _index.Sequence(slot);
            int best = -1;
            uint bestSequence = 0;
            int bestLength = 0;
            for (int k = 0; k < inUse; k++)
            {
                int start = SegmentStart(_order[k]);
                int end = start + _segmentSize;
                int at = start + SegmentHeader.Size;
                while (ReadHeaderAt(at, end) == RecordHeader.Valid)
                {
                    int size = _header.RecordSize;
                    uint sequence = _header.Sequence;
                    int length = _header.DataLength;
                    if (_header.State == RecordHeader.StateCommitted && sequence < below
                        && (best < 0 || sequence > bestSequence)
                        && _header.NameLength == name.Length && BodyIsSound(at) && NameIs(at, name))
                    {
                        best = at;
                        bestSequence = sequence;
                        bestLength = length;
                    }

                    at += size;
                }
            }

            if (best < 0)
            {
                return false;
            }

            _index.Set(slot, best, bestSequence, bestLength);
            return true;
        }

        private bool NameIs(int at, string name)
        {
            if (!ReadName(at, name.Length))
            {
                return false;
            }

            for (int i = 0; i < name.Length; i++)
            {
                if ((char)_scanName[i] != name[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// Pass 3: wipes every record that is not a current version and not yet wiped: versions a
        /// power cut left uncommitted, superseded versions whose wipe was cut short, corrupt ones.
        /// After a mount the flash holds the current version of each file and nothing else readable.
        /// </summary>
        private void WipeEverythingElse(int segment)
        {
            int start = SegmentStart(segment);
            int end = start + _segmentSize;
            int at = start + SegmentHeader.Size;
            while (ReadHeaderAt(at, end) == RecordHeader.Valid)
            {
                int size = _header.RecordSize;
                if (_header.State != RecordHeader.StateWiped && _index.FindOffset(at) < 0)
                {
                    WipeExtent(at, _header.State, _header.BodyLength);
                    _repairedRecords++;
                }

                at += size;
            }
        }
    }
}
