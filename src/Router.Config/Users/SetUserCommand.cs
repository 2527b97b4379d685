using Router.Cli;
using Router.Core;
using Router.Core.Storage;
using Router.Config.Session;

namespace Router.Config.Users
{
    /// <summary>
    /// set user=NAME [password=...] [privilege=...] [login=...] [telnet=...] [description=...]
    /// changes one account; set user [securedelay=...] [loginfail=...] [lockoutpd=...] changes
    /// the login rules every account shares (001: set user securedelay=600, later 60).
    /// </summary>
    public sealed class SetUserCommand : ICommandHandler
    {
        private readonly UserDatabase _users;
        private readonly AdministratorGuard _guard;
        private readonly ConsoleContext _context;
        private readonly EventLog _log;

        public SetUserCommand(UserDatabase users, AdministratorGuard guard, ConsoleContext context, EventLog log)
        {
            _users = users;
            _guard = guard;
            _context = context;
            _log = log;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            bool rules = command.Has("SECUREDELAY") || command.Has("LOGINFAIL") || command.Has("LOCKOUTPD");
            bool account = command.Has("PASSWORD") || command.Has("PRIVILEGE") || command.Has("LOGIN")
                || command.Has("TELNET") || command.Has("DESCRIPTION");
            if (command.HasValue("USER") ? !(account || rules) : (account || !rules))
            {
                CliMessages.WriteError(output, CliMessages.NothingToSet, command.HasValue("USER") || !account
                    ? "Give at least one parameter to change."
                    : "Give USER=name to change a user's PASSWORD, PRIVILEGE, LOGIN, TELNET or DESCRIPTION.");
                return CommandResult.Error;
            }

            if (command.HasValue("USER") && account)
            {
                int result = ChangeAccount(command, output);
                if (result != CommandResult.Success)
                {
                    return result;
                }
            }

            if (rules)
            {
                LoginPolicy policy = _users.Policy;
                policy.SecureDelaySeconds = command.GetNumber("SECUREDELAY", policy.SecureDelaySeconds);
                policy.LoginFailLimit = command.GetNumber("LOGINFAIL", policy.LoginFailLimit);
                policy.LockoutSeconds = command.GetNumber("LOCKOUTPD", policy.LockoutSeconds);
            }

            return CommandResult.Success;
        }

        private int ChangeAccount(ParsedCommand command, ICommandOutput output)
        {
            string name = command.GetText("USER", null);
            UserAccount user = _users.Find(name);
            if (user == null)
            {
                CliMessages.WriteError(output, CliMessages.NoSuchUser, "User \"" + name + "\" does not exist.");
                return CommandResult.Error;
            }

            Privilege privilege = command.Has("PRIVILEGE") ? PrivilegeNames.FromAlternative(command.GetEnum("PRIVILEGE", 0)) : user.Privilege;
            if (privilege != user.Privilege && !_guard.MayLeave(user, privilege, false, output))
            {
                return CommandResult.Error;
            }

            PasswordHash hash = user.Password;
            string password = command.GetText("PASSWORD", null);
            if (password != null && UserPassword.FromText(password, _users, output, out hash) != CommandResult.Success)
            {
                return CommandResult.Error;
            }

            user.Password = hash;
            user.Privilege = privilege;
            user.Login = command.GetBool("LOGIN", user.Login);
            user.Telnet = command.GetBool("TELNET", user.Telnet);
            user.Description = command.GetText("DESCRIPTION", user.Description);
            _log.Add(LogSeverity.Info, "USER", "User " + user.Name + " changed by " + _context.Who + (password != null ? " (new password)" : string.Empty));
            try
            {
                _users.Save();
            }
            catch (StorageException e)
            {
                return StorageFailure.Report(output, _log, e, "The change holds until the router restarts.");
            }

            return CommandResult.Success;
        }
    }
}
