using System;
using Router.Cli;
using Router.Core;
using Router.Core.Storage;
using Router.Config.Session;

namespace Router.Config.Users
{
    /// <summary>
    /// add user=NAME password=... | passwordhash=... [privilege=...] [login=...] [telnet=...] [description=...].
    /// PASSWORDHASH is the form configuration scripts carry (create config never writes a
    /// password); a script that adds a user the flash already holds with the same settings
    /// changes nothing and is not an error, so a boot script and the user database agree.
    /// </summary>
    public sealed class AddUserCommand : ICommandHandler
    {
        private readonly UserDatabase _users;
        private readonly ConsoleContext _context;
        private readonly EventLog _log;

        public AddUserCommand(UserDatabase users, ConsoleContext context, EventLog log)
        {
            _users = users;
            _context = context;
            _log = log;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            string name = command.GetText("USER", null);
            if (!UserAccount.IsValidName(name))
            {
                CliMessages.WriteError(output, CliMessages.BadUserName, "User name \"" + name + "\" may only have letters, digits, \"_\", \"-\" and \".\".");
                return CommandResult.Error;
            }

            // Refusals that need no hashing come first: a hash costs about 0.3 s on the device.
            UserAccount existing = _users.Find(name);
            if (existing != null && (_context.IsInteractive || command.HasValue("PASSWORD")))
            {
                return Exists(output, existing);
            }

            if (existing == null && _users.IsFull)
            {
                CliMessages.WriteError(output, CliMessages.UserDatabaseFull, "The user database is full (" + UserDatabase.Capacity.ToString() + " users).");
                return CommandResult.Error;
            }

            PasswordHash hash;
            int error = UserPassword.Read(command, _users, output, out hash);
            if (error != CommandResult.Success)
            {
                return error;
            }

            UserAccount user = new UserAccount(name, PrivilegeNames.FromAlternative(command.GetEnum("PRIVILEGE", 0)), hash);
            user.Login = command.GetBool("LOGIN", false);
            user.Telnet = command.GetBool("TELNET", false);
            user.Description = command.GetText("DESCRIPTION", string.Empty);
            if (existing != null)
            {
                return SameSettings(existing, user) ? CommandResult.Success : Exists(output, existing);
            }

            _users.Add(user);
            _log.Add(LogSeverity.Info, "USER", "User " + name + " (" + PrivilegeNames.Short(user.Privilege) + ") added by " + _context.Who);
            try
            {
                _users.Save();
            }
            catch (StorageException e)
            {
                return StorageFailure.Report(output, _log, e, "The user exists until the router restarts.");
            }

            return CommandResult.Success;
        }

        private static int Exists(ICommandOutput output, UserAccount existing)
        {
            CliMessages.WriteError(output, CliMessages.UserExists, "User \"" + existing.Name + "\" already exists.");
            return CommandResult.Error;
        }

        private static bool SameSettings(UserAccount a, UserAccount b)
        {
            return a.Privilege == b.Privilege && a.Login == b.Login && a.Telnet == b.Telnet
                && a.Description == b.Description && a.Password.SameAs(b.Password);
        }
    }
}
