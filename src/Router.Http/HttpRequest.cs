namespace Router.Http
{
    /// <summary>
    /// One parsed request, valid only during <see cref="IHttpHandler.Handle"/>: the server reuses the object and
    /// its buffers for the connection's next request. Header names compare case-insensitively (RFC 9110 5.1).
    /// </summary>
    public sealed class HttpRequest
    {
        private const int MaxHeaders = 32;

        private readonly string[] _headerNames = new string[MaxHeaders];
        private readonly string[] _headerValues = new string[MaxHeaders];
        private int _headerCount;

        /// <summary>GET, POST, HEAD, ... as sent (the parser accepts only tokens).</summary>
        public string Method;

        /// <summary>The path without the query, percent-decoding not applied (e.g. "/api/show").</summary>
        public string Path;

        /// <summary>The raw query after '?', or "" when there is none.</summary>
        public string Query = string.Empty;

        /// <summary>The body bytes are Body[BodyOffset .. BodyOffset + BodyLength).</summary>
        public byte[] Body;

        public int BodyOffset;

        public int BodyLength;

        /// <summary>The peer's IP address as text.</summary>
        public string RemoteAddress;

        /// <summary>True when the request came over TLS.</summary>
        public bool IsSecure;

        public int HeaderCount
        {
            get { return _headerCount; }
        }

        /// <summary>The first value of the named header, or null.</summary>
        public string Header(string name)
        {
            for (int i = 0; i < _headerCount; i++)
            {
                if (NamesEqual(_headerNames[i], name))
                {
                    return _headerValues[i];
                }
            }

            return null;
        }

        /// <summary>The value of one cookie from the Cookie header (RFC 6265 5.4), or null.</summary>
        public string Cookie(string name)
        {
            string header = Header("Cookie");
            if (header == null)
            {
                return null;
            }

            int start = 0;
            while (start < header.Length)
            {
                int end = header.IndexOf(';', start);
                if (end < 0)
                {
                    end = header.Length;
                }

                int equals = header.IndexOf('=', start);
                if (equals > start && equals < end)
                {
                    string cookieName = header.Substring(start, equals - start).Trim();
                    if (cookieName == name)
                    {
                        return header.Substring(equals + 1, end - equals - 1).Trim();
                    }
                }

                start = end + 1;
            }

            return null;
        }

        /// <summary>
        /// The percent-decoded value of a field of an application/x-www-form-urlencoded body (an HTML form POST),
        /// or null when the body has no such field or is of another content type. '+' decodes to a space.
        /// </summary>
        public string FormValue(string name)
        {
            if (Body == null || BodyLength <= 0)
            {
                return null;
            }

            string type = Header("Content-Type");
            if (type != null && !StartsWithIgnoringCase(type.Trim(), "application/x-www-form-urlencoded"))
            {
                return null;
            }

            return PercentEncoding.FindPair(Body, BodyOffset, BodyOffset + BodyLength, name);
        }

        /// <summary>The percent-decoded value of a query parameter ("?a=1&amp;b=2"), or null when there is none.</summary>
        public string QueryValue(string name)
        {
            return PercentEncoding.FindPair(Query, name);
        }

        /// <summary>The header name at <paramref name="index"/> (0 .. HeaderCount-1), as received.</summary>
        public string HeaderName(int index)
        {
            return _headerNames[index];
        }

        /// <summary>The header value at <paramref name="index"/> (0 .. HeaderCount-1), trimmed.</summary>
        public string HeaderValue(int index)
        {
            return _headerValues[index];
        }

        /// <summary>Adds a header; false when the request already has the most headers it may have.</summary>
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

        /// <summary>Forgets the previous request, keeping the buffers.</summary>
        public void Reset()
        {
            for (int i = 0; i < _headerCount; i++)
            {
                _headerNames[i] = null;
                _headerValues[i] = null;
            }

            _headerCount = 0;
            Method = null;
            Path = null;
            Query = string.Empty;
            BodyOffset = 0;
            BodyLength = 0;
        }

        private static bool StartsWithIgnoringCase(string text, string prefix)
        {
            return text.Length >= prefix.Length && NamesEqual(text.Substring(0, prefix.Length), prefix);
        }

        private static bool NamesEqual(string a, string b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                char x = a[i];
                char y = b[i];
                if (x >= 'A' && x <= 'Z')
                {
                    x = (char)(x + 32);
                }

                if (y >= 'A' && y <= 'Z')
                {
                    y = (char)(y + 32);
                }

                if (x != y)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
