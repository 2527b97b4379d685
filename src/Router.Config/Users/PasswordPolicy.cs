namespace Router.Config.Users
{
    /// <summary>
    /// The rules a new password must meet. There is no factory default password (SB-327, UK PSTI):
    /// the first administrator chooses one, at least <see cref="MinimumLength"/> characters long,
    /// and every password added later meets the same rule.
    /// </summary>
    public static class PasswordPolicy
    {
        public const int MinimumLength = 8;

        public const int MaximumLength = 64;

        public static bool IsAcceptable(int length)
        {
            return length >= MinimumLength && length <= MaximumLength;
        }

        /// <summary>"The password must have 8 to 64 characters."</summary>
        public static string Describe()
        {
            return "The password must have " + MinimumLength.ToString() + " to " + MaximumLength.ToString() + " characters.";
        }
    }
}
