using Router.Cli;
using Router.Core;
using Router.Core.Storage;
using Router.Config.Session;

namespace Router.Config.Files
{
    /// <summary>
    /// delete file=NAME: removes one of the administrator's files. The flash store wipes what it
    /// deletes. Deleting the boot configuration also sets the boot configuration to none, so the
    /// next boot does not look for a file that is gone.
    /// </summary>
    public sealed class DeleteFileCommand : ICommandHandler
    {
        private readonly FlashStore _store;
        private readonly SystemState _state;
        private readonly ConsoleContext _context;
        private readonly EventLog _log;

        public DeleteFileCommand(FlashStore store, SystemState state, ConsoleContext context, EventLog log)
        {
            _store = store;
            _state = state;
            _context = context;
            _log = log;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            string typed = command.GetText("FILE", null);
            string name = FileNames.Normalize(typed);
            if (name == null)
            {
                CliMessages.WriteError(output, CliMessages.BadFileName, "\"" + typed + "\" is not a valid file name.");
                return CommandResult.Error;
            }

            try
            {
                if (!_store.Exists(name))
                {
                    CliMessages.WriteError(output, CliMessages.NoSuchFile, "File \"" + name + "\" does not exist.");
                    return CommandResult.Error;
                }

                if (!FileNames.IsUserFile(name))
                {
                    CliMessages.WriteError(output, CliMessages.SystemFile, "\"" + name + "\" is a system file: it cannot be shown or deleted.");
                    return CommandResult.Error;
                }

                _store.Delete(name);
                _log.Add(LogSeverity.Info, "CONFIG", "File " + name + " deleted by " + _context.Who);
                if (name == _state.BootScript)
                {
                    _state.SetBootScript(null);
                    output.WriteLine("The boot configuration was " + name + ": it is now none.");
                }
            }
            catch (StorageException e)
            {
                return StorageFailure.Report(output, _log, e, null);
            }

            return CommandResult.Success;
        }
    }
}
