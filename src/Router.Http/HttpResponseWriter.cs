namespace Router.Http
{
    /// <summary>
    /// Serialises a response's head (RFC 9112 4 and 6): status line, the handler's headers, Content-Type,
    /// Content-Length and Connection, into a caller's buffer. Allocates nothing. Header names and values that
    /// could split the response (CR, LF, NUL) or a head that does not fit make it answer -1.
    /// </summary>
    public static class HttpResponseWriter
    {
        /// <summary>Writes the head at <paramref name="offset"/>; returns its length, or -1.</summary>
        public static int WriteHead(HttpResponse response, bool keepAlive, byte[] output, int offset)
        {
            int at = offset;
            int end = output.Length;
            int status = response.Status;
            if (status < 100 || status > 999)
            {
                return -1;
            }

            at = Put("HTTP/1.1 ", output, at, end);
            at = PutNumber(status, output, at, end);
            at = Put(" ", output, at, end);
            at = Put(HttpStatus.Reason(status), output, at, end);
            at = Put("\r\n", output, at, end);
            for (int i = 0; i < response.HeaderCount && at >= 0; i++)
            {
                string name = response.HeaderName(i);
                string value = response.HeaderValue(i);
                if (!IsSafe(name, true) || !IsSafe(value, false))
                {
                    return -1;
                }

                at = Put(name, output, at, end);
                at = Put(": ", output, at, end);
                at = Put(value, output, at, end);
                at = Put("\r\n", output, at, end);
            }

            if (!HttpStatus.HasNoContent(status))
            {
                if (response.ContentType != null && response.ContentType.Length > 0)
                {
                    if (!IsSafe(response.ContentType, false))
                    {
                        return -1;
                    }

                    at = Put("Content-Type: ", output, at, end);
                    at = Put(response.ContentType, output, at, end);
                    at = Put("\r\n", output, at, end);
                }

                at = Put("Content-Length: ", output, at, end);
                at = PutNumber(response.BodyLength, output, at, end);
                at = Put("\r\n", output, at, end);
            }

            at = Put(keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n", output, at, end);
            return at < 0 ? -1 : at - offset;
        }

        /// <summary>The interim answer to Expect: 100-continue (RFC 9110 15.2.1).</summary>
        public static int WriteContinue(byte[] output, int offset)
        {
            int at = Put("HTTP/1.1 100 Continue\r\n\r\n", output, offset, output.Length);
            return at < 0 ? -1 : at - offset;
        }

        private static bool IsSafe(string text, bool isName)
        {
            if (text == null || (isName && text.Length == 0))
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\r' || c == '\n' || c == '\0' || c > 0xFF || (isName && (c == ':' || c <= ' ')))
                {
                    return false;
                }
            }

            return true;
        }

        private static int Put(string text, byte[] output, int at, int end)
        {
            if (at < 0 || end - at < text.Length)
            {
                return -1;
            }

            for (int i = 0; i < text.Length; i++)
            {
                output[at++] = (byte)text[i];
            }

            return at;
        }

        private static int PutNumber(int value, byte[] output, int at, int end)
        {
            if (at < 0 || value < 0)
            {
                return -1;
            }

            int digits = 1;
            for (int v = value; v >= 10; v /= 10)
            {
                digits++;
            }

            if (end - at < digits)
            {
                return -1;
            }

            for (int i = digits - 1; i >= 0; i--)
            {
                output[at + i] = (byte)('0' + value % 10);
                value /= 10;
            }

            return at + digits;
        }
    }
}
