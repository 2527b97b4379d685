using System;

namespace Router.Core.Storage
{
    /// <summary>
    /// The store's RAM index: for each file, where its current version starts on flash. Sized
    /// once for the store's maximum number of files; slots keep creation order, so a listing is
    /// stable. Parallel arrays rather than one object per file: nothing is allocated per file but
    /// its name string.
    /// </summary>
    internal sealed class FileIndex
    {
        private readonly string[] _names;
        private readonly int[] _offsets;
        private readonly uint[] _sequences;
        private readonly int[] _lengths;
        private int _count;

        public FileIndex(int capacity)
        {
            _names = new string[capacity];
            _offsets = new int[capacity];
            _sequences = new uint[capacity];
            _lengths = new int[capacity];
        }

        public int Count
        {
            get { return _count; }
        }

        public int Capacity
        {
            get { return _names.Length; }
        }

        public bool IsFull
        {
            get { return _count == _names.Length; }
        }

        public string Name(int slot)
        {
            return _names[slot];
        }

        /// <summary>Flash offset of the record header of the current version.</summary>
        public int Offset(int slot)
        {
            return _offsets[slot];
        }

        public uint Sequence(int slot)
        {
            return _sequences[slot];
        }

        public int Length(int slot)
        {
            return _lengths[slot];
        }

        /// <summary>Bytes the current version occupies on flash, header and padding included.</summary>
        public int RecordSize(int slot)
        {
            return RecordHeader.SizeFor(_names[slot].Length, _lengths[slot]);
        }

        public int Find(string name)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_names[i] == name)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>Finds a name given as ASCII bytes, without making a string of it.</summary>
        public int Find(byte[] name, int length)
        {
            for (int i = 0; i < _count; i++)
            {
                string candidate = _names[i];
                if (candidate.Length != length)
                {
                    continue;
                }

                int j = 0;
                while (j < length && candidate[j] == (char)name[j])
                {
                    j++;
                }

                if (j == length)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The slot whose current version starts at <paramref name="offset"/>, or -1.</summary>
        public int FindOffset(int offset)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_offsets[i] == offset)
                {
                    return i;
                }
            }

            return -1;
        }

        public int Add(string name, int offset, uint sequence, int length)
        {
            int slot = _count++;
            _names[slot] = name;
            Set(slot, offset, sequence, length);
            return slot;
        }

        public void Set(int slot, int offset, uint sequence, int length)
        {
            _offsets[slot] = offset;
            _sequences[slot] = sequence;
            _lengths[slot] = length;
        }

        public void RemoveAt(int slot)
        {
            int after = _count - slot - 1;
            if (after > 0)
            {
                Array.Copy(_names, slot + 1, _names, slot, after);
                Array.Copy(_offsets, slot + 1, _offsets, slot, after);
                Array.Copy(_sequences, slot + 1, _sequences, slot, after);
                Array.Copy(_lengths, slot + 1, _lengths, slot, after);
            }

            _count--;
            _names[_count] = null;
        }

        public void Clear()
        {
            Array.Clear(_names, 0, _names.Length);
            _count = 0;
        }

        /// <summary>Flash bytes held by current versions in [start, end).</summary>
        public int BytesBetween(int start, int end)
        {
            int total = 0;
            for (int i = 0; i < _count; i++)
            {
                if (_offsets[i] >= start && _offsets[i] < end)
                {
                    total += RecordSize(i);
                }
            }

            return total;
        }

        public int TotalBytes()
        {
            int total = 0;
            for (int i = 0; i < _count; i++)
            {
                total += RecordSize(i);
            }

            return total;
        }
    }
}
