using System;
using System.Threading;

namespace Router.Core.Storage
{
    /// <summary>
    /// A small store of named files on NOR flash, shared by the config scripts, the user
    /// database, the PKI database and the ENCO key store. The on-flash format and the reasoning
    /// behind it are in README.md next to this file. In short:
    /// <list type="bullet">
    /// <item>Every write appends a new version (header, name, data), reads it back, and only
    /// then programs its commit word; the previous version is wiped afterwards. A power cut
    /// leaves the old or the new version, never a mix.</item>
    /// <item>Delete (and every overwrite) wipes: it programs zeros over the old name, data and
    /// CRC, so no old content stays readable in the flash image. There is no separate "secure"
    /// delete because there is no insecure one.</item>
    /// <item>Space comes back by compaction: the oldest segment's live files are copied to a
    /// fresh segment, which is marked complete, and then the old segment is erased.</item>
    /// </list>
    /// Bounded: at most <see cref="MaxFiles"/> files of at most <see cref="MaxFileLength"/>
    /// bytes, RAM for an index of that many entries and a few small buffers. All refusals and
    /// failures, whatever the flash holds, are <see cref="StorageException"/>. Safe to call from
    /// several threads.
    /// </summary>
    public sealed partial class FlashStore
    {
        /// <summary>Longest file name, in characters ('!'..'~': printable ASCII without space).</summary>
        public const int MaxNameLength = 31;

        /// <summary>Flash is read and copied through a buffer this big, so RAM use does not grow with file size.</summary>
        private const int ChunkSize = 128;

        /// <summary>A source of zeros for wipes; never written.</summary>
        private static readonly byte[] Zeros = new byte[ChunkSize];

        private readonly object _gate = new object();
        private readonly IFlash _flash;
        private readonly int _firstBlock;
        private readonly int _blocksPerSegment;
        private readonly int _segmentSize;
        private readonly int _base;
        private readonly FileIndex _index;
        private readonly SegmentTable _segments;
        private readonly int[] _order;
        private readonly RecordHeader _header = new RecordHeader();
        private readonly byte[] _headerBytes = new byte[RecordHeader.Size];
        private readonly byte[] _segmentHeaderBytes = new byte[SegmentHeader.Size];
        private readonly byte[] _chunk = new byte[ChunkSize];
        private readonly byte[] _scanName = new byte[MaxNameLength];
        private readonly byte[] _writeName = new byte[MaxNameLength];
        private readonly char[] _nameChars = new char[MaxNameLength];

        private bool _mounted;
        private bool _remountNeeded;
        private uint _lastSequence;
        private uint _lastSegmentSequence;
        private int _head = -1;
        private int _droppedRecords;
        private int _repairedRecords;

        /// <summary>
        /// A store on erase blocks [<paramref name="firstBlock"/> .. +<paramref name="blockCount"/>)
        /// of <paramref name="flash"/>, grouped into segments of <paramref name="blocksPerSegment"/>
        /// blocks (at least two segments: one is always kept free for compaction). A segment
        /// bounds the largest file. Nothing touches the flash until <see cref="Mount"/> or
        /// <see cref="Format"/>.
        /// </summary>
        public FlashStore(IFlash flash, int firstBlock, int blockCount, int blocksPerSegment, int maxFiles)
        {
            if (flash == null)
            {
                throw new ArgumentNullException("flash");
            }

            int blockSize = flash.EraseBlockSize;
            if (blocksPerSegment < 1 || blocksPerSegment > 0xFFFF || blockSize < 256)
            {
                throw new ArgumentOutOfRangeException("blocksPerSegment");
            }

            if (firstBlock < 0 || blockCount < 2 * blocksPerSegment || blockCount % blocksPerSegment != 0
                || firstBlock > flash.Size / blockSize - blockCount)
            {
                throw new ArgumentOutOfRangeException("blockCount");
            }

            if (maxFiles < 1)
            {
                throw new ArgumentOutOfRangeException("maxFiles");
            }

            _flash = flash;
            _firstBlock = firstBlock;
            _blocksPerSegment = blocksPerSegment;
            _segmentSize = blocksPerSegment * blockSize;
            _base = firstBlock * blockSize;
            int segmentCount = blockCount / blocksPerSegment;
            _segments = new SegmentTable(segmentCount);
            _order = new int[segmentCount];
            _index = new FileIndex(maxFiles);
        }

        public int MaxFiles
        {
            get { return _index.Capacity; }
        }

        /// <summary>The largest file, for a name of <see cref="MaxNameLength"/> characters (a shorter name leaves a little more).</summary>
        public int MaxFileLength
        {
            get { return ((SegmentPayload - RecordHeader.Size) & ~3) - MaxNameLength; }
        }

