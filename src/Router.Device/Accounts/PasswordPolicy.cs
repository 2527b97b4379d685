namespace Router.Device.Accounts
{
    /// <summary>
    /// The password rules, for the boards' own checks (the virtual device's --manager-password):
    /// the rules themselves are Router.Config's <see cref="Router.Config.Users.PasswordPolicy"/>.
    /// </summary>
    public static class PasswordPolicy
    {
        public const int MinimumLength = Router.Config.Users.PasswordPolicy.MinimumLength;

        public const int MaximumLength = Router.Config.Users.PasswordPolicy.MaximumLength;

        public static bool IsAcceptable(int length)
        {
            return Router.Config.Users.PasswordPolicy.IsAcceptable(length);
        }
    }
}
