using nanoFramework.TestFramework;
using Router.Device.Terminal;

namespace Router.Device.Tests
{
    [TestClass]
    public class LineHistoryTests
    {
        private static void Add(LineHistory history, string line)
        {
            char[] chars = line.ToCharArray();
            history.Add(chars, chars.Length);
        }

        private static string Get(LineHistory history, int back)
        {
            char[] chars = new char[64];
            int length = history.CopyTo(back, chars);
            return new string(chars, 0, length);
        }

        [TestMethod]
        public void KeepsTheNewestLinesUpToItsLineLimit()
        {
            LineHistory history = new LineHistory(3, 100);
            Add(history, "one");
            Add(history, "two");
            Add(history, "three");
            Add(history, "four");
            Assert.AreEqual(3, history.Count);
            Assert.AreEqual("four", Get(history, 0));
            Assert.AreEqual("two", Get(history, 2));
            Assert.AreEqual("", Get(history, 3));
        }

        [TestMethod]
        public void LongLinesEvictOldOnesAndWrapTheRing()
        {
            LineHistory history = new LineHistory(16, 10);
            Add(history, "abcd");
            Add(history, "efgh");
            Add(history, "ijklmn");
            Assert.AreEqual(2, history.Count, "10 bytes hold efgh and ijklmn, not abcd");
            Assert.AreEqual("ijklmn", Get(history, 0));
            Assert.AreEqual("efgh", Get(history, 1));
            Add(history, "xyz");
            Assert.AreEqual(2, history.Count);
            Assert.AreEqual("xyz", Get(history, 0));
            Assert.AreEqual("ijklmn", Get(history, 1));
            Add(history, "0123456789A");
            Assert.AreEqual("xyz", Get(history, 0), "a line longer than the ring is not kept");
        }

        [TestMethod]
        public void TheSameLineTwiceIsStoredOnce()
        {
            LineHistory history = new LineHistory(4, 64);
            Add(history, "show log");
            Add(history, "show log");
            Assert.AreEqual(1, history.Count);
        }
    }
}
