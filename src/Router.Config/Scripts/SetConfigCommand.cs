using Router.Cli;
using Router.Core;
using Router.Core.Storage;
using Router.Config.Files;
using Router.Config.Session;

namespace Router.Config.Scripts
{
    /// <summary>set config={none|NAME.cfg} (001: set config=ipsec.cfg): the script that runs at boot. The file must exist.</summary>
    public sealed class SetConfigCommand : ICommandHandler
    {
        private readonly SystemState _state;
        private readonly FlashStore _store;
        private readonly ConsoleContext _context;
        private readonly EventLog _log;

        public SetConfigCommand(SystemState state, FlashStore store, ConsoleContext context, EventLog log)
        {
            _state = state;
            _store = store;
            _context = context;
            _log = log;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            string name = null;
            if (!command.IsEnum("CONFIG", "NONE"))
            {
                string typed = command.GetText("CONFIG", null);
                name = FileNames.Normalize(typed);
                if (!FileNames.IsConfigName(name))
                {
                    CliMessages.WriteError(output, CliMessages.BadConfigName, "\"" + typed + "\" is not a configuration file name (NAME"
                        + FileNames.ConfigExtension + ", up to " + FileNames.MaxLength.ToString() + " characters).");
                    return CommandResult.Error;
                }

                if (!Exists(name))
                {
                    CliMessages.WriteError(output, CliMessages.NoSuchFile, "File \"" + name + "\" does not exist.");
                    return CommandResult.Error;
                }
            }

            try
            {
                _state.SetBootScript(name);
            }
            catch (StorageException e)
            {
                return StorageFailure.Report(output, _log, e, "The boot configuration is unchanged.");
            }

            _log.Add(LogSeverity.Info, "CONFIG", "Boot configuration set to " + (name == null ? "none" : name) + " by " + _context.Who);
            return CommandResult.Success;
        }

        private bool Exists(string name)
        {
            try
            {
                return _store.Exists(name);
            }
            catch (StorageException)
            {
                return false;
            }
        }
    }
}
