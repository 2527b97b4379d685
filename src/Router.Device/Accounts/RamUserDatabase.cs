namespace Router.Device.Accounts
{
    /// <summary>
    /// The one account this firmware stage knows: "manager", whose password is held in RAM only
    /// and compared in fixed time. Nothing is written to flash, so the password is asked again
    /// after every restart (or handed over again by the board). The user store of Router.Config
    /// replaces this class behind <see cref="IUserDatabase"/> once the ENCO engine can hash.
    /// </summary>
    public sealed class RamUserDatabase : IUserDatabase
    {
        public const string ManagerUserName = "manager";

        private readonly char[] _managerPassword = new char[PasswordPolicy.MaximumLength];
        private int _managerPasswordLength = -1;

        public bool HasUsers
        {
            get { return _managerPasswordLength >= 0; }
        }

        public void CreateManager(char[] password, int length)
        {
            if (!PasswordPolicy.IsAcceptable(length))
            {
                throw new System.ArgumentOutOfRangeException("length");
            }

            System.Array.Clear(_managerPassword, 0, _managerPassword.Length);
            System.Array.Copy(password, 0, _managerPassword, 0, length);
            _managerPasswordLength = length;
        }

        public bool Authenticate(string userName, char[] password, int length)
        {
            // Compare the password even for an unknown user, so the time taken does not tell
            // whether the name exists.
            bool nameMatches = IsManager(userName);
            bool passwordMatches = HasUsers
                && FixedTimeComparison.AreEqual(_managerPassword, _managerPasswordLength, password, length);
            return nameMatches && passwordMatches;
        }

        private static bool IsManager(string userName)
        {
            // User names are case-insensitive, as in the manuals (LOGIN MANAGER works).
            return userName != null && userName.ToLower() == ManagerUserName;
        }
    }
}
