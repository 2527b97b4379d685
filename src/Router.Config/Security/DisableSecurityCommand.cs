using Router.Cli;
using Router.Core;
using Router.Core.Storage;
using Router.Config.Session;

namespace Router.Config.Security
{
    /// <summary>
    /// disable system security: destroys every secret of the secret stores (ENCO keys), in RAM
    /// and in flash, and leaves security mode. 001 names it as the way to regain control when no
    /// Security Officer can log in, "but it automatically destroys keys": so it asks first, runs
    /// only at the console, and logs what it destroyed.
    /// </summary>
    public sealed class DisableSecurityCommand : ICommandHandler, IConfirmedAction
    {
        private readonly SecurityMode _security;
        private readonly ConsoleContext _context;
        private readonly EventLog _log;

        public DisableSecurityCommand(SecurityMode security, ConsoleContext context, EventLog log)
        {
            _security = security;
            _context = context;
            _log = log;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            if (!_security.IsEnabled)
            {
                CliMessages.WriteError(output, CliMessages.SecurityNotEnabled, "System security is not enabled.");
                return CommandResult.Error;
            }

            if (!ConsoleOnly.Check(_context, command, output))
            {
                return CommandResult.Error;
            }

            _context.AskConfirmation(Question(), this);
            return CommandResult.Shown;
        }

        public int Confirmed(ICommandOutput output)
        {
            int destroyed;
            try
            {
                destroyed = _security.Disable(_context.Who);
            }
            catch (StorageException e)
            {
                return StorageFailure.Report(output, _log, e, "The secrets are destroyed; system security is still recorded as enabled.");
            }

            output.WriteLine("System security disabled: " + destroyed.ToString() + (destroyed == 1 ? " secret" : " secrets") + " destroyed.");
            return CommandResult.Success;
        }

        private string Question()
        {
            string what = string.Empty;
            for (int i = 0; i < _security.StoreCount; i++)
            {
                what += (i == 0 ? string.Empty : " and ") + _security.GetStore(i).Name;
            }

            return "Disabling system security destroys all " + (what.Length == 0 ? "stored secrets" : what)
                + ", in RAM and in flash. Disable it? (Y/N) ";
        }
    }
}
