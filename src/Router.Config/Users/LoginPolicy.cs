namespace Router.Config.Users
{
    /// <summary>
    /// The login rules every user shares (<c>set user securedelay=... loginfail=... lockoutpd=...</c>):
    /// how long a Security Officer may stay idle, and how many failed logins in a row lock an
    /// account for how long. Part of the running configuration, so create config saves them.
    /// </summary>
    public sealed class LoginPolicy
    {
        /// <summary>001 recommends 60 s after configuration ("to maximise security").</summary>
        public const int DefaultSecureDelay = 60;
        public const int DefaultLoginFailLimit = 5;
        public const int DefaultLockoutSeconds = 600;

        public int SecureDelaySeconds = DefaultSecureDelay;

        public int LoginFailLimit = DefaultLoginFailLimit;

        public int LockoutSeconds = DefaultLockoutSeconds;
    }
}
