namespace Router.Http
{
    /// <summary>
    /// The answer a handler builds: status, headers and a body. The body is either written into the response's
    /// own bounded buffer (<see cref="Write(string)"/>) or given as a slice of an existing array that the server
    /// sends without copying (<see cref="SetBody"/>, for assets embedded in the firmware). The server adds
    /// Content-Length, Date-free framing and Connection headers itself; handlers add the rest.
    /// </summary>
    public sealed class HttpResponse
    {
        private const int MaxHeaders = 16;

        private readonly string[] _headerNames = new string[MaxHeaders];
        private readonly string[] _headerValues = new string[MaxHeaders];
        private readonly byte[] _buffer;
        private int _headerCount;
        private int _written;
        private byte[] _external;
        private int _externalOffset;
        private int _externalCount;
        private bool _overflowed;

        public int Status = 200;

        public string ContentType = "text/html; charset=utf-8";

        public HttpResponse(int bodyCapacity)
        {
            _buffer = new byte[bodyCapacity];
        }

        /// <summary>Bytes the body buffer holds (what <see cref="Write(string)"/> may fill).</summary>
        public int Capacity
        {
            get { return _buffer.Length; }
        }

        /// <summary>True when a Write did not fit the body buffer; the server answers 500 instead.</summary>
        public bool Overflowed
        {
            get { return _overflowed; }
        }

        public int HeaderCount
        {
            get { return _headerCount; }
        }

        public string HeaderName(int index)
        {
            return _headerNames[index];
        }

        public string HeaderValue(int index)
        {
            return _headerValues[index];
        }

        /// <summary>Adds a header line (Set-Cookie may appear more than once); false when the table is full.</summary>
        public bool AddHeader(string name, string value)
        {
            if (_headerCount == MaxHeaders)
            {
                return false;
            }

            _headerNames[_headerCount] = name;
            _headerValues[_headerCount] = value;
            _headerCount++;
            return true;
        }

        /// <summary>Appends text as UTF-8 to the body buffer.</summary>
        public void Write(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                int c = text[i];
                if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.Length)
                {
                    int low = text[i + 1];
                    if (low >= 0xDC00 && low <= 0xDFFF)
                    {
                        c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
                        i++;
                    }
                }

                if (c < 0x80)
                {
                    Put((byte)c);
                }
                else if (c < 0x800)
                {
                    Put((byte)(0xC0 | (c >> 6)));
                    Put((byte)(0x80 | (c & 0x3F)));
                }
                else if (c < 0x10000)
                {
                    Put((byte)(0xE0 | (c >> 12)));
                    Put((byte)(0x80 | ((c >> 6) & 0x3F)));
                    Put((byte)(0x80 | (c & 0x3F)));
                }
                else
                {
                    Put((byte)(0xF0 | (c >> 18)));
                    Put((byte)(0x80 | ((c >> 12) & 0x3F)));
                    Put((byte)(0x80 | ((c >> 6) & 0x3F)));
                    Put((byte)(0x80 | (c & 0x3F)));
                }
            }
        }

        /// <summary>Appends bytes to the body buffer.</summary>
        public void Write(byte[] data, int offset, int count)
        {
            if (count > _buffer.Length - _written)
            {
                _overflowed = true;
                return;
            }

            System.Array.Copy(data, offset, _buffer, _written, count);
            _written += count;
        }

        /// <summary>Makes the body a slice of an array the caller keeps unchanged (an embedded asset); replaces anything written.</summary>
        public void SetBody(byte[] data, int offset, int count)
        {
            _external = data;
            _externalOffset = offset;
            _externalCount = count;
            _written = 0;
        }

        /// <summary>The body's array, offset and length, wherever it lives.</summary>
        public byte[] BodyArray
        {
            get { return _external != null ? _external : _buffer; }
        }

        public int BodyOffset
        {
            get { return _external != null ? _externalOffset : 0; }
        }

        public int BodyLength
        {
            get { return _external != null ? _externalCount : _written; }
        }

        /// <summary>Forgets the previous response, keeping the buffer.</summary>
        public void Reset()
        {
            for (int i = 0; i < _headerCount; i++)
            {
                _headerNames[i] = null;
                _headerValues[i] = null;
            }

            _headerCount = 0;
            _written = 0;
            _external = null;
            _overflowed = false;
            Status = 200;
            ContentType = "text/html; charset=utf-8";
        }

        private void Put(byte value)
        {
            if (_written == _buffer.Length)
            {
                _overflowed = true;
                return;
            }

            _buffer[_written++] = value;
        }
    }
}
