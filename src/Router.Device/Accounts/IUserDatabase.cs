namespace Router.Device.Accounts
{
    /// <summary>
    /// The users who may log in on the console. This is where the user database plugs in: the
    /// Router.Config user store (users and privileges, salted password hashes computed by the
    /// ENCO engine, kept in flash) implements this interface and replaces
    /// <see cref="RamUserDatabase"/> in <see cref="RouterDevice"/>. Passwords arrive as
    /// characters in the caller's buffer, never as strings, so the caller can wipe them.
    /// </summary>
    public interface IUserDatabase
    {
        /// <summary>False on first boot: the console then asks for the manager password before anything else.</summary>
        bool HasUsers { get; }

        /// <summary>Creates the manager account; the password has passed <see cref="PasswordPolicy"/>.</summary>
        void CreateManager(char[] password, int length);

        /// <summary>True when <paramref name="userName"/> exists and the password is its own.</summary>
        bool Authenticate(string userName, char[] password, int length);
    }
}
