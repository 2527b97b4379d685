using System;
using System.Text;
using Router.Http;

namespace TlsFuzz
{
    /// <summary>
    /// The HTTP/1.1 request parser fed valid, mutated and random requests (also pipelined) in random splits.
    /// Invariants: nothing throws (Parse also guards itself; an exception caught there shows as 400); every answer
    /// is 2xx (a complete request a handler would answer) or a 4xx/5xx refusal; the parser's state stays bounded
    /// (length within its buffer, headers within HttpLimits, body within MaxBody); a full buffer is never NeedMore.
    /// </summary>
    internal sealed class HttpTarget
    {
        private static readonly string[] Valid =
        {
            "GET / HTTP/1.1\r\nHost: 192.168.1.1\r\n\r\n",
            "GET /login?next=%2Fstatus&x=1 HTTP/1.1\r\nHost: router\r\nUser-Agent: fuzz\r\nAccept: */*\r\nConnection: keep-alive\r\n\r\n",
            "POST /login HTTP/1.1\r\nHost: router\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 27\r\n\r\nuser=manager&password=abc12",
            "POST /config HTTP/1.1\r\nHost: router\r\nCookie: session=0123456789abcdef; theme=dark\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\nhello",
            "HEAD /status HTTP/1.0\r\n\r\n",
            "GET /a HTTP/1.1\r\nHost: r\r\n\r\nGET /b HTTP/1.1\r\nHost: r\r\nConnection: close\r\n\r\n",
            "\r\nOPTIONS * HTTP/1.1\r\nHost: r\r\nX-Long: " + new string('a', 300) + "\r\n\r\n",
        };

        public readonly FuzzStats Stats = new FuzzStats("http request parser");
        private readonly HttpRequest _request = new HttpRequest();

        public void RunCase(int caseSeed)
        {
            Random rng = new Random(caseSeed);
            byte[] input;
            int mode = rng.Next(10);
            string what;
            if (mode == 0)
            {
                input = new byte[rng.Next(0, 6000)];
                rng.NextBytes(input);
                what = "random bytes";
            }
            else
            {
                int kind = mode == 1 ? 0 : rng.Next(Mutator.Names.Length);
                input = Mutator.Mutate(Encoding.ASCII.GetBytes(Valid[rng.Next(Valid.Length)]), kind, rng);
                what = "valid request, " + Mutator.Names[kind];
            }

            Stats.Cases++;
            string failure;
            try
            {
                failure = Feed(input, Mutator.Splits(input.Length, rng));
            }
            catch (Exception e)
            {
                failure = e.GetType().Name + " escaped: " + e.Message;
            }

            if (failure != null)
            {
                Stats.Fail(what + ", case seed " + caseSeed + ": " + failure + "; input hex " + Convert.ToHexString(input));
            }
        }

        private string Feed(byte[] input, int[] splits)
        {
            HttpRequestParser parser = new HttpRequestParser();
            int at = 0;
            int answered = 0;
            foreach (int n in splits)
            {
                int pending = n;
                while (pending > 0)
                {
                    int took = parser.Append(input, at, pending);
                    at += took;
                    pending -= took;
                    while (true)
                    {
                        int result = parser.Parse(_request);
                        string bad = Bounded(parser);
                        if (bad != null)
                        {
                            return bad;
                        }

                        if (result == HttpRequestParser.Complete)
                        {
                            Stats.Count("200 (complete)");
                            answered++;
                            if (answered > 64)
                            {
                                return "more requests answered than the input could hold";
                            }

                            parser.Next();
                            continue;
                        }

                        if (result == HttpRequestParser.Failed)
                        {
                            int status = parser.ErrorStatus;
                            Stats.Count(status + " " + HttpStatus.Reason(status));
                            return status >= 400 && status <= 599 ? null : "failed with status " + status;
                        }

                        if (result != HttpRequestParser.NeedMore)
                        {
                            return "Parse returned " + result;
                        }

                        if (parser.Room == 0)
                        {
                            return "buffer full but the parser still needs more";
                        }

                        break;
                    }

                    if (took == 0)
                    {
                        return "Append took nothing with room " + parser.Room;
                    }
                }
            }

            if (answered == 0)
            {
                Stats.Count(parser.HasPartialRequest ? "need more (partial)" : "need more (empty)");
            }

            return null;
        }

        private string Bounded(HttpRequestParser parser)
        {
            if (parser.Length < 0 || parser.Length > parser.Buffer.Length || parser.Room < 0)
            {
                return "length " + parser.Length + " outside buffer " + parser.Buffer.Length;
            }

            if (_request.HeaderCount > HttpLimits.MaxHeaders)
            {
                return "header count " + _request.HeaderCount + " above " + HttpLimits.MaxHeaders;
            }

            if (_request.BodyLength < 0 || _request.BodyLength > HttpLimits.MaxBody)
            {
                return "body length " + _request.BodyLength;
            }

            return null;
        }
    }
}
