using Router.Cli;
using Router.Core;
using Router.Core.Storage;

namespace Router.Config
{
    /// <summary>How a command reports a flash store refusal: a numbered error, and an event log entry.</summary>
    public static class StorageFailure
    {
        /// <summary>
        /// Writes "Error (3075002): Flash storage: REASON. CONSEQUENCE" and logs it; returns
        /// <see cref="CommandResult.Error"/> so a handler can return it directly.
        /// </summary>
        public static int Report(ICommandOutput output, EventLog log, StorageException e, string consequence)
        {
            string reason = StorageError.Describe(e.Error);
            log.Add(LogSeverity.Error, "CONFIG", "Flash storage: " + reason);
            CliMessages.WriteError(output, CliMessages.FlashStorage, "Flash storage: " + reason + "." + (consequence == null ? string.Empty : " " + consequence));
            return CommandResult.Error;
        }
    }
}
