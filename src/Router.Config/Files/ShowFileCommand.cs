using Router.Cli;
using Router.Core;
using Router.Core.Storage;
using Router.Config.Scripts;

namespace Router.Config.Files
{
    /// <summary>
    /// show file: the files of the flash store with their sizes, and the store's use.
    /// show file=NAME: the content of one of the administrator's files (scripts, text), read in
    /// chunks and shown as text with password hashes hidden. The router's own files (user
    /// database, key store) are listed but never shown.
    /// </summary>
    public sealed class ShowFileCommand : ICommandHandler
    {
        private const int ChunkSize = 128;

        private readonly FlashStore _store;
        private readonly EventLog _log;
        private readonly ReportLine _line = new ReportLine(80);
        private readonly ScriptDisplay _display = new ScriptDisplay();
        private readonly byte[] _chunk = new byte[ChunkSize];

        public ShowFileCommand(FlashStore store, EventLog log)
        {
            _store = store;
            _log = log;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            try
            {
                return command.HasValue("FILE") ? ShowContent(command.GetText("FILE", null), output) : List(output);
            }
            catch (StorageException e)
            {
                _display.Reset();
                return StorageFailure.Report(output, _log, e, null);
            }
        }

        private int List(ICommandOutput output)
        {
            output.WriteLine(string.Empty);
            output.WriteLine("Filename                          Size (bytes)");
            output.WriteLine(ReportLine.Rule);
            int count = _store.FileCount;
            for (int i = 0; i < count; i++)
            {
                string name = _store.GetFileName(i);
                if (name == null)
                {
                    continue;
                }

                _line.Append(name);
                _line.PadTo(34, ' ');
                _line.AppendNumber(_store.GetFileLength(i));
                _line.End(output);
            }

            output.WriteLine(ReportLine.Rule);
            _line.Append("Flash store: ");
            _line.AppendNumber(count);
            _line.Append(count == 1 ? " file, " : " files, ");
            _line.AppendKilobytes(_store.UsedBytes);
            _line.Append(" used, ");
            _line.AppendKilobytes(_store.FreeBytes);
            _line.Append(" free");
            _line.End(output);
            return CommandResult.Shown;
        }

        private int ShowContent(string typed, ICommandOutput output)
        {
            string name = FileNames.Normalize(typed);
            if (name == null)
            {
                CliMessages.WriteError(output, CliMessages.BadFileName, "\"" + typed + "\" is not a valid file name.");
                return CommandResult.Error;
            }

            int length = _store.GetLength(name);
            if (length < 0)
            {
                CliMessages.WriteError(output, CliMessages.NoSuchFile, "File \"" + name + "\" does not exist.");
                return CommandResult.Error;
            }

            if (!FileNames.IsUserFile(name))
            {
                CliMessages.WriteError(output, CliMessages.SystemFile, "\"" + name + "\" is a system file: it cannot be shown or deleted.");
                return CommandResult.Error;
            }

            output.WriteLine(string.Empty);
            _display.Reset();
            for (int position = 0; position < length;)
            {
                int count = _store.Read(name, position, _chunk, 0, ChunkSize);
                if (count <= 0)
                {
                    break;
                }

                _display.Append(_chunk, 0, count, output);
                position += count;
            }

            _display.Finish(output);
            return CommandResult.Shown;
        }
    }
}
