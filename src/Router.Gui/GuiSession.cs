using Router.Config.Users;

namespace Router.Gui
{
    /// <summary>One logged-in browser: who, its secret identifier (the rsid cookie), its CSRF token, and when it was last used.</summary>
    public sealed class GuiSession
    {
        internal string Id;

        /// <summary>The token every state-changing request of this session must carry (form field csrf or header X-CSRF-Token).</summary>
        public string Csrf;

        public UserAccount User;

        /// <summary>The password hash the user logged in with: a new password (set user) ends the session.</summary>
        internal PasswordHash Credential;

        /// <summary>Uptime (ms) of the last request the user made (background polling does not count).</summary>
        public long LastActivity;

        public string RemoteAddress;

        internal bool InUse
        {
            get { return Id != null; }
        }

        internal void Clear()
        {
            Id = null;
            Csrf = null;
            User = null;
            Credential = null;
            LastActivity = 0;
            RemoteAddress = null;
        }
    }
}
