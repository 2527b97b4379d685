using System;
using nanoFramework.TestFramework;

namespace Router.Http.Tests
{
    /// <summary>Requests split at every byte, every prefix, and random or mutated input: same answers, no exception.</summary>
    [TestClass]
    public class ParserSplitFuzzTests
    {
        private static readonly string[] Samples =
        {
            "GET /index.html?a=1 HTTP/1.1\r\nHost: router\r\nAccept: */*\r\nCookie: s=1\r\n\r\n",
            "POST /api/command HTTP/1.1\r\nHost: r\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 21\r\n\r\ncommand=show+ssl&go=1",
            "GET / HTTP/1.0\nConnection: keep-alive\n\n",
            "GET / HTTP/2.0\r\nHost: r\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: r\r\n folded\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: r\r\nTransfer-Encoding: chunked\r\n\r\n",
        };

        /// <summary>Parses <paramref name="text"/> given in two pieces split at <paramref name="split"/>; returns status (0 ok, -1 need more) and the request.</summary>
        private static int ParseSplit(string text, int split, HttpRequest request)
        {
            HttpRequestParser parser = new HttpRequestParser();
            byte[] bytes = ParserTests.Bytes(text);
            parser.Append(bytes, 0, split);
            int result = parser.Parse(request);
            if (result == HttpRequestParser.NeedMore)
            {
                parser.Append(bytes, split, bytes.Length - split);
                result = parser.Parse(request);
            }

            return result == HttpRequestParser.Failed ? parser.ErrorStatus : (result == HttpRequestParser.Complete ? 0 : -1);
        }

        [TestMethod]
        public void EverySplitGivesTheSameAnswer()
        {
            for (int s = 0; s < Samples.Length; s++)
            {
                string text = Samples[s];
                HttpRequest whole = new HttpRequest();
                int expected = ParseSplit(text, text.Length, whole);
                for (int split = 0; split <= text.Length; split++)
                {
                    HttpRequest request = new HttpRequest();
                    Assert.AreEqual(expected, ParseSplit(text, split, request), "sample " + s.ToString() + " split at " + split.ToString());
                    if (expected == 0)
                    {
                        Assert.AreEqual(whole.Path, request.Path);
                        Assert.AreEqual(whole.Query, request.Query);
                        Assert.AreEqual(whole.HeaderCount, request.HeaderCount);
                        Assert.AreEqual(whole.BodyLength, request.BodyLength);
                    }
                }
            }
        }

        [TestMethod]
        public void ByteByByteFeedingMatchesOneFeed()
        {
            for (int s = 0; s < Samples.Length; s++)
            {
                string text = Samples[s];
                int expected = ParseSplit(text, text.Length, new HttpRequest());
                HttpRequestParser parser = new HttpRequestParser();
                HttpRequest request = new HttpRequest();
                byte[] bytes = ParserTests.Bytes(text);
                int result = HttpRequestParser.NeedMore;
                for (int i = 0; i < bytes.Length && result == HttpRequestParser.NeedMore; i++)
                {
                    parser.Append(bytes, i, 1);
                    result = parser.Parse(request);
                }

                int status = result == HttpRequestParser.Failed ? parser.ErrorStatus : (result == HttpRequestParser.Complete ? 0 : -1);
                Assert.AreEqual(expected, status, "sample " + s.ToString());
            }
        }

        [TestMethod]
        public void EveryPrefixOfAGoodRequestNeedsMore()
        {
            string text = Samples[1];
            for (int length = 0; length < text.Length; length++)
            {
                HttpRequestParser parser = new HttpRequestParser();
                byte[] bytes = ParserTests.Bytes(text.Substring(0, length));
                parser.Append(bytes, 0, bytes.Length);
                Assert.AreEqual(HttpRequestParser.NeedMore, parser.Parse(new HttpRequest()), "prefix " + length.ToString());
            }
        }

        [TestMethod]
        public void RandomBytesNeverThrow()
        {
            Random random = new Random(7);
            for (int round = 0; round < 300; round++)
            {
                byte[] bytes = new byte[random.Next(200)];
                random.NextBytes(bytes);
                AssertParsesCleanly(bytes, random);
            }
        }

        [TestMethod]
        public void MutatedAndTruncatedRequestsNeverThrow()
        {
            Random random = new Random(11);
            for (int round = 0; round < 600; round++)
            {
                byte[] bytes = ParserTests.Bytes(Samples[round % Samples.Length]);
                int flips = 1 + random.Next(4);
                for (int f = 0; f < flips; f++)
                {
                    int at = random.Next(bytes.Length);
                    int kind = random.Next(4);
                    bytes[at] = kind == 0 ? (byte)random.Next(256) : (kind == 1 ? (byte)'\r' : (kind == 2 ? (byte)'\n' : (byte)':'));
                }

                int length = random.Next(bytes.Length + 1);
                byte[] cut = new byte[length];
                Array.Copy(bytes, cut, length);
                AssertParsesCleanly(cut, random);
            }
        }

        private static void AssertParsesCleanly(byte[] bytes, Random random)
        {
            HttpRequestParser parser = new HttpRequestParser();
            HttpRequest request = new HttpRequest();
            int fed = 0;
            int result = HttpRequestParser.NeedMore;
            while (fed < bytes.Length && result == HttpRequestParser.NeedMore)
            {
                int n = 1 + random.Next(bytes.Length - fed);
                parser.Append(bytes, fed, n);
                fed += n;
                result = parser.Parse(request);
            }

            Assert.IsTrue(result == HttpRequestParser.NeedMore || result == HttpRequestParser.Complete || result == HttpRequestParser.Failed);
            if (result == HttpRequestParser.Failed)
            {
                int status = parser.ErrorStatus;
                Assert.IsTrue(status == 400 || status == 411 || status == 413 || status == 414 || status == 431 || status == 501 || status == 505,
                    "status " + status.ToString());
            }

            if (result == HttpRequestParser.Complete)
            {
                Assert.IsNotNull(request.Method);
                Assert.IsNotNull(request.Path);
                parser.Next();
                parser.Parse(request);
            }
        }
    }
}
