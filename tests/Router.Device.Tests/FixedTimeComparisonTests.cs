using nanoFramework.TestFramework;
using Router.Device.Accounts;

namespace Router.Device.Tests
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
        public void RamUserDatabaseKnowsOnlyTheManager()
        {
            RamUserDatabase users = new RamUserDatabase();
            Assert.IsFalse(users.HasUsers);
            char[] password = Secret("manager-pass", 64);
            Assert.IsFalse(users.Authenticate("manager", password, 12), "no user before the first one is created");

            users.CreateManager(password, 12);
            Assert.IsTrue(users.HasUsers);
            Assert.IsTrue(users.Authenticate("manager", password, 12));
            Assert.IsTrue(users.Authenticate("MANAGER", password, 12));
            Assert.IsFalse(users.Authenticate("secoff", password, 12));
            Assert.IsFalse(users.Authenticate("manager", password, 11));
        }

        [TestMethod]
        public void RamUserDatabaseRefusesAPasswordOutsideThePolicy()
        {
            RamUserDatabase users = new RamUserDatabase();
            Assert.Throws(typeof(System.ArgumentOutOfRangeException), () => users.CreateManager(Secret("short", 8), 5));
            Assert.IsFalse(users.HasUsers);
        }
    }
}
