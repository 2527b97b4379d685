using Router.Cli;
using Router.Core;

namespace Router.Config.Scripts
{
    /// <summary>
    /// The output of a command run from a script: the "Operation successful" answers are
    /// dropped (a boot would print one per line), every error is prefixed with the file and line
    /// it came from and logged, and anything else (a show command in a script) passes through.
    /// </summary>
    internal sealed class ScriptOutput : ICommandOutput
    {
        private readonly ICommandOutput _target;
        private readonly EventLog _log;
        private string _file;
        private int _line;
        private bool _errorWritten;

        public ScriptOutput(ICommandOutput target, EventLog log)
        {
            _target = target;
            _log = log;
        }

        /// <summary>Whether the current line's command has written an error.</summary>
        public bool ErrorWritten
        {
            get { return _errorWritten; }
        }

        public void StartLine(string file, int line)
        {
            _file = file;
            _line = line;
            _errorWritten = false;
        }

        public void Write(string text)
        {
            _target.Write(text);
        }

        public void Write(char[] chars, int offset, int count)
        {
            _target.Write(chars, offset, count);
        }

        public void WriteLine(string line)
        {
            if (line == CliMessages.OperationSuccessfulLine)
            {
                return;
            }

            if (line.StartsWith("Error ("))
            {
                Error(line);
                return;
            }

            _target.WriteLine(line);
        }

        /// <summary>Writes "file line N: text" and logs it.</summary>
        public void Error(string text)
        {
            _errorWritten = true;
            string where = _file + " line " + _line.ToString() + ": ";
            _target.WriteLine(where + text);
            _log.Add(LogSeverity.Error, "CONFIG", where + text);
        }
    }
}
