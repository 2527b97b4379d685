using Router.Cli;
using Router.Core;
using Router.Core.Storage;
using Router.Config.Session;

namespace Router.Config.Users
{
    /// <summary>
    /// delete user=NAME. 001's example deletes "manager" once a Security Officer exists; the
    /// router never lets the last administrator go (<see cref="AdministratorGuard"/>). A user who
    /// deletes their own account stays logged in until they log off, as the example needs.
    /// </summary>
    public sealed class DeleteUserCommand : ICommandHandler
    {
        private readonly UserDatabase _users;
        private readonly AdministratorGuard _guard;
        private readonly ConsoleContext _context;
        private readonly EventLog _log;

        public DeleteUserCommand(UserDatabase users, AdministratorGuard guard, ConsoleContext context, EventLog log)
        {
            _users = users;
            _guard = guard;
            _context = context;
            _log = log;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            string name = command.GetText("USER", null);
            UserAccount user = _users.Find(name);
            if (user == null)
            {
                CliMessages.WriteError(output, CliMessages.NoSuchUser, "User \"" + name + "\" does not exist.");
                return CommandResult.Error;
            }

            if (!_guard.MayLeave(user, Privilege.User, true, output))
            {
                return CommandResult.Error;
            }

            _users.Remove(user);
            _log.Add(LogSeverity.Info, "USER", "User " + user.Name + " deleted by " + _context.Who);
            try
            {
                _users.Save();
            }
            catch (StorageException e)
            {
                return StorageFailure.Report(output, _log, e, "The user is back after a restart.");
            }

            return CommandResult.Success;
        }
    }
}
