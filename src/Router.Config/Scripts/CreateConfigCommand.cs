using Router.Cli;
using Router.Core;
using Router.Core.Storage;
using Router.Config.Files;
using Router.Config.Session;

namespace Router.Config.Scripts
{
    /// <summary>
    /// create config=NAME.cfg (000: create config=ssl.cfg): writes the running configuration as a
    /// command script, atomically (a power cut leaves the old file or the new one). No key
    /// material, and passwords only as their hashes. Only at the console: a script that rewrote
    /// scripts while it ran would be reading what it writes.
    /// </summary>
    public sealed class CreateConfigCommand : ICommandHandler
    {
        private readonly RunningConfiguration _configuration;
        private readonly FlashStore _store;
        private readonly ConsoleContext _context;
        private readonly EventLog _log;
        private readonly string _header;

        /// <param name="header">The comment that opens every script (product and firmware version).</param>
        public CreateConfigCommand(RunningConfiguration configuration, FlashStore store, ConsoleContext context, EventLog log, string header)
        {
            _configuration = configuration;
            _store = store;
            _context = context;
            _log = log;
            _header = header;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            string typed = command.GetText("CONFIG", null);
            string name = FileNames.Normalize(typed);
            if (!FileNames.IsConfigName(name))
            {
                CliMessages.WriteError(output, CliMessages.BadConfigName, "\"" + typed + "\" is not a configuration file name (NAME"
                    + FileNames.ConfigExtension + ", up to " + FileNames.MaxLength.ToString() + " characters).");
                return CommandResult.Error;
            }

            if (!ConsoleOnly.Check(_context, command, output))
            {
                return CommandResult.Error;
            }

            // Sized by the largest file a flash segment holds; transient, and this command is rare.
            ScriptBuilder script = new ScriptBuilder(_store.MaxFileLength);
            _configuration.Write(script, _header);
            if (script.Overflowed)
            {
                CliMessages.WriteError(output, CliMessages.ConfigTooLarge, "The configuration needs " + script.Needed.ToString()
                    + " bytes; a file holds at most " + _store.MaxFileLength.ToString() + ".");
                return CommandResult.Error;
            }

            try
            {
                _store.Write(name, script.Buffer, 0, script.Length);
            }
            catch (StorageException e)
            {
                return StorageFailure.Report(output, _log, e, "The configuration was not saved.");
            }

            _log.Add(LogSeverity.Info, "CONFIG", "Configuration saved to " + name + " by " + _context.Who);
            return CommandResult.Success;
        }
    }
}
