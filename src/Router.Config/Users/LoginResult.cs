namespace Router.Config.Users
{
    /// <summary>The outcomes of <see cref="UserDatabase.Authenticate"/>.</summary>
    public enum LoginResult
    {
        Accepted = 0,

        /// <summary>Unknown name or wrong password: the console says only "Login incorrect".</summary>
        Incorrect = 1,

        /// <summary>Too many failures in a row: refused without looking at the password until the lockout ends.</summary>
        Locked = 2,

        /// <summary>Right password, but a User-privilege account with LOGIN=NO.</summary>
        NotAllowed = 3,
    }
}
