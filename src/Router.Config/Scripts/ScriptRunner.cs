using Router.Cli;
using Router.Core;
using Router.Core.Storage;
using Router.Config.Security;
using Router.Config.Session;

namespace Router.Config.Scripts
{
    /// <summary>
    /// Runs a configuration script from the flash store, line by line, through the command
    /// language, with the router's own authority (Security Officer privilege, nobody at the
    /// console). An error is reported with the file and line and the script goes on: a bad line
    /// must not stop a boot. Lines are bounded by <see cref="CommandLine.MaxLength"/>; bytes
    /// outside printable ASCII are turned into a control character, which the command line
    /// refuses with its own error. Blank lines and lines starting with '#' are skipped.
    /// </summary>
    public sealed class ScriptRunner
    {
        private const int ChunkSize = 128;

        // A byte the command line refuses, standing for any byte it should not see.
        private const char Refused = '\u001A';

        private readonly FlashStore _store;
        private readonly CommandDispatcher _dispatcher;
        private readonly ConsoleContext _context;
        private readonly SecurityMode _security;
        private readonly EventLog _log;
        private readonly byte[] _chunk = new byte[ChunkSize];
        private readonly char[] _line = new char[CommandLine.MaxLength];

        public ScriptRunner(FlashStore store, CommandDispatcher dispatcher, ConsoleContext context, SecurityMode security, EventLog log)
        {
            _store = store;
            _dispatcher = dispatcher;
            _context = context;
            _security = security;
            _log = log;
        }

        /// <summary>Runs <paramref name="name"/>; results and errors go to <paramref name="output"/>. Throws StorageException when the store fails.</summary>
        public ScriptResult Run(string name, ICommandOutput output)
        {
            ScriptResult result = new ScriptResult();
            int length = _store.GetLength(name);
            if (length < 0)
            {
                return result;
            }

            result.Found = true;
            ScriptOutput scriptOutput = new ScriptOutput(output, _log);
            bool wasInteractive = _context.IsInteractive;
            _context.IsInteractive = false;
            try
            {
                ReadLines(name, length, scriptOutput, result);
            }
            finally
            {
                _context.IsInteractive = wasInteractive;
                _context.ClearRequest();
            }

            return result;
        }

        private void ReadLines(string name, int length, ScriptOutput output, ScriptResult result)
        {
            int used = 0;
            bool tooLong = false;
            int position = 0;
            while (position < length)
            {
                int count = _store.Read(name, position, _chunk, 0, ChunkSize);
                if (count <= 0)
                {
                    break;
                }

                position += count;
                for (int i = 0; i < count; i++)
                {
                    byte b = _chunk[i];
                    if (b == (byte)'\n')
                    {
                        EndLine(name, used, tooLong, output, result);
                        used = 0;
                        tooLong = false;
                    }
                    else if (b != (byte)'\r')
                    {
                        if (used < _line.Length)
                        {
                            _line[used++] = (b >= 0x20 && b <= 0x7E) || b == (byte)'\t' ? (char)b : Refused;
                        }
                        else
                        {
                            tooLong = true;
                        }
                    }
                }
            }

            if (used > 0 || tooLong)
            {
                EndLine(name, used, tooLong, output, result);
            }
        }

        private void EndLine(string name, int used, bool tooLong, ScriptOutput output, ScriptResult result)
        {
            result.Lines++;
            output.StartLine(name, result.Lines);
            if (tooLong)
            {
                result.Errors++;
                output.Error(CliMessages.Error(CliMessages.LineTooLong, "Command line is too long (maximum "
                    + CommandLine.MaxLength.ToString() + " characters)."));
                return;
            }

            int first = 0;
            while (first < used && (_line[first] == ' ' || _line[first] == '\t'))
            {
                first++;
            }

            if (first == used || _line[first] == '#')
            {
                return;
            }

            result.Commands++;
            string text = new string(_line, first, used - first);
            int code = _dispatcher.Execute(text, Privilege.SecurityOfficer, _security.IsEnabled, output);
            if (code == CommandResult.Error || output.ErrorWritten)
            {
                result.Errors++;
            }
        }
    }
}
