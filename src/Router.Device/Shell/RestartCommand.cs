using Router.Cli;
using Router.Config.Session;
using Router.Core;

namespace Router.Device.Shell
{
    /// <summary>
    /// restart router (and restart reboot): the run loop returns and the board starts the
    /// firmware again, which runs the boot configuration. Only at the console: a boot script
    /// that restarted the router would never finish booting.
    /// </summary>
    public sealed class RestartCommand : ICommandHandler
    {
        private readonly ConsoleContext _context;
        private readonly EventLog _log;

        public RestartCommand(ConsoleContext context, EventLog log)
        {
            _context = context;
            _log = log;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            if (!ConsoleOnly.Check(_context, command, output))
            {
                return CommandResult.Error;
            }

            _log.Add(LogSeverity.Info, "SYSTEM", "Restart requested by " + _context.Who);
            CliMessages.WriteInfo(output, CliMessages.Restarting, "Restarting the router.");
            _context.RequestRestart();
            return CommandResult.Shown;
        }
    }
}
