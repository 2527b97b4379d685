using System;

namespace Router.Device.Terminal
{
    /// <summary>
    /// The console's last command lines, for Up and Down: at most <see cref="MaxLines"/> lines
    /// sharing one ring of <see cref="Capacity"/> bytes (the editor takes printable ASCII only),
    /// so a long line evicts old ones instead of growing anything. Nothing is allocated after
    /// construction. A line equal to the newest is not stored twice.
    /// </summary>
    public sealed class LineHistory
    {
        private readonly byte[] _ring;
        private readonly int[] _starts;
        private readonly int[] _lengths;
        private int _oldest;
        private int _count;
        private int _used;
        private int _head;

        public LineHistory(int maxLines, int capacity)
        {
            _ring = new byte[capacity];
            _starts = new int[maxLines];
            _lengths = new int[maxLines];
        }

        public int Count
        {
            get { return _count; }
        }

        public int MaxLines
        {
            get { return _starts.Length; }
        }

        public int Capacity
        {
            get { return _ring.Length; }
        }

        /// <summary>Stores the first <paramref name="length"/> characters; a line longer than the ring is not stored.</summary>
        public void Add(char[] chars, int length)
        {
            if (length == 0 || length > _ring.Length || IsNewest(chars, length))
            {
                return;
            }

            while (_count == _starts.Length || _used + length > _ring.Length)
            {
                _used -= _lengths[_oldest];
                _oldest = (_oldest + 1) % _starts.Length;
                _count--;
            }

            int slot = (_oldest + _count) % _starts.Length;
            _starts[slot] = _head;
            _lengths[slot] = length;
            for (int i = 0; i < length; i++)
            {
                _ring[(_head + i) % _ring.Length] = (byte)chars[i];
            }

            _head = (_head + length) % _ring.Length;
            _used += length;
            _count++;
        }

        /// <summary>Copies line <paramref name="back"/> (0 is the newest) into <paramref name="destination"/>; returns its length.</summary>
        public int CopyTo(int back, char[] destination)
        {
            if (back < 0 || back >= _count)
            {
                return 0;
            }

            int slot = (_oldest + _count - 1 - back) % _starts.Length;
            int length = _lengths[slot] < destination.Length ? _lengths[slot] : destination.Length;
            for (int i = 0; i < length; i++)
            {
                destination[i] = (char)_ring[(_starts[slot] + i) % _ring.Length];
            }

            return length;
        }

        /// <summary>Forgets and wipes every line (a new user must not recall the last one's commands).</summary>
        public void Clear()
        {
            Array.Clear(_ring, 0, _ring.Length);
            _oldest = 0;
            _count = 0;
            _used = 0;
            _head = 0;
        }

        private bool IsNewest(char[] chars, int length)
        {
            if (_count == 0)
            {
                return false;
            }

            int slot = (_oldest + _count - 1) % _starts.Length;
            if (_lengths[slot] != length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                if (_ring[(_starts[slot] + i) % _ring.Length] != (byte)chars[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
