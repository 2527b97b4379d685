using Router.Cli;
using Router.Config.Security;
using Router.Config.Users;
using Router.Core;

namespace Router.Gui
{
    /// <summary>
    /// The GUI's sessions, a fixed number sized at boot (rule 4). A new login takes a free slot or one whose
    /// session has expired; when every slot holds a live session the login is refused, counted and logged,
    /// rather than pushing out someone else's session. A session expires after the idle time of
    /// <see cref="IdleLimitSeconds"/>; lookups compare the presented identifier with every slot in fixed time.
    /// </summary>
    public sealed class SessionTable
    {
        public const int DefaultCapacity = 8;

        /// <summary>Idle limit outside security mode for Managers and Users (15 minutes, as common router GUIs).</summary>
        public const int DefaultIdleSeconds = 900;

        private readonly GuiSession[] _sessions;
        private readonly IClock _clock;
        private readonly LoginPolicy _policy;
        private readonly SecurityMode _security;
        private int _refused;

        /// <param name="security">System security; null means never enabled (tests).</param>
        public SessionTable(int capacity, IClock clock, LoginPolicy policy, SecurityMode security)
        {
            _sessions = new GuiSession[capacity];
            for (int i = 0; i < capacity; i++)
            {
                _sessions[i] = new GuiSession();
            }

            _clock = clock;
            _policy = policy;
            _security = security;
        }

        public int Capacity
        {
            get { return _sessions.Length; }
        }

        /// <summary>Logins refused because every slot held a live session.</summary>
        public int Refused
        {
            get { return _refused; }
        }

        public int ActiveCount
        {
            get
            {
                long now = _clock.UptimeMilliseconds;
                int count = 0;
                for (int i = 0; i < _sessions.Length; i++)
                {
                    if (_sessions[i].InUse && !IsExpired(_sessions[i], now))
                    {
                        count++;
                    }
                }

                return count;
            }
        }

        /// <summary>
        /// The idle limit of a session: the secure delay (set user securedelay=, the Security Officer's console
        /// limit) for a Security Officer, and for everyone while system security is enabled; 15 minutes otherwise.
        /// </summary>
        public int IdleLimitSeconds(UserAccount user)
        {
            bool secure = _security != null && _security.IsEnabled;
            if (secure || user.Privilege == Privilege.SecurityOfficer)
            {
                return _policy.SecureDelaySeconds;
            }

            return DefaultIdleSeconds;
        }

        /// <summary>A new session for <paramref name="user"/>, or null when the table is full of live sessions.</summary>
        public GuiSession Create(UserAccount user, string remoteAddress)
        {
            long now = _clock.UptimeMilliseconds;
            for (int i = 0; i < _sessions.Length; i++)
            {
                GuiSession session = _sessions[i];
                if (!session.InUse || IsExpired(session, now))
                {
                    session.Clear();
                    session.Id = SessionTokens.NewToken();
                    session.Csrf = SessionTokens.NewToken();
                    session.User = user;
                    session.Credential = user.Password;
                    session.LastActivity = now;
                    session.RemoteAddress = remoteAddress;
                    return session;
                }
            }

            _refused++;
            return null;
        }

        /// <summary>
        /// The live session whose identifier is <paramref name="id"/>, or null. Every slot is compared (no early
        /// exit), and an expired session found on the way is ended. <paramref name="activity"/>: the request is
        /// the user's (it restarts the idle time), not a background poll.
        /// </summary>
        public GuiSession Find(string id, bool activity)
        {
            if (id == null || id.Length != SessionTokens.Length)
            {
                return null;
            }

            long now = _clock.UptimeMilliseconds;
            GuiSession found = null;
            for (int i = 0; i < _sessions.Length; i++)
            {
                GuiSession session = _sessions[i];
                bool match = session.InUse && SessionTokens.AreEqual(session.Id, id);
                if (match)
                {
                    found = session;
                }
            }

            if (found == null)
            {
                return null;
            }

            if (IsExpired(found, now))
            {
                found.Clear();
                return null;
            }

            if (activity)
            {
                found.LastActivity = now;
            }

            return found;
        }

        public void End(GuiSession session)
        {
            session.Clear();
        }

        private bool IsExpired(GuiSession session, long now)
        {
            return now - session.LastActivity > IdleLimitSeconds(session.User) * 1000L;
        }
    }
}
