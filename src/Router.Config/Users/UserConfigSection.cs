using Router.Config.Scripts;

namespace Router.Config.Users
{
    /// <summary>
    /// The users and login rules as configuration commands. Passwords appear only as their stored
    /// hashes (<c>add user=secoff passwordhash=pbkdf2-sha256:...</c>), so a script can recreate the
    /// users without holding a password: 001's reminder, a boot script that specifies the
    /// Security Officer.
    /// </summary>
    public sealed class UserConfigSection : IConfigSection
    {
        private readonly UserDatabase _users;

        public UserConfigSection(UserDatabase users)
        {
            _users = users;
        }

        public void WriteConfig(ScriptBuilder script)
        {
            LoginPolicy policy = _users.Policy;
            script.Command("set user");
            script.Parameter("securedelay", policy.SecureDelaySeconds);
            script.Parameter("loginfail", policy.LoginFailLimit);
            script.Parameter("lockoutpd", policy.LockoutSeconds);
            script.EndCommand();
            for (int i = 0; i < _users.Count; i++)
            {
                UserAccount user = _users[i];
                script.Command("add user");
                script.Value(user.Name);
                script.Parameter("passwordhash", user.Password.ToText());
                script.Parameter("privilege", PrivilegeNames.Keyword(user.Privilege));
                script.Parameter("login", user.Login);
                script.Parameter("telnet", user.Telnet);
                if (user.Description.Length > 0)
                {
                    script.Parameter("description", user.Description);
                }

                script.EndCommand();
            }
        }
    }
}
