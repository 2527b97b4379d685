using System;

namespace Router.Core
{
    /// <summary>
    /// A bounds-checked cursor over a segment of a caller's buffer. Every read checks the
    /// remaining length first and fails with <see cref="MalformedInputException"/>, so a
    /// parser never reads past the segment it was given. Reset it to reuse it without
    /// allocating.
    /// </summary>
    public sealed class ByteReader
    {
        private byte[] _buffer;
        private int _position;
        private int _end;

        public ByteReader()
        {
        }

        public ByteReader(byte[] buffer, int offset, int count)
        {
            Reset(buffer, offset, count);
        }

        public void Reset(byte[] buffer, int offset, int count)
        {
            if (buffer == null || offset < 0 || count < 0 || offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException("count");
            }

            _buffer = buffer;
            _position = offset;
            _end = offset + count;
        }

        public byte[] Buffer { get { return _buffer; } }

        public int Position { get { return _position; } }

        public int Remaining { get { return _end - _position; } }

        public bool IsAtEnd { get { return _position == _end; } }

        public int ReadUInt8()
        {
            Require(1);
            return _buffer[_position++];
        }

        public int ReadUInt16()
        {
            Require(2);
            int value = BigEndian.ReadUInt16(_buffer, _position);
            _position += 2;
            return value;
        }

        public int ReadUInt24()
        {
            Require(3);
            int value = BigEndian.ReadUInt24(_buffer, _position);
            _position += 3;
            return value;
        }

        public uint ReadUInt32()
        {
            Require(4);
            uint value = BigEndian.ReadUInt32(_buffer, _position);
            _position += 4;
            return value;
        }

        /// <summary>Skips <paramref name="count"/> bytes and returns the offset where they start.</summary>
        public int Skip(int count)
        {
            if (count < 0)
            {
                throw new MalformedInputException("negative length");
            }

            Require(count);
            int start = _position;
            _position += count;
            return start;
        }

        public void ReadBytes(byte[] destination, int destinationOffset, int count)
        {
            int start = Skip(count);
            Array.Copy(_buffer, start, destination, destinationOffset, count);
        }

        private void Require(int count)
        {
            if (_end - _position < count)
            {
                throw new MalformedInputException("truncated input");
            }
        }
    }
}
