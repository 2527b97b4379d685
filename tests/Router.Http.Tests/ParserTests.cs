using nanoFramework.TestFramework;

namespace Router.Http.Tests
{
    /// <summary>The request parser (RFC 9112): what it accepts, its limits, and the status of every refusal.</summary>
    [TestClass]
    public class ParserTests
    {
        internal static byte[] Bytes(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < text.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }

        internal static string Repeat(char c, int count)
        {
            char[] chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                chars[i] = c;
            }

            return new string(chars);
        }

        private static int Parse(HttpRequestParser parser, HttpRequest request, string text)
        {
            byte[] bytes = Bytes(text);
            Assert.AreEqual(bytes.Length, parser.Append(bytes, 0, bytes.Length));
            return parser.Parse(request);
        }

        /// <summary>The status a request is refused with, or 0 when it parses, -1 when more is needed.</summary>
        internal static int StatusOf(string text)
        {
            HttpRequestParser parser = new HttpRequestParser();
            HttpRequest request = new HttpRequest();
            byte[] bytes = Bytes(text);
            int taken = parser.Append(bytes, 0, bytes.Length);
            int result = parser.Parse(request);
            if (result == HttpRequestParser.Failed)
            {
                return parser.ErrorStatus;
            }

            if (taken < bytes.Length)
            {
                return -2;
            }

            return result == HttpRequestParser.Complete ? 0 : -1;
        }

        [TestMethod]
        public void GetWithQueryAndHeaders()
        {
            HttpRequestParser parser = new HttpRequestParser();
            HttpRequest request = new HttpRequest();
            int result = Parse(parser, request, "GET /status/ssl?view=all&x=%41+b HTTP/1.1\r\nHost: router\r\nUser-Agent:  curl/8 \r\nX-Thing: a:b\r\n\r\n");
            Assert.AreEqual(HttpRequestParser.Complete, result);
            Assert.AreEqual("GET", request.Method);
            Assert.AreEqual("/status/ssl", request.Path);
            Assert.AreEqual("view=all&x=%41+b", request.Query);
            Assert.AreEqual("all", request.QueryValue("view"));
            Assert.AreEqual("A b", request.QueryValue("x"));
            Assert.IsNull(request.QueryValue("missing"));
            Assert.AreEqual("router", request.Header("host"));
            Assert.AreEqual("curl/8", request.Header("User-Agent"));
            Assert.AreEqual("a:b", request.Header("x-thing"));
            Assert.AreEqual(3, request.HeaderCount);
            Assert.AreEqual(0, request.BodyLength);
            Assert.IsTrue(parser.KeepAlive);
        }

