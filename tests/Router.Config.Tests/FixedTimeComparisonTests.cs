using nanoFramework.TestFramework;
using Router.Config.Users;

namespace Router.Config.Tests
{
    [TestClass]
    public class FixedTimeComparisonTests
    {
        private static char[] Secret(string value, int capacity)
        {
            char[] buffer = new char[capacity];
            for (int i = 0; i < value.Length; i++)
            {
                buffer[i] = value[i];
            }

            return buffer;
        }

        [TestMethod]
        [DataRow("password1", "password1", true)]
        [DataRow("password1", "password2", false)]
        [DataRow("password1", "password", false)]
        [DataRow("password", "password1", false)]
        [DataRow("password1", "", false)]
        [DataRow("Password1", "password1", false)]
        public void ComparesLengthAndEveryCharacter(string expected, string actual, bool equal)
        {
            char[] stored = Secret(expected, 64);
            char[] typed = Secret(actual, 512);
            Assert.AreEqual(equal, FixedTimeComparison.AreEqual(stored, expected.Length, typed, actual.Length));
        }

        [TestMethod]
        public void ALongerCandidateThanTheStoreIsNotEqual()
        {
            char[] stored = Secret("abcdefgh", 8);
            char[] typed = Secret("abcdefghij", 16);
            Assert.IsFalse(FixedTimeComparison.AreEqual(stored, 8, typed, 10));
        }

        [TestMethod]
        public void ComparesByteSegments()
        {
            byte[] a = new byte[] { 1, 2, 3, 4, 5 };
            byte[] b = new byte[] { 9, 2, 3, 4, 9 };
            Assert.IsTrue(FixedTimeComparison.AreEqual(a, 1, b, 1, 3));
            Assert.IsFalse(FixedTimeComparison.AreEqual(a, 0, b, 0, 3));
        }
    }
}
