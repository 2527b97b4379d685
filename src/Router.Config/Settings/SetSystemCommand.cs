using Router.Cli;
using Router.Core;
using Router.Config.Session;

namespace Router.Config.Settings
{
    /// <summary>set system [name=...] [distinguishedname=...] (001: set system name="Head Office"; 000: the DN for PKI).</summary>
    public sealed class SetSystemCommand : ICommandHandler
    {
        private readonly SystemSettings _settings;
        private readonly ConsoleContext _context;
        private readonly EventLog _log;

        public SetSystemCommand(SystemSettings settings, ConsoleContext context, EventLog log)
        {
            _settings = settings;
            _context = context;
            _log = log;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            if (!command.Has("NAME") && !command.Has("DISTINGUISHEDNAME"))
            {
                CliMessages.WriteError(output, CliMessages.NothingToSet, "Give at least one parameter to change.");
                return CommandResult.Error;
            }

            _settings.Name = command.GetText("NAME", _settings.Name);
            _settings.DistinguishedName = command.GetText("DISTINGUISHEDNAME", _settings.DistinguishedName);
            if (_context.IsInteractive)
            {
                // A boot script sets them every boot: not worth a log entry each time.
                _log.Add(LogSeverity.Info, "SYSTEM", "System settings changed by " + _context.Who);
            }

            return CommandResult.Success;
        }
    }
}
