using Router.Cli;
using Router.Core.Storage;
using Router.Config.Session;
using Router.Core;

namespace Router.Config.Security
{
    /// <summary>enable system security: refused unless a Security Officer exists (000, 001).</summary>
    public sealed class EnableSecurityCommand : ICommandHandler
    {
        private readonly SecurityMode _security;
        private readonly ConsoleContext _context;
        private readonly EventLog _log;

        public EnableSecurityCommand(SecurityMode security, ConsoleContext context, EventLog log)
        {
            _security = security;
            _context = context;
            _log = log;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            if (_security.IsEnabled)
            {
                CliMessages.WriteError(output, CliMessages.SecurityAlreadyEnabled, "System security is already enabled.");
                return CommandResult.Error;
            }

            if (!_security.CanEnable)
            {
                CliMessages.WriteError(output, CliMessages.NoSecurityOfficer,
                    "System security needs a user with Security Officer privilege: add one first.");
                return CommandResult.Error;
            }

            string problem;
            try
            {
                problem = _security.Enable(_context.Who);
            }
            catch (StorageException e)
            {
                return StorageFailure.Report(output, _log, e, "System security stays disabled.");
            }

            if (problem != null)
            {
                CliMessages.WriteError(output, CliMessages.SecurityNotPersisted, "System security stays disabled: " + problem + ".");
                return CommandResult.Error;
            }

            return CommandResult.Success;
        }
    }
}
