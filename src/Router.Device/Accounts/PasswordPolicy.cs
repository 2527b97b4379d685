namespace Router.Device.Accounts
{
    /// <summary>
    /// The rules a new password must meet. There is no factory default password: the first
    /// administrator chooses one, at least <see cref="MinimumLength"/> characters long.
    /// </summary>
    public static class PasswordPolicy
    {
        public const int MinimumLength = 8;

        public const int MaximumLength = 64;

        public static bool IsAcceptable(int length)
        {
            return length >= MinimumLength && length <= MaximumLength;
        }
    }
}