        [TestMethod]
        public void PostFormBodyIsDecoded()
        {
            HttpRequestParser parser = new HttpRequestParser();
            HttpRequest request = new HttpRequest();
            string body = "user=cipher&password=p%40ss+w%C3%B6rd&empty=&flag";
            int result = Parse(parser, request, "POST /login HTTP/1.1\r\nHost: r\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + body.Length.ToString() + "\r\n\r\n" + body);
            Assert.AreEqual(HttpRequestParser.Complete, result);
            Assert.AreEqual(body.Length, request.BodyLength);
            Assert.AreEqual("cipher", request.FormValue("user"));
            Assert.AreEqual("p@ss w\u00f6rd", request.FormValue("password"));
            Assert.AreEqual(string.Empty, request.FormValue("empty"));
            Assert.AreEqual(string.Empty, request.FormValue("flag"));
            Assert.IsNull(request.FormValue("nope"));
        }

        [TestMethod]
        public void FormValueIgnoresOtherContentTypes()
        {
            HttpRequestParser parser = new HttpRequestParser();
            HttpRequest request = new HttpRequest();
            Parse(parser, request, "POST /api HTTP/1.1\r\nHost: r\r\nContent-Type: application/json\r\nContent-Length: 5\r\n\r\na=1&b");
            Assert.IsNull(request.FormValue("a"));
        }

        [TestMethod]
        public void CookieValues()
        {
            HttpRequestParser parser = new HttpRequestParser();
            HttpRequest request = new HttpRequest();
            Parse(parser, request, "GET / HTTP/1.1\r\nHost: r\r\nCookie: a=1; session=abc; z=\r\n\r\n");
            Assert.AreEqual("abc", request.Cookie("session"));
            Assert.AreEqual("1", request.Cookie("a"));
            Assert.IsNull(request.Cookie("b"));
        }

        [TestMethod]
        public void AbsoluteFormAndAsteriskForm()
        {
            HttpRequestParser parser = new HttpRequestParser();
            HttpRequest request = new HttpRequest();
            Assert.AreEqual(HttpRequestParser.Complete, Parse(parser, request, "GET http://router:8080/a/b?c=d HTTP/1.1\r\nHost: router\r\n\r\n"));
            Assert.AreEqual("/a/b", request.Path);
            Assert.AreEqual("c=d", request.Query);
            parser.Clear();
            Assert.AreEqual(HttpRequestParser.Complete, Parse(parser, request, "OPTIONS * HTTP/1.1\r\nHost: r\r\n\r\n"));
            Assert.AreEqual("*", request.Path);
            parser.Clear();
            Assert.AreEqual(HttpRequestParser.Complete, Parse(parser, request, "GET https://router HTTP/1.1\r\nHost: router\r\n\r\n"));
            Assert.AreEqual("/", request.Path);
        }

        [TestMethod]
        public void ConnectionSemanticsPerVersion()
        {
            Assert.IsTrue(KeepAliveOf("GET / HTTP/1.1\r\nHost: r\r\n\r\n"));
            Assert.IsFalse(KeepAliveOf("GET / HTTP/1.1\r\nHost: r\r\nConnection: close\r\n\r\n"));
            Assert.IsFalse(KeepAliveOf("GET / HTTP/1.1\r\nHost: r\r\nConnection: Upgrade, CLOSE\r\n\r\n"));
            Assert.IsFalse(KeepAliveOf("GET / HTTP/1.0\r\n\r\n"));
            Assert.IsTrue(KeepAliveOf("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"));
        }

        private static bool KeepAliveOf(string text)
        {
            HttpRequestParser parser = new HttpRequestParser();
            Assert.AreEqual(HttpRequestParser.Complete, Parse(parser, new HttpRequest(), text));
            return parser.KeepAlive;
        }

        [TestMethod]
        public void LeadingEmptyLinesAndBareLfAreAccepted()
        {
            Assert.AreEqual(0, StatusOf("\r\n\r\nGET / HTTP/1.1\r\nHost: r\r\n\r\n"));
            Assert.AreEqual(0, StatusOf("GET / HTTP/1.1\nHost: r\n\n"));
            Assert.AreEqual(400, StatusOf("\r\n\r\n\r\n\r\n\r\nGET / HTTP/1.1\r\nHost: r\r\n\r\n"));
        }

        [TestMethod]
        [DataRow("GET  / HTTP/1.1\r\nHost: r\r\n\r\n", 400)]
        [DataRow("GET / HTTP/1.1 \r\nHost: r\r\n\r\n", 400)]
        [DataRow("GET /\r\nHost: r\r\n\r\n", 400)]
        [DataRow("GET / http/1.1\r\nHost: r\r\n\r\n", 400)]
        [DataRow("GET / HTTP/1.x\r\nHost: r\r\n\r\n", 400)]
        [DataRow("GET / HTTP/11\r\nHost: r\r\n\r\n", 400)]
        [DataRow("GET / HTTP/2.0\r\nHost: r\r\n\r\n", 505)]
        [DataRow("GET / HTTP/0.9\r\nHost: r\r\n\r\n", 505)]
        [DataRow("G(T / HTTP/1.1\r\nHost: r\r\n\r\n", 400)]
        [DataRow("BREW / HTTP/1.1\r\nHost: r\r\n\r\n", 501)]
        [DataRow("CONNECT router:443 HTTP/1.1\r\nHost: r\r\n\r\n", 400)]
        [DataRow("TRACE / HTTP/1.1\r\nHost: r\r\n\r\n", 501)]
        [DataRow("GET * HTTP/1.1\r\nHost: r\r\n\r\n", 400)]
        [DataRow("GET ftp://x/ HTTP/1.1\r\nHost: r\r\n\r\n", 400)]
        [DataRow("GET /a\u0001b HTTP/1.1\r\nHost: r\r\n\r\n", 400)]
        [DataRow("GET /\u00e9 HTTP/1.1\r\nHost: r\r\n\r\n", 400)]
        [DataRow("GET / HTTP/1.1\rHost: r\r\n\r\n", 400)]
        [DataRow("GET / HTTP/1.1\r\nHost: r\r\n\u0000\r\n\r\n", 400)]
        [DataRow("GET / HTTP/1.1\r\n\r\n", 400)]
        [DataRow("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400)]
        [DataRow("GET / HTTP/1.1\r\nHost : r\r\n\r\n", 400)]
        [DataRow("GET / HTTP/1.1\r\n: r\r\nHost: r\r\n\r\n", 400)]
        [DataRow("GET / HTTP/1.1\r\nNoColon\r\nHost: r\r\n\r\n", 400)]
        [DataRow("GET / HTTP/1.1\r\nHost: r\r\n folded\r\n\r\n", 400)]
        [DataRow("GET / HTTP/1.1\r\nHost: r\r\nX: a\u0007b\r\n\r\n", 400)]
        [DataRow("GET / HTTP/1.1\r\nHo(st: r\r\n\r\n", 400)]
        [DataRow("POST / HTTP/1.1\r\nHost: r\r\nContent-Length: 1x\r\n\r\n", 400)]
        [DataRow("POST / HTTP/1.1\r\nHost: r\r\nContent-Length: -1\r\n\r\n", 400)]
        [DataRow("POST / HTTP/1.1\r\nHost: r\r\nContent-Length:\r\n\r\n", 400)]
        [DataRow("POST / HTTP/1.1\r\nHost: r\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab", 400)]
        [DataRow("POST / HTTP/1.1\r\nHost: r\r\nContent-Length: 8193\r\n\r\n", 413)]
        [DataRow("POST / HTTP/1.1\r\nHost: r\r\nContent-Length: 99999999999999999999\r\n\r\n", 413)]
        [DataRow("POST / HTTP/1.1\r\nHost: r\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 411)]
        [DataRow("POST / HTTP/1.1\r\nHost: r\r\nTransfer-Encoding: gzip\r\n\r\n", 501)]
        [DataRow("POST / HTTP/1.1\r\nHost: r\r\nContent-Length: 3\r\nTransfer-Encoding: gzip, chunked\r\n\r\n", 411)]
        public void MalformedRequestsGetTheirStatus(string text, int status)
        {
            Assert.AreEqual(status, StatusOf(text));
        }

        [TestMethod]
        public void RepeatedIdenticalContentLengthIsAccepted()
        {
            Assert.AreEqual(0, StatusOf("POST / HTTP/1.1\r\nHost: r\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nab"));
        }

        [TestMethod]
        public void RequestLineLimit()
        {
            string prefix = "GET /";
            string suffix = " HTTP/1.1";
            string exact = prefix + Repeat('a', HttpLimits.MaxRequestLine - prefix.Length - suffix.Length) + suffix;
            Assert.AreEqual(HttpLimits.MaxRequestLine, exact.Length);
            Assert.AreEqual(0, StatusOf(exact + "\r\nHost: r\r\n\r\n"));
            string over = prefix + Repeat('a', HttpLimits.MaxRequestLine - prefix.Length - suffix.Length + 1) + suffix;
            Assert.AreEqual(414, StatusOf(over + "\r\nHost: r\r\n\r\n"));

            // Refused without waiting for the line's end.
            Assert.AreEqual(414, StatusOf("GET /" + Repeat('a', 2000)));
            Assert.AreEqual(-1, StatusOf("GET /" + Repeat('a', 1000)));
        }

        [TestMethod]
        public void HeaderCountLimit()
        {
            string headers = "Host: r\r\n";
            for (int i = 1; i < HttpLimits.MaxHeaders; i++)
            {
                headers += "X-" + i.ToString() + ": v\r\n";
            }

            Assert.AreEqual(0, StatusOf("GET / HTTP/1.1\r\n" + headers + "\r\n"));
            Assert.AreEqual(431, StatusOf("GET / HTTP/1.1\r\n" + headers + "X-Last: v\r\n\r\n"));
        }

        [TestMethod]
        public void HeaderBytesLimit()
        {
            // The header section counts every field line with its CRLF and the final empty line.
            string host = "Host: r\r\n";
            string name = "X-Big: ";
            int fill = HttpLimits.MaxHeaderBytes - host.Length - name.Length - 2 - 2;
            string exact = host + name + Repeat('v', fill) + "\r\n";
            Assert.AreEqual(0, StatusOf("GET / HTTP/1.1\r\n" + exact + "\r\n"));
            string over = host + name + Repeat('v', fill + 1) + "\r\n";
            Assert.AreEqual(431, StatusOf("GET / HTTP/1.1\r\n" + over + "\r\n"));

            // A header section that never ends is refused once it passes the limit.
            Assert.AreEqual(431, StatusOf("GET / HTTP/1.1\r\nHost: r\r\nX: " + Repeat('v', 5000)));
        }

        [TestMethod]
        public void BodyLimit()
        {
            string head = "POST / HTTP/1.1\r\nHost: r\r\nContent-Length: ";
            Assert.AreEqual(0, StatusOf(head + HttpLimits.MaxBody.ToString() + "\r\n\r\n" + Repeat('b', HttpLimits.MaxBody)));
            Assert.AreEqual(413, StatusOf(head + (HttpLimits.MaxBody + 1).ToString() + "\r\n\r\n"));
            Assert.AreEqual(-1, StatusOf(head + "10\r\n\r\n12345"));
        }

        [TestMethod]
        public void LargestRequestFitsTheBuffer()
        {
            string line = "POST /" + Repeat('p', HttpLimits.MaxRequestLine - 15) + " HTTP/1.1";
            Assert.AreEqual(HttpLimits.MaxRequestLine, line.Length);
            string lengthLine = "Content-Length: " + HttpLimits.MaxBody.ToString() + "\r\n";
            string host = "Host: r\r\n";
            int fill = HttpLimits.MaxHeaderBytes - host.Length - lengthLine.Length - "X: \r\n".Length - 2;
            string text = line + "\r\n" + host + lengthLine + "X: " + Repeat('h', fill) + "\r\n\r\n" + Repeat('b', HttpLimits.MaxBody);
            Assert.AreEqual(HttpLimits.InputBufferSize, text.Length);
            Assert.AreEqual(0, StatusOf(text));
        }

        [TestMethod]
        public void PipelinedRequestsComeOneAfterTheOther()
        {
            HttpRequestParser parser = new HttpRequestParser();
            HttpRequest request = new HttpRequest();
            int result = Parse(parser, request, "POST /one HTTP/1.1\r\nHost: r\r\nContent-Length: 3\r\n\r\nabcGET /two HTTP/1.1\r\nHost: r\r\n\r\nGET /thr");
            Assert.AreEqual(HttpRequestParser.Complete, result);
            Assert.AreEqual("/one", request.Path);
            Assert.AreEqual(3, request.BodyLength);
            Assert.AreEqual((byte)'a', request.Body[request.BodyOffset]);
            parser.Next();
            Assert.AreEqual(HttpRequestParser.Complete, parser.Parse(request));
            Assert.AreEqual("/two", request.Path);
            Assert.AreEqual(1, request.HeaderCount);
            parser.Next();
            Assert.AreEqual(HttpRequestParser.NeedMore, parser.Parse(request));
            Assert.IsTrue(parser.HasPartialRequest);
            byte[] rest = Bytes("ee HTTP/1.1\r\nHost: r\r\n\r\n");
            parser.Append(rest, 0, rest.Length);
            Assert.AreEqual(HttpRequestParser.Complete, parser.Parse(request));
            Assert.AreEqual("/three", request.Path);
            parser.Next();
            Assert.AreEqual(0, parser.Length);
            Assert.IsFalse(parser.HasPartialRequest);
        }

        [TestMethod]
        public void ExpectContinueIsSignalledUntilTheBodyArrives()
        {
            HttpRequestParser parser = new HttpRequestParser();
            HttpRequest request = new HttpRequest();
            Assert.AreEqual(HttpRequestParser.NeedMore, Parse(parser, request, "POST / HTTP/1.1\r\nHost: r\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n"));
            Assert.IsTrue(parser.WaitsForContinue);
            parser.ContinueSent();
            Assert.IsFalse(parser.WaitsForContinue);
            byte[] body = Bytes("data");
            parser.Append(body, 0, body.Length);
            Assert.AreEqual(HttpRequestParser.Complete, parser.Parse(request));
        }

        [TestMethod]
        public void AFailedParserStaysFailed()
        {
            HttpRequestParser parser = new HttpRequestParser();
            HttpRequest request = new HttpRequest();
            Assert.AreEqual(HttpRequestParser.Failed, Parse(parser, request, "GET / HTTP/3.0\r\n"));
            byte[] more = Bytes("Host: r\r\n\r\n");
            parser.Append(more, 0, more.Length);
            Assert.AreEqual(HttpRequestParser.Failed, parser.Parse(request));
            Assert.AreEqual(505, parser.ErrorStatus);
        }
    }
}
