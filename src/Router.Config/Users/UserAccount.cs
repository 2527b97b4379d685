using Router.Cli;

namespace Router.Config.Users
{
    /// <summary>
    /// One entry of the user authentication database: what is stored (name, privilege, login
    /// and telnet flags, description, password hash) and what is counted while the router runs
    /// (logins, failures, the lockout after repeated failures).
    /// </summary>
    public sealed class UserAccount
    {
        public const int MaxNameLength = 64;
        public const int MaxDescriptionLength = 23;

        private readonly string _name;

        public UserAccount(string name, Privilege privilege, PasswordHash password)
        {
            _name = name;
            Privilege = privilege;
            Password = password;
            Description = string.Empty;
        }

        /// <summary>As it was added; compared without regard to case (LOGIN MANAGER works).</summary>
        public string Name
        {
            get { return _name; }
        }

        public Privilege Privilege;

        public PasswordHash Password;

        /// <summary>LOGIN=YES: a User-privilege account may log in to the router itself (Managers and Security Officers always may).</summary>
        public bool Login;

        /// <summary>TELNET=YES: stored and shown; the router has no telnet server.</summary>
        public bool Telnet;

        public string Description;

        /// <summary>Successful logins since boot.</summary>
        public int Logins;

        /// <summary>Failed logins since boot.</summary>
        public int Fails;

        /// <summary>Failures since the last success; reaching the limit locks the account.</summary>
        public int FailuresInARow;

        /// <summary>Uptime (ms) until which logins are refused; 0 when not locked.</summary>
        public long LockedUntil;

        /// <summary>Whether this account may use the console at all.</summary>
        public bool MayLogIn
        {
            get { return Login || Privilege != Privilege.User; }
        }

        public bool IsNamed(string name)
        {
            return name != null && name.Length == _name.Length && name.ToLower() == _name.ToLower();
        }

        /// <summary>Letters, digits, '_', '-' and '.', 1 to <see cref="MaxNameLength"/> of them.</summary>
        public static bool IsValidName(string name)
        {
            if (name == null || name.Length < 1 || name.Length > MaxNameLength)
            {
                return false;
            }

            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
                if (!ok)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
