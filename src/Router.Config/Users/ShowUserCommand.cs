using Router.Cli;
using Router.Core;

namespace Router.Config.Users
{
    /// <summary>
    /// show user[=NAME]: the user authentication database in the layout of 001's example
    /// ("Username: secoff ()", "Status: Enabled Privilege: Sec Off Telnet: No", "Logins: 0 Fails: 0"),
    /// after the login rules. Passwords are never shown, not even hashed.
    /// </summary>
    public sealed class ShowUserCommand : ICommandHandler
    {
        private readonly UserDatabase _users;
        private readonly IClock _clock;
        private readonly ReportLine _line = new ReportLine(80);

        public ShowUserCommand(UserDatabase users, IClock clock)
        {
            _users = users;
            _clock = clock;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            string name = command.GetText("USER", null);
            if (name != null && _users.Find(name) == null)
            {
                CliMessages.WriteError(output, CliMessages.NoSuchUser, "User \"" + name + "\" does not exist.");
                return CommandResult.Error;
            }

            LoginPolicy policy = _users.Policy;
            output.WriteLine(string.Empty);
            output.WriteLine("User Authentication Database");
            output.WriteLine(ReportLine.Rule);
            _line.Append("Secure delay: ");
            _line.AppendNumber(policy.SecureDelaySeconds);
            _line.Append(" s  Login failures before lockout: ");
            _line.AppendNumber(policy.LoginFailLimit);
            _line.Append("  Lockout: ");
            _line.AppendNumber(policy.LockoutSeconds);
            _line.Append(" s");
            _line.End(output);
            output.WriteLine(ReportLine.Rule);

            for (int i = 0; i < _users.Count; i++)
            {
                UserAccount user = _users[i];
                if (name == null || user.IsNamed(name))
                {
                    WriteUser(user, output);
                    output.WriteLine(ReportLine.Rule);
                }
            }

            return CommandResult.Shown;
        }

        private void WriteUser(UserAccount user, ICommandOutput output)
        {
            _line.Append("Username: ");
            _line.Append(user.Name);
            _line.Append(" (");
            _line.Append(user.Description);
            _line.AppendChar(')');
            _line.End(output);

            _line.Append("Status: ");
            _line.Append(user.LockedUntil > _clock.UptimeMilliseconds ? "Locked" : "Enabled");
            _line.Append(" Privilege: ");
            _line.Append(PrivilegeNames.Short(user.Privilege));
            _line.Append(" Telnet: ");
            _line.Append(user.Telnet ? "Yes" : "No");
            _line.Append(" Login: ");
            _line.Append(user.MayLogIn ? "Yes" : "No");
            _line.End(output);

            _line.Append("Logins: ");
            _line.AppendNumber(user.Logins);
            _line.Append(" Fails: ");
            _line.AppendNumber(user.Fails);
            _line.End(output);
        }
    }
}
