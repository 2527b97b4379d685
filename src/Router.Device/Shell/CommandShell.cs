using Router.Core;
using Router.Device.Terminal;

namespace Router.Device.Shell
{
    /// <summary>
    /// The commands a logged-in manager can give at this firmware stage. Router.Cli (the full
    /// command language, abbreviations and parameters) takes over this role later; until then
    /// commands are matched word for word, in any letter case.
    /// </summary>
    public sealed class CommandShell
    {
        // Syntax and description of each command, in the order help lists them.
        private static readonly string[] Commands =
        {
            "help", "List the commands available",
            "show system", "Show the system status",
            "show log", "Show the event log",
            "logoff", "End this session and return to the login prompt",
            "restart", "Restart the router",
        };

        private readonly TerminalWriter _output;
        private readonly EventLog _log;
        private readonly CommandWords _words = new CommandWords();
        private readonly SystemStatusReport _systemStatus;
        private readonly EventLogReport _eventLog;

        public CommandShell(TerminalWriter output, IBoard board, DeviceSettings settings, EventLog log)
        {
            _output = output;
            _log = log;
            _systemStatus = new SystemStatusReport(board, settings, log);
            _eventLog = new EventLogReport(log);
        }

        public ShellResult Execute(string line)
        {
            _words.Split(line);
            if (_words.Count == 0)
            {
                return ShellResult.Continue;
            }

            if (_words.Are("help") || _words.Are("?"))
            {
                WriteHelp();
            }
            else if (_words.Are("show", "system"))
            {
                _systemStatus.Write(_output);
            }
            else if (_words.Are("show", "log"))
            {
                _eventLog.Write(_output);
            }
            else if (_words.Are("logoff") || _words.Are("logout"))
            {
                _log.Add(LogSeverity.Info, "CONSOLE", "Manager logged off");
                return ShellResult.Logoff;
            }
            else if (_words.Are("restart") || _words.Are("restart", "router"))
            {
                _log.Add(LogSeverity.Info, "SYSTEM", "Restart requested from the console");
                ConsoleMessages.Info(_output, ConsoleMessages.Restarting, "Restarting the router.");
                return ShellResult.Restart;
            }
            else
            {
                ConsoleMessages.BeginError(_output, ConsoleMessages.UnknownCommand);
                _output.Write("Unknown command \"");
                _output.Write(line.Trim());
                _output.WriteLine("\".");
            }

            return ShellResult.Continue;
        }

        private void WriteHelp()
        {
            _output.NewLine();
            _output.WriteLine("Commands available:");
            for (int i = 0; i < Commands.Length; i += 2)
            {
                _output.Write("  ");
                _output.Write(Commands[i]);
                _output.PadTo(22, ' ');
                _output.WriteLine(Commands[i + 1]);
            }

            _output.NewLine();
        }
    }
}