        /// <summary>Flash bytes available to file versions (headers and names included): all segments but the compaction reserve.</summary>
        public int Capacity
        {
            get { return (_segments.Count - 1) * SegmentPayload; }
        }

        /// <summary>Flash bytes the current files occupy, headers and names included.</summary>
        public int UsedBytes
        {
            get
            {
                Monitor.Enter(_gate);
                try
                {
                    return _index.TotalBytes();
                }
                finally
                {
                    Monitor.Exit(_gate);
                }
            }
        }

        /// <summary>Capacity not used by current files; writes may still need a compaction to get at it.</summary>
        public int FreeBytes
        {
            get { return Capacity - UsedBytes; }
        }

        /// <summary>
        /// Committed versions the last mount could not index because the store already held
        /// <see cref="MaxFiles"/> files (a smaller limit than the one that wrote them, or a corrupt image).
        /// </summary>
        public int DroppedRecords
        {
            get { return _droppedRecords; }
        }

        /// <summary>Records the last mount wiped: versions cut short by a power loss, superseded or corrupt.</summary>
        public int RepairedRecords
        {
            get { return _repairedRecords; }
        }

        public bool IsMounted
        {
            get { return _mounted; }
        }

        /// <summary>
        /// Reads the store from flash: keeps the newest sound version of each file, finishes or
        /// undoes whatever a power cut interrupted (wipes torn and superseded versions, drops an
        /// unfinished compaction copy, erases dead segments). Throws
        /// <see cref="StorageError.IncompatibleFormat"/> for a store of another format rather
        /// than erase it; anything else the region holds is garbage and is reclaimed.
        /// </summary>
        public void Mount()
        {
            Monitor.Enter(_gate);
            try
            {
                MountLocked();
            }
            catch (FlashException e)
            {
                throw Unmount(e);
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>Erases the whole region: an empty, mounted store.</summary>
        public void Format()
        {
            Monitor.Enter(_gate);
            try
            {
                _mounted = false;
                _index.Clear();
                for (int s = 0; s < _segments.Count; s++)
                {
                    EraseSegment(s);
                }

                _head = -1;
                _lastSequence = 0;
                _lastSegmentSequence = 0;
                _droppedRecords = 0;
                _repairedRecords = 0;
                _remountNeeded = false;
                _mounted = true;
            }
            catch (FlashException e)
            {
                throw Unmount(e);
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>
        /// Replaces (or creates) file <paramref name="name"/> with
        /// <paramref name="data"/>[<paramref name="offset"/> .. +<paramref name="count"/>), atomically:
        /// after a power cut the file has its old content or this one. The old version is wiped.
        /// </summary>
        public void Write(string name, byte[] data, int offset, int count)
        {
            CheckSegment(data, offset, count);
            Monitor.Enter(_gate);
            try
            {
                EnsureMounted();
                int nameLength = EncodeName(name, _writeName);
                int size = RecordHeader.SizeFor(nameLength, count);
                if (size > SegmentPayload)
                {
                    throw new StorageException(StorageError.FileTooLarge, name);
                }

                if (_index.Find(name) < 0 && _index.IsFull)
                {
                    throw new StorageException(StorageError.TooManyFiles, name);
                }

                uint crc = Crc32.Update(Crc32.Initial, _writeName, 0, nameLength);
                uint bodyCrc = Crc32.Finish(Crc32.Update(crc, data, offset, count));

                // A flash that does not take the record costs its segment; try once more in a fresh one.
                int at = -1;
                uint sequence = 0;
                for (int attempt = 0; attempt < 2 && at < 0; attempt++)
                {
                    MakeRoom(size);
                    sequence = TakeSequence();
                    at = AppendRecord(sequence, nameLength, count, bodyCrc, data, offset, -1);
                }

                if (at < 0)
                {
                    throw new StorageException(StorageError.WriteFailed, name);
                }

                // Compaction in MakeRoom may have moved the old version: look it up only now.
                int slot = _index.Find(name);
                if (slot < 0)
                {
                    _index.Add(name, at, sequence, count);
                }
                else
                {
                    int old = _index.Offset(slot);
                    _index.Set(slot, at, sequence, count);
                    Wipe(old);
                }
            }
            catch (FlashException e)
            {
                throw Unmount(e);
            }
            finally
            {
                Array.Clear(_chunk, 0, ChunkSize);
                Monitor.Exit(_gate);
            }
        }

        /// <summary>
        /// Copies up to <paramref name="count"/> bytes of file <paramref name="name"/>, starting
        /// at <paramref name="position"/>, into <paramref name="buffer"/>[<paramref name="offset"/> ..).
        /// Returns the number copied: 0 at or past the end.
        /// </summary>
        public int Read(string name, int position, byte[] buffer, int offset, int count)
        {
            CheckSegment(buffer, offset, count);
            if (position < 0)
            {
                throw new ArgumentOutOfRangeException("position");
            }

            Monitor.Enter(_gate);
            try
            {
                EnsureMounted();
                int slot = _index.Find(name);
                if (slot < 0)
                {
                    throw new StorageException(StorageError.FileNotFound, name);
                }

                int length = _index.Length(slot);
                if (position >= length)
                {
                    return 0;
                }

                int n = count < length - position ? count : length - position;
                if (n > 0)
                {
                    _flash.Read(_index.Offset(slot) + RecordHeader.Size + name.Length + position, buffer, offset, n);
                }

                return n;
            }
            catch (FlashException e)
            {
                throw Unmount(e);
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>The file's length in bytes, or -1 when there is no such file.</summary>
        public int GetLength(string name)
        {
            Monitor.Enter(_gate);
            try
            {
                EnsureMounted();
                int slot = _index.Find(name);
                return slot < 0 ? -1 : _index.Length(slot);
            }
            catch (FlashException e)
            {
                throw Unmount(e);
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        public bool Exists(string name)
        {
            return GetLength(name) >= 0;
        }

        /// <summary>
        /// Removes the file by wiping it: its commit word is cleared first (the delete is atomic),
        /// then name, data and CRC are overwritten with zeros, so a scan of the flash no longer
        /// finds them. Needs no free space. Returns false when there was no such file.
        /// </summary>
        public bool Delete(string name)
        {
            Monitor.Enter(_gate);
            try
            {
                EnsureMounted();
                int slot = _index.Find(name);
                if (slot < 0)
                {
                    return false;
                }

                int at = _index.Offset(slot);
                _index.RemoveAt(slot);
                Wipe(at);
                return true;
            }
            catch (FlashException e)
            {
                throw Unmount(e);
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>Files held now; with <see cref="GetFileName"/> and <see cref="GetFileLength"/> it lists them in creation order.</summary>
        public int FileCount
        {
            get
            {
                Monitor.Enter(_gate);
                try
                {
                    return _mounted ? _index.Count : 0;
                }
                finally
                {
                    Monitor.Exit(_gate);
                }
            }
        }

        /// <summary>The name of file <paramref name="index"/> (0 .. FileCount-1), or null when there is none (a delete since FileCount).</summary>
        public string GetFileName(int index)
        {
            Monitor.Enter(_gate);
            try
            {
                return _mounted && index >= 0 && index < _index.Count ? _index.Name(index) : null;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>The length of file <paramref name="index"/>, or -1 when there is none.</summary>
        public int GetFileLength(int index)
        {
            Monitor.Enter(_gate);
            try
            {
                return _mounted && index >= 0 && index < _index.Count ? _index.Length(index) : -1;
            }
            finally
            {
                Monitor.Exit(_gate);
            }
        }

        /// <summary>Bytes of a segment after its header: the room for records.</summary>
        private int SegmentPayload
        {
            get { return _segmentSize - SegmentHeader.Size; }
        }

        private int SegmentStart(int segment)
        {
            return _base + segment * _segmentSize;
        }

        private int SegmentEndOf(int flashOffset)
        {
            return _base + ((flashOffset - _base) / _segmentSize + 1) * _segmentSize;
        }

        private void EnsureMounted()
        {
            if (_mounted)
            {
                return;
            }

            if (!_remountNeeded)
            {
                throw new StorageException(StorageError.NotMounted);
            }

            MountLocked();
        }

        /// <summary>
        /// After a flash failure in the middle of an operation the RAM picture may be ahead of the
        /// flash: forget it, and remount on the next call.
        /// </summary>
        private StorageException Unmount(FlashException e)
        {
            _mounted = false;
            _remountNeeded = true;
            return new StorageException(StorageError.FlashFailure, e.Message);
        }

        private uint TakeSequence()
        {
            if (_lastSequence == uint.MaxValue)
            {
                throw new StorageException(StorageError.SequenceExhausted);
            }

            return ++_lastSequence;
        }

        private uint TakeSegmentSequence()
        {
            if (_lastSegmentSequence == uint.MaxValue)
            {
                throw new StorageException(StorageError.SequenceExhausted);
            }

            return ++_lastSegmentSequence;
        }

        /// <summary>Checks a name and writes its ASCII bytes to <paramref name="bytes"/>; returns its length.</summary>
        private static int EncodeName(string name, byte[] bytes)
        {
            if (name == null || name.Length < 1 || name.Length > MaxNameLength)
            {
                throw new StorageException(StorageError.InvalidName, name);
            }

            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (c < '!' || c > '~')
                {
                    throw new StorageException(StorageError.InvalidName, name);
                }

                bytes[i] = (byte)c;
            }

            return name.Length;
        }

        private static void CheckSegment(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException("buffer");
            }

            if (offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }
        }
    }
}
