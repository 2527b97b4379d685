namespace Router.Http
{
    /// <summary>
    /// A sans-I/O HTTP/1.1 request parser (RFC 9112) over one fixed input buffer. The connection receives
    /// straight into <see cref="Buffer"/> at <see cref="Length"/> (at most <see cref="Room"/> bytes) and calls
    /// <see cref="Commit"/>; <see cref="Parse"/> then says whether a whole request is there, more is needed,
    /// or the request is refused with a status (<see cref="ErrorStatus"/>: 400, 411, 413, 414, 431, 501, 505).
    /// A parsed request stays in the buffer until <see cref="Next"/>, which keeps any pipelined bytes after it.
    /// Scanning resumes where it stopped, so a request split at any byte costs no rescans; nothing throws.
    /// </summary>
    public sealed class HttpRequestParser
    {
        public const int NeedMore = 0;
        public const int Complete = 1;
        public const int Failed = 2;

        private const int StateRequestLine = 0;
        private const int StateHeaders = 1;
        private const int StateBody = 2;
        private const int StateDone = 3;
        private const int StateFailed = 4;

        private readonly byte[] _buffer;
        private int _length;
        private int _scan;
        private int _lineStart;
        private int _state;
        private int _emptyLines;
        private int _headersStart;
        private int _bodyStart;
        private int _contentLength;
        private int _errorStatus;
        private int _minorVersion;
        private bool _sawContentLength;
        private bool _sawHost;
        private bool _connectionClose;
        private bool _connectionKeepAlive;
        private bool _expectContinue;

        public HttpRequestParser()
            : this(HttpLimits.InputBufferSize)
        {
        }

        public HttpRequestParser(int bufferSize)
        {
            _buffer = new byte[bufferSize];
        }

        /// <summary>The input buffer: receive into it at <see cref="Length"/>, then <see cref="Commit"/>.</summary>
        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>Bytes held: the current request's and any pipelined after it.</summary>
        public int Length
        {
            get { return _length; }
        }

        public int Room
        {
            get { return _buffer.Length - _length; }
        }

        /// <summary>The status to answer with after <see cref="Failed"/>.</summary>
        public int ErrorStatus
        {
            get { return _errorStatus; }
        }

        /// <summary>True once the request being received has its first byte (for the slow-client timeout).</summary>
        public bool HasPartialRequest
        {
            get { return _state != StateDone && _state != StateFailed && _length > 0; }
        }

        /// <summary>After <see cref="Complete"/>: whether the connection stays open (RFC 9112 9.3).</summary>
        public bool KeepAlive
        {
            get { return _minorVersion >= 1 ? !_connectionClose : _connectionKeepAlive && !_connectionClose; }
        }

        /// <summary>True while a complete header section asked for 100-continue and the body is not all here (RFC 9110 10.1.1).</summary>
        public bool WaitsForContinue
        {
            get { return _state == StateBody && _expectContinue; }
        }

        /// <summary>Forgets the 100-continue wish once the interim answer was sent.</summary>
        public void ContinueSent()
        {
            _expectContinue = false;
        }

        /// <summary>Adds bytes copied from elsewhere; returns how many fitted.</summary>
        public int Append(byte[] data, int offset, int count)
        {
            int n = count < Room ? count : Room;
            if (n > 0)
            {
                System.Array.Copy(data, offset, _buffer, _length, n);
                _length += n;
            }

            return n;
        }

        /// <summary>Accepts <paramref name="count"/> bytes received into <see cref="Buffer"/> at <see cref="Length"/>.</summary>
        public void Commit(int count)
        {
            if (count > 0 && count <= Room)
            {
                _length += count;
            }
        }

        /// <summary>Drops every byte and starts afresh.</summary>
        public void Clear()
        {
            _length = 0;
            StartRequest();
        }

        /// <summary>Drops the request just answered; bytes pipelined after it move to the buffer's start.</summary>
        public void Next()
        {
            int end = _state == StateDone ? _bodyStart + _contentLength : _length;
            int rest = _length - end;
            if (rest > 0)
            {
                System.Array.Copy(_buffer, end, _buffer, 0, rest);
            }

            _length = rest > 0 ? rest : 0;
            StartRequest();
        }

        /// <summary>Parses what has arrived into <paramref name="request"/> (reset first); never throws.</summary>
        public int Parse(HttpRequest request)
        {
            try
            {
                return ParseInternal(request);
            }
            catch (System.Exception)
            {
                return Fail(HttpStatus.BadRequest);
            }
        }

        private void StartRequest()
        {
            _scan = 0;
            _lineStart = 0;
            _state = StateRequestLine;
            _emptyLines = 0;
            _headersStart = 0;
            _bodyStart = 0;
            _contentLength = 0;
            _errorStatus = 0;
            _minorVersion = 1;
            _sawContentLength = false;
            _sawHost = false;
            _connectionClose = false;
            _connectionKeepAlive = false;
            _expectContinue = false;
        }

        private int ParseInternal(HttpRequest request)
        {
            if (_state == StateFailed)
            {
                return Failed;
            }

            if (_state == StateDone)
            {
                return Complete;
            }

            if (_state == StateRequestLine && _scan == 0)
            {
                request.Reset();
            }

            while (_state == StateRequestLine || _state == StateHeaders)
            {
                int lineEnd = FindLineEnd();
                if (lineEnd == -2)
                {
                    return Failed;
                }

                if (lineEnd < 0)
                {
                    // No line end yet: refuse as soon as the line is certainly too long (no waiting for more).
                    int pending = _length - _lineStart;
                    if (_state == StateRequestLine && pending > HttpLimits.MaxRequestLine + 1)
                    {
                        return Fail(HttpStatus.UriTooLong);
                    }

                    if (_state == StateHeaders && _length - _headersStart > HttpLimits.MaxHeaderBytes)
                    {
                        return Fail(HttpStatus.HeaderFieldsTooLarge);
                    }

                    return NeedMore;
                }

                int contentEnd = lineEnd > _lineStart && _buffer[lineEnd - 1] == (byte)'\r' ? lineEnd - 1 : lineEnd;
                int next = lineEnd + 1;
                if (_state == StateRequestLine)
                {
                    if (contentEnd == _lineStart)
                    {
                        // Empty lines before a request line are ignored (RFC 9112 2.2), a few of them.
                        if (++_emptyLines > HttpLimits.MaxLeadingEmptyLines)
                        {
                            return Fail(HttpStatus.BadRequest);
                        }

                        _lineStart = next;
                        continue;
                    }

                    if (contentEnd - _lineStart > HttpLimits.MaxRequestLine)
                    {
                        return Fail(HttpStatus.UriTooLong);
                    }

                    int status = ParseRequestLine(request, _lineStart, contentEnd);
                    if (status != 0)
                    {
                        return Fail(status);
                    }

                    _state = StateHeaders;
                    _headersStart = next;
                    _lineStart = next;
                    continue;
                }

                if (next - _headersStart > HttpLimits.MaxHeaderBytes)
                {
                    return Fail(HttpStatus.HeaderFieldsTooLarge);
                }

                if (contentEnd == _lineStart)
                {
                    int status = EndOfHeaders(request);
                    if (status != 0)
                    {
                        return Fail(status);
                    }

                    _bodyStart = next;
                    _lineStart = next;
                    _state = StateBody;
                    break;
                }

                int headerStatus = ParseHeaderLine(request, _lineStart, contentEnd);
                if (headerStatus != 0)
                {
                    return Fail(headerStatus);
                }

                _lineStart = next;
            }

            if (_state == StateBody)
            {
                if (_length - _bodyStart < _contentLength)
                {
                    return NeedMore;
                }

                request.Body = _buffer;
                request.BodyOffset = _bodyStart;
                request.BodyLength = _contentLength;
                _state = StateDone;
                _expectContinue = false;
            }

            return Complete;
        }

        /// <summary>The index of the next LF from the scan position, -1 when none yet, -2 after refusing a bare CR or NUL.</summary>
        private int FindLineEnd()
        {
            if (_scan < _lineStart)
            {
                _scan = _lineStart;
            }

            while (_scan < _length)
            {
                byte b = _buffer[_scan];
                if (b == (byte)'\n')
                {
                    return _scan++;
                }

                // A CR must be followed by LF (RFC 9112 2.2: a bare CR is invalid); NUL is never allowed.
                if (b == 0 || (_scan > _lineStart && _buffer[_scan - 1] == (byte)'\r'))
                {
                    Fail(HttpStatus.BadRequest);
                    return -2;
                }

                _scan++;
            }

            return -1;
        }

        /// <summary>method SP request-target SP HTTP-version (RFC 9112 3); 0 when accepted, or the status.</summary>
        private int ParseRequestLine(HttpRequest request, int start, int end)
        {
            int firstSpace = IndexOf((byte)' ', start, end);
            if (firstSpace <= start)
            {
                return HttpStatus.BadRequest;
            }

            int secondSpace = IndexOf((byte)' ', firstSpace + 1, end);
            if (secondSpace <= firstSpace + 1)
            {
                return HttpStatus.BadRequest;
            }

            for (int i = start; i < firstSpace; i++)
            {
                if (!HttpText.IsTokenChar(_buffer[i]))
                {
                    return HttpStatus.BadRequest;
                }
            }

            int versionStatus = ParseVersion(secondSpace + 1, end);
            if (versionStatus != 0)
            {
                return versionStatus;
            }

            string method = HttpText.Method(_buffer, start, firstSpace);
            int targetStatus = ParseTarget(request, method, firstSpace + 1, secondSpace);
            if (targetStatus != 0)
            {
                return targetStatus;
            }

            request.Method = method;
            return HttpText.IsImplementedMethod(method) ? 0 : HttpStatus.NotImplemented;
        }

        /// <summary>HTTP-version = "HTTP/" DIGIT "." DIGIT (RFC 9112 2.3); another major version is 505.</summary>
        private int ParseVersion(int start, int end)
        {
            if (end - start != 8 || _buffer[start] != (byte)'H' || _buffer[start + 1] != (byte)'T' || _buffer[start + 2] != (byte)'T'
                || _buffer[start + 3] != (byte)'P' || _buffer[start + 4] != (byte)'/' || _buffer[start + 6] != (byte)'.'
                || !HttpText.IsDigit(_buffer[start + 5]) || !HttpText.IsDigit(_buffer[start + 7]))
            {
                return HttpStatus.BadRequest;
            }

            if (_buffer[start + 5] != (byte)'1')
            {
                return HttpStatus.VersionNotSupported;
            }

            _minorVersion = _buffer[start + 7] - '0';
            return 0;
        }

        /// <summary>origin-form, absolute-form (its path is kept) or "*" for OPTIONS (RFC 9112 3.2).</summary>
        private int ParseTarget(HttpRequest request, string method, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                byte b = _buffer[i];
                if (b <= 0x20 || b >= 0x7F)
                {
                    return HttpStatus.BadRequest;
                }
            }

            if (end - start == 1 && _buffer[start] == (byte)'*')
            {
                if (method != "OPTIONS")
                {
                    return HttpStatus.BadRequest;
                }

                request.Path = "*";
                request.Query = string.Empty;
                return 0;
            }

            if (_buffer[start] != (byte)'/')
            {
                int pathStart = AbsoluteFormPath(start, end);
                if (pathStart < 0)
                {
                    return HttpStatus.BadRequest;
                }

                if (pathStart == end)
                {
                    request.Path = "/";
                    request.Query = string.Empty;
                    return 0;
                }

                start = pathStart;
            }

            int question = IndexOf((byte)'?', start, end);
            if (question < 0)
            {
                request.Path = HttpText.Ascii(_buffer, start, end);
                request.Query = string.Empty;
            }
            else
            {
                request.Path = question == start ? "/" : HttpText.Ascii(_buffer, start, question);
                request.Query = HttpText.Ascii(_buffer, question + 1, end);
            }

            return 0;
        }

        /// <summary>Where the path of "http://host[:port]/path" starts (end when it has none), or -1 when it is no absolute http(s) URI.</summary>
        private int AbsoluteFormPath(int start, int end)
        {
            int at;
            if (HttpText.StartsWithIgnoringCase(_buffer, start, end, "http://"))
            {
                at = start + 7;
            }
            else if (HttpText.StartsWithIgnoringCase(_buffer, start, end, "https://"))
            {
                at = start + 8;
            }
            else
            {
                return -1;
            }

            int slash = IndexOf((byte)'/', at, end);
            int question = IndexOf((byte)'?', at, end);
            if (slash < 0 && question < 0)
            {
                return at < end ? end : -1;
            }

            if (slash < 0 || (question >= 0 && question < slash))
            {
                // "http://host?x": the path is empty; origin-form needs one, so refuse rather than guess.
                return -1;
            }

            return slash > at ? slash : -1;
        }

        /// <summary>field-name ":" OWS field-value OWS (RFC 9112 5); 0 when accepted, or the status.</summary>
        private int ParseHeaderLine(HttpRequest request, int start, int end)
        {
            byte first = _buffer[start];
            if (first == (byte)' ' || first == (byte)'\t')
            {
                // obs-fold (RFC 9112 5.2): refused.
                return HttpStatus.BadRequest;
            }

            int colon = IndexOf((byte)':', start, end);
            if (colon <= start)
            {
                return HttpStatus.BadRequest;
            }

            for (int i = start; i < colon; i++)
            {
                // No whitespace between name and colon (RFC 9112 5.1): a token only.
                if (!HttpText.IsTokenChar(_buffer[i]))
                {
                    return HttpStatus.BadRequest;
                }
            }

            int valueStart = colon + 1;
            int valueEnd = end;
            while (valueStart < valueEnd && HttpText.IsWhitespace(_buffer[valueStart]))
            {
                valueStart++;
            }

            while (valueEnd > valueStart && HttpText.IsWhitespace(_buffer[valueEnd - 1]))
            {
                valueEnd--;
            }

            for (int i = valueStart; i < valueEnd; i++)
            {
                byte b = _buffer[i];
                if ((b < 0x20 && b != (byte)'\t') || b == 0x7F)
                {
                    return HttpStatus.BadRequest;
                }
            }

            if (request.HeaderCount >= HttpLimits.MaxHeaders)
            {
                return HttpStatus.HeaderFieldsTooLarge;
            }

            string name = HttpText.HeaderName(_buffer, start, colon);
            string value = HttpText.Ascii(_buffer, valueStart, valueEnd);
            if (!request.AddHeader(name, value))
            {
                return HttpStatus.HeaderFieldsTooLarge;
            }

            return FramingHeader(name, value);
        }

        /// <summary>Remembers the fields that frame the message or the connection; 0 when acceptable.</summary>
        private int FramingHeader(string name, string value)
        {
            if (HttpText.EqualsIgnoringCase(name, "Content-Length"))
            {
                // RFC 9112 6.3: an invalid or conflicting length is unrecoverable.
                int length = HttpText.ParseLength(value);
                if (length == -1)
                {
                    return HttpStatus.BadRequest;
                }

                if (length == -2)
                {
                    return HttpStatus.ContentTooLarge;
                }

                if (_sawContentLength && length != _contentLength)
                {
                    return HttpStatus.BadRequest;
                }

                _sawContentLength = true;
                _contentLength = length;
                return length > HttpLimits.MaxBody ? HttpStatus.ContentTooLarge : 0;
            }

            if (HttpText.EqualsIgnoringCase(name, "Transfer-Encoding"))
            {
                // Bodies need a Content-Length here: chunked is asked for (411), other codings are not implemented.
                return HttpText.ContainsToken(value, "chunked") ? HttpStatus.LengthRequired : HttpStatus.NotImplemented;
            }

            if (HttpText.EqualsIgnoringCase(name, "Host"))
            {
                if (_sawHost)
                {
                    return HttpStatus.BadRequest;
                }

                _sawHost = true;
                return 0;
            }

            if (HttpText.EqualsIgnoringCase(name, "Connection"))
            {
                _connectionClose |= HttpText.ContainsToken(value, "close");
                _connectionKeepAlive |= HttpText.ContainsToken(value, "keep-alive");
                return 0;
            }

            if (HttpText.EqualsIgnoringCase(name, "Expect"))
            {
                _expectContinue = HttpText.EqualsIgnoringCase(value, "100-continue");
            }

            return 0;
        }

        private int EndOfHeaders(HttpRequest request)
        {
            // RFC 9112 3.2: an HTTP/1.1 request without Host (or with several) is answered 400.
            if (_minorVersion >= 1 && !_sawHost)
            {
                return HttpStatus.BadRequest;
            }

            if (!_sawContentLength || _contentLength == 0)
            {
                _expectContinue = false;
            }

            return 0;
        }

        private int Fail(int status)
        {
            _state = StateFailed;
            _errorStatus = status;
            return Failed;
        }

        private int IndexOf(byte value, int start, int end)
        {
            for (int i = start; i < end; i++)
            {
                if (_buffer[i] == value)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
