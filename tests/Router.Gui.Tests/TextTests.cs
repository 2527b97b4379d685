using System.Text;
using nanoFramework.TestFramework;

namespace Router.Gui.Tests
{
    /// <summary>The small parsers and formatters: HTML and JSON escaping, the JSON member reader, form fields, the handshake history.</summary>
    [TestClass]
    public class TextTests
    {
        [TestMethod]
        public void HtmlEscapingCoversTextAndAttributes()
        {
            Assert.AreEqual("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", HtmlText.Escape("<a href=\"x\" title='y'>&"));
            Assert.AreEqual("plain", HtmlText.Escape("plain"));
            Assert.AreEqual("a?b\nc", HtmlText.Escape("a\u0001b\nc"));
            Assert.AreEqual(string.Empty, HtmlText.Escape(null));
        }

        [TestMethod]
        public void JsonQuotingEscapesEverythingDangerous()
        {
            Assert.AreEqual("\"a\\\"b\\\\c\\nd\\u0001\\u003c/script\\u003e\"", JsonText.Quote("a\"b\\c\nd\u0001</script>"));
            Assert.AreEqual("null", JsonText.Quote(null));
        }

        [TestMethod]
        [DataRow("{\"command\":\"show ssl\"}", "show ssl")]
        [DataRow(" { \"x\" : [1, {\"y\": null}], \"command\" : \"a\\\"b\\u0041\" , \"z\": true } ", "a\"bA")]
        [DataRow("{\"command\":\"one\",\"command\":\"two\"}", "two")]
        public void TheCommandMemberIsRead(string json, string expected)
        {
            byte[] body = Encoding.UTF8.GetBytes(json);
            Assert.AreEqual(expected, JsonText.ReadStringMember(body, 0, body.Length, "command"));
        }

        [TestMethod]
        [DataRow("")]
        [DataRow("{\"command\":\"x\"")]
        [DataRow("{\"command\":\"x\\q\"}")]
        [DataRow("{\"command\":\"x\"}}")]
        [DataRow("{\"command\":true}")]
        [DataRow("{command:\"x\"}")]
        [DataRow("{\"a\":[[[[[[[[[[[[1]]]]]]]]]]]],\"command\":\"x\"}")]
        [DataRow("{\"command\":\"\\u12\"}")]
        public void MalformedJsonGivesNull(string json)
        {
            byte[] body = Encoding.UTF8.GetBytes(json);
            Assert.IsNull(JsonText.ReadStringMember(body, 0, body.Length, "command"));
        }

        [TestMethod]
        public void EveryTruncationOfABodyIsHandled()
        {
            byte[] body = Encoding.UTF8.GetBytes("{\"a\":{\"b\":[1,2,\"c\"]},\"command\":\"show \\u0073sl\"}");
            for (int cut = 0; cut < body.Length; cut++)
            {
                Assert.IsNull(JsonText.ReadStringMember(body, 0, cut, "command"), cut.ToString());
            }

            Assert.AreEqual("show ssl", JsonText.ReadStringMember(body, 0, body.Length, "command"));
        }

        [TestMethod]
        public void FormFieldsAreDecoded()
        {
            byte[] body = Encoding.UTF8.GetBytes("user=ad%6Din&password=p%40ss+word&command=show+ssl%20counters&bad=%4&csrf=");
            Assert.AreEqual("admin", FormFields.Value(body, 0, body.Length, "user"));
            Assert.AreEqual("show ssl counters", FormFields.Value(body, 0, body.Length, "command"));
            Assert.IsNull(FormFields.Value(body, 0, body.Length, "bad"));
            Assert.AreEqual(string.Empty, FormFields.Value(body, 0, body.Length, "csrf"));
            Assert.IsNull(FormFields.Value(body, 0, body.Length, "missing"));
            Assert.IsNull(FormFields.Value(body, 0, body.Length, "ser"));

            char[] password = new char[64];
            Assert.AreEqual(9, FormFields.DecodeInto(body, 0, body.Length, "password", password));
            Assert.AreEqual("p@ss word", new string(password, 0, 9));
            char[] small = new char[4];
            Assert.AreEqual(-1, FormFields.DecodeInto(body, 0, body.Length, "password", small));
            Assert.AreEqual(0, (int)small[0], "a refused password is wiped");
        }

        [TestMethod]
        public void PathSegmentsRoundTrip()
        {
            string name = "<a b>/é%";
            Assert.AreEqual(name, FormFields.DecodePathSegment(FormFields.EncodePathSegment(name)));
            Assert.IsNull(FormFields.DecodePathSegment("%zz"));
            Assert.IsNull(FormFields.DecodePathSegment("abc%4"));
        }

        [TestMethod]
        public void TheHistorySpreadsHandshakesOverTheIntervals()
        {
            HandshakeHistory history = new HandshakeHistory(6, 10);
            history.Sample(0, 100);
            history.Sample(10000, 110);
            Assert.AreEqual(5L, history.Count(4));
            Assert.AreEqual(5L, history.Count(5));
            history.Sample(35000, 150);
            long sum = 0;
            for (int i = 0; i < 6; i++)
            {
                sum += history.Count(i);
            }

            Assert.AreEqual(50L, sum);

            // 40 over the three intervals from the previous sample's to this one's: 13 each, the remainder in the last.
            Assert.AreEqual(14L, history.Count(5));
            Assert.AreEqual(13L, history.Count(4));
            Assert.AreEqual(18L, history.Count(3));

            // A long silence empties the window; a counter reset starts over without a negative rate.
            history.Sample(1000000, 150);
            Assert.AreEqual(0L, history.Maximum);
            history.Sample(1010000, 3);
            Assert.AreEqual(0L, history.Maximum);
        }

        [TestMethod]
        public void TokensAreHexAndCompareExactly()
        {
            string token = SessionTokens.NewToken();
            Assert.AreEqual(SessionTokens.Length, token.Length);
            for (int i = 0; i < token.Length; i++)
            {
                Assert.IsTrue((token[i] >= '0' && token[i] <= '9') || (token[i] >= 'a' && token[i] <= 'f'));
            }

            Assert.IsTrue(SessionTokens.AreEqual(token, token));
            Assert.IsFalse(SessionTokens.AreEqual(token, token.Substring(0, 31)));
            Assert.IsFalse(SessionTokens.AreEqual(token, token + "0"));
            Assert.IsFalse(SessionTokens.AreEqual(token, null));
            Assert.IsFalse(SessionTokens.AreEqual(null, null));
        }
    }
}
