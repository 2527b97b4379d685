using nanoFramework.TestFramework;
using Router.Cli;
using Router.Config.Tests.Fakes;
using Router.Config.Users;
using Router.Core;

namespace Router.Config.Tests
{
    /// <summary>The user database: saved to flash and read back, hostile files refused whole, logins and lockouts.</summary>
    [TestClass]
    public class UserDatabaseTests
    {
        private static char[] Chars(string text)
        {
            return text.ToCharArray();
        }

        private static UserAccount Officer(UserDatabase users)
        {
            UserAccount officer = new UserAccount("secoff", Privilege.SecurityOfficer, users.HashPassword(Chars("officer-pass"), 12));
            officer.Login = true;
            officer.Telnet = true;
            officer.Description = "head office";
            return officer;
        }

        [TestMethod]
        public void UsersSurviveARestartWithEverySetting()
        {
            Fixture fixture = new Fixture();
            UserDatabase users = fixture.Configuration.Users;
            users.CreateManager(Chars("manager-pass"), 12);
            users.Add(Officer(users));
            users.Save();

            RouterConfiguration again = fixture.Build(fixture.Store);
            Assert.AreEqual(2, again.Users.Load());
            UserAccount officer = again.Users.Find("SECOFF");
            Assert.IsNotNull(officer);
            Assert.AreEqual((int)Privilege.SecurityOfficer, (int)officer.Privilege);
            Assert.IsTrue(officer.Login);
            Assert.IsTrue(officer.Telnet);
            Assert.AreEqual("head office", officer.Description);
            UserAccount user;
            Assert.AreEqual((int)LoginResult.Accepted, (int)again.Users.Authenticate("secoff", Chars("officer-pass"), 12, out user));
        }

        [TestMethod]
        public void NoFileIsAFirstBoot()
        {
            Fixture fixture = new Fixture();
            Assert.AreEqual(0, fixture.Configuration.Users.Load());
            Assert.IsFalse(fixture.Configuration.Users.HasUsers);
        }

        [TestMethod]
        public void ADamagedFileIsRefusedWhole()
        {
            Fixture fixture = new Fixture();
            UserDatabase users = fixture.Configuration.Users;
            users.CreateManager(Chars("manager-pass"), 12);
            users.Add(Officer(users));
            byte[] good = new byte[UserFile.MaxSize];
            int length = UserFile.Encode(new UserAccount[] { users[0], users[1] }, 2, good);

            // Every single-byte corruption of the header or of a length, and every truncation, is refused or decoded safely.
            UserAccount[] decoded = new UserAccount[UserDatabase.Capacity];
            for (int cut = 0; cut < length; cut++)
            {
                Assert.AreEqual(-1, UserFile.Decode(good, cut, decoded), "truncated at " + cut.ToString());
            }

            for (int at = 0; at < length; at++)
            {
                byte[] bad = new byte[length];
                System.Array.Copy(good, bad, length);
                bad[at] ^= 0xFF;
                int count = UserFile.Decode(bad, length, decoded);
                Assert.IsTrue(count == -1 || count == 2, "byte " + at.ToString());
            }

            fixture.Store.Write(UserDatabase.FileName, good, 0, 5);
            Assert.AreEqual(-1, users.Load());
            Assert.IsFalse(users.HasUsers, "a damaged database counts as none: the console asks for a manager password");
        }

        [TestMethod]
        public void HostileRecordsAreRefused()
        {
            UserAccount[] decoded = new UserAccount[UserDatabase.Capacity];
            Fixture fixture = new Fixture();
            UserDatabase users = fixture.Configuration.Users;
            UserAccount one = Officer(users);
            byte[] file = new byte[UserFile.MaxSize];
            int length = UserFile.Encode(new UserAccount[] { one, one }, 2, file);
            Assert.AreEqual(-1, UserFile.Decode(file, length, decoded), "the same name twice");

            length = UserFile.Encode(new UserAccount[] { one }, 1, file);
            file[6 + 1 + 6] = 7;
            Assert.AreEqual(-1, UserFile.Decode(file, length, decoded), "privilege 7");

            length = UserFile.Encode(new UserAccount[] { one }, 1, file);
            file[6 + 1] = (byte)'/';
            Assert.AreEqual(-1, UserFile.Decode(file, length, decoded), "a name character outside the set");

            length = UserFile.Encode(new UserAccount[] { one }, 1, file);
            Assert.AreEqual(-1, UserFile.Decode(file, length + 1, decoded), "bytes after the last record");

            file[5] = 200;
            Assert.AreEqual(-1, UserFile.Decode(file, length, decoded), "more users than the capacity");
        }

        [TestMethod]
        public void LockoutAfterRepeatedFailuresThenUnlockAfterThePeriod()
        {
            Fixture fixture = new Fixture();
            UserDatabase users = fixture.Configuration.Users;
            users.Policy.LoginFailLimit = 3;
            users.Policy.LockoutSeconds = 60;
            users.CreateManager(Chars("manager-pass"), 12);
            UserAccount user;
            for (int i = 0; i < 3; i++)
            {
                Assert.AreEqual((int)LoginResult.Incorrect, (int)users.Authenticate("manager", Chars("wrong-pass"), 10, out user));
            }

            Assert.AreEqual((int)LoginResult.Locked, (int)users.Authenticate("manager", Chars("manager-pass"), 12, out user));
            Assert.AreEqual(60L, users.LockSecondsLeft(user));
            fixture.Clock.Uptime = 59500;
            Assert.AreEqual(1L, users.LockSecondsLeft(user));
            Assert.AreEqual((int)LoginResult.Locked, (int)users.Authenticate("manager", Chars("manager-pass"), 12, out user));
            fixture.Clock.Uptime = 60001;
            Assert.AreEqual((int)LoginResult.Accepted, (int)users.Authenticate("manager", Chars("manager-pass"), 12, out user));
            Assert.AreEqual(3, user.Fails);
            Assert.AreEqual(1, user.Logins);
        }

        [TestMethod]
        public void AnUnknownNameIsIncorrectLikeAWrongPassword()
        {
            Fixture fixture = new Fixture();
            UserDatabase users = fixture.Configuration.Users;
            users.CreateManager(Chars("manager-pass"), 12);
            UserAccount user;
            Assert.AreEqual((int)LoginResult.Incorrect, (int)users.Authenticate("nobody", Chars("manager-pass"), 12, out user));
            Assert.IsNull(user);
            LogEntry entry = new LogEntry();
            Assert.IsTrue(fixture.Log.CopyEntry(fixture.Log.Count - 1, entry));
            Assert.AreEqual("Login failed: unknown user", entry.Message, "the name typed is not logged: it may be a password");
        }

        [TestMethod]
        public void TheDatabaseIsBounded()
        {
            Fixture fixture = new Fixture();
            for (int i = 0; i < UserDatabase.Capacity; i++)
            {
                Assert.AreEqual(CliMessages.OperationSuccessfulLine, fixture.Run("add user=u" + i.ToString() + " password=password-" + i.ToString()));
            }

            Assert.AreEqual("Error (3065007): The user database is full (16 users).", fixture.Run("add user=one-more password=password-x"));
            Assert.IsTrue(fixture.Store.GetLength(UserDatabase.FileName) <= UserFile.MaxSize);
        }
    }
}
