using System;
using Router.Cli;
using Router.Core;
using Router.Core.Storage;

namespace Router.Config.Users
{
    /// <summary>
    /// The user authentication database: at most <see cref="Capacity"/> accounts, kept in RAM and
    /// saved as one flash file (<see cref="UserFile"/>) after every change, so users survive a
    /// restart whatever the configuration scripts hold. Logins are checked here: in fixed time
    /// against the PBKDF2 hash, with the same work for an unknown name, and with an account
    /// locked for <see cref="LoginPolicy.LockoutSeconds"/> after
    /// <see cref="LoginPolicy.LoginFailLimit"/> failures in a row. Failures and locks are logged.
    /// </summary>
    public sealed class UserDatabase
    {
        public const int Capacity = 16;
        public const string FileName = "users.db";

        private readonly UserAccount[] _users = new UserAccount[Capacity];
        private readonly FlashStore _store;
        private readonly EventLog _log;
        private readonly IClock _clock;
        private readonly LoginPolicy _policy;
        private int _count;
        private int _iterations = Router.Enco.Pbkdf2.PasswordIterations;

        // Hashed against when the name is unknown, so that the time taken does not tell.
        private PasswordHash _decoy;

        public UserDatabase(FlashStore store, EventLog log, IClock clock, LoginPolicy policy)
        {
            _store = store;
            _log = log;
            _clock = clock;
            _policy = policy;
        }

        public int Count
        {
            get { return _count; }
        }

        public UserAccount this[int index]
        {
            get { return _users[index]; }
        }

        /// <summary>False on first boot: the console then asks for the manager password before anything else.</summary>
        public bool HasUsers
        {
            get { return _count > 0; }
        }

        public bool IsFull
        {
            get { return _count == Capacity; }
        }

        public LoginPolicy Policy
        {
            get { return _policy; }
        }

        /// <summary>PBKDF2 iterations for new passwords; tests lower it to keep the host quick.</summary>
        public int Iterations
        {
            get { return _iterations; }
            set { _iterations = value; }
        }

        /// <summary>The account named <paramref name="name"/> (any case), or null.</summary>
        public UserAccount Find(string name)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_users[i].IsNamed(name))
                {
                    return _users[i];
                }
            }

            return null;
        }

        public int CountWith(Privilege privilege)
        {
            int n = 0;
            for (int i = 0; i < _count; i++)
            {
                if (_users[i].Privilege == privilege)
                {
                    n++;
                }
            }

            return n;
        }

        /// <summary>Accounts that can administer the router (Manager or Security Officer).</summary>
        public int CountAdministrators()
        {
            return CountWith(Privilege.Manager) + CountWith(Privilege.SecurityOfficer);
        }

        /// <summary>Hashes a new password with this database's iteration count.</summary>
        public PasswordHash HashPassword(char[] password, int length)
        {
            return PasswordHash.Create(password, length, _iterations);
        }

        /// <summary>Adds an account in RAM; <see cref="Save"/> makes it last. The caller checked the name is free and there is room.</summary>
        public void Add(UserAccount user)
        {
            if (_count == Capacity || Find(user.Name) != null)
            {
                throw new InvalidOperationException("user database full or name taken");
            }

            _users[_count++] = user;
        }

        public void Remove(UserAccount user)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_users[i] == user)
                {
                    Array.Copy(_users, i + 1, _users, i, _count - i - 1);
                    _users[--_count] = null;
                    return;
                }
            }
        }

        /// <summary>Creates the first account, "manager", from the password chosen at first boot.</summary>
        public UserAccount CreateManager(char[] password, int length)
        {
            if (!PasswordPolicy.IsAcceptable(length))
            {
                throw new ArgumentOutOfRangeException("length");
            }

            UserAccount manager = new UserAccount("manager", Privilege.Manager, HashPassword(password, length));
            manager.Login = true;
            Add(manager);
            return manager;
        }

        /// <summary>Writes the database to flash (atomically; the previous version is wiped). Throws <see cref="StorageException"/>.</summary>
        public void Save()
        {
            byte[] buffer = new byte[UserFile.MaxSize];
            int length = UserFile.Encode(_users, _count, buffer);
            _store.Write(FileName, buffer, 0, length);
        }

        /// <summary>
        /// Reads the database from flash. Returns the number of accounts, 0 when there is no file
        /// (first boot), or -1 when the file is not a sound database: it is then ignored (and kept
        /// for inspection until the next save), and the console asks for a manager password as
        /// on first boot. Throws <see cref="StorageException"/> when the store cannot be read.
        /// </summary>
        public int Load()
        {
            _count = 0;
            int length = _store.GetLength(FileName);
            if (length < 0)
            {
                return 0;
            }

            if (length > UserFile.MaxSize)
            {
                return -1;
            }

            byte[] data = new byte[length];
            _store.Read(FileName, 0, data, 0, length);
            UserAccount[] loaded = new UserAccount[Capacity];
            int count = UserFile.Decode(data, length, loaded);
            if (count < 0)
            {
                return -1;
            }

            Array.Copy(loaded, _users, count);
            _count = count;
            return count;
        }

        /// <summary>
        /// Checks a login. <paramref name="user"/> is the account when the name exists (even when
        /// refused). The password is hashed for an unknown name too, and not at all while an
        /// account is locked.
        /// </summary>
        public LoginResult Authenticate(string name, char[] password, int length, out UserAccount user)
        {
            user = Find(name);
            long now = _clock.UptimeMilliseconds;
            if (user != null && user.LockedUntil > now)
            {
                _log.Add(LogSeverity.Warning, "USER", "Login refused for " + user.Name + ": account locked");
                return LoginResult.Locked;
            }

            if (user == null)
            {
                Decoy().Verify(password, length);
                _log.Add(LogSeverity.Warning, "USER", "Login failed: unknown user");
                return LoginResult.Incorrect;
            }

            if (!user.Password.Verify(password, length))
            {
                CountFailure(user, now);
                return LoginResult.Incorrect;
            }

            if (!user.MayLogIn)
            {
                _log.Add(LogSeverity.Warning, "USER", "Login refused for " + user.Name + ": LOGIN=NO");
                return LoginResult.NotAllowed;
            }

            user.Logins++;
            user.FailuresInARow = 0;
            user.LockedUntil = 0;
            return LoginResult.Accepted;
        }

        /// <summary>Seconds until <paramref name="user"/>'s lockout ends (rounded up), 0 when not locked.</summary>
        public long LockSecondsLeft(UserAccount user)
        {
            long left = user.LockedUntil - _clock.UptimeMilliseconds;
            return left <= 0 ? 0 : (left + 999) / 1000;
        }

        private void CountFailure(UserAccount user, long now)
        {
            user.Fails++;
            user.FailuresInARow++;
            _log.Add(LogSeverity.Warning, "USER", "Login failed for " + user.Name);
            if (user.FailuresInARow >= _policy.LoginFailLimit)
            {
                user.FailuresInARow = 0;
                user.LockedUntil = now + _policy.LockoutSeconds * 1000L;
                _log.Add(LogSeverity.Warning, "USER", "Account " + user.Name + " locked for " + _policy.LockoutSeconds.ToString()
                    + " s after " + _policy.LoginFailLimit.ToString() + " failed logins");
            }
        }

        private PasswordHash Decoy()
        {
            if (_decoy == null)
            {
                char[] nothing = new char[1];
                _decoy = HashPassword(nothing, 1);
            }

            return _decoy;
        }
    }
}
