using System;
using Router.Core;
using Router.Device.Accounts;
using Router.Device.Shell;
using Router.Device.Terminal;

namespace Router.Device
{
    /// <summary>
    /// The composition root: builds the router's parts on a board and runs the console loop
    /// until the administrator restarts the router, the board asks it to stop, or the console
    /// goes away. One instance is one boot; a restart builds a new one, so nothing survives it
    /// but what the board keeps (flash).
    /// </summary>
    public sealed class RouterDevice
    {
        private const int OutputBufferSize = 256;
        private const int InputChunkSize = 64;

        private readonly IBoard _board;
        private readonly DeviceSettings _settings;
        private readonly EventLog _log;
        private readonly TerminalWriter _output;
        private readonly IUserDatabase _users;
        private readonly ConsoleSession _session;
        private readonly byte[] _input = new byte[InputChunkSize];

        public RouterDevice(IBoard board, DeviceSettings settings)
        {
            _board = board;
            _settings = settings;
            _log = new EventLog(settings.EventLogCapacity, board.Clock);
            _output = new TerminalWriter(board.Console, OutputBufferSize);

            // The user database plugs in here: Router.Config's flash-backed store replaces this
            // RAM-only one (see IUserDatabase).
            _users = new RamUserDatabase();

            LineEditor editor = new LineEditor(settings.MaxLineLength, _output);
            CommandShell shell = new CommandShell(_output, board, settings, _log);
            _session = new ConsoleSession(_output, editor, _users, shell, _log);
        }

        public EventLog Log
        {
            get { return _log; }
        }

        public DeviceExit Run()
        {
            Boot();
            while (!_board.StopRequested)
            {
                int count = _board.Console.Read(_input, 0, _input.Length, _settings.ConsolePollMilliseconds);
                if (count < 0)
                {
                    _log.Add(LogSeverity.Info, "SYSTEM", "Console closed");
                    return DeviceExit.ConsoleClosed;
                }

                for (int i = 0; i < count && !_session.RestartRequested; i++)
                {
                    FeedConsole(_input[i]);
                }

                _output.Flush();
                if (_session.RestartRequested)
                {
                    return DeviceExit.Restart;
                }
            }

            _output.NewLine();
            _output.WriteLine("INFO:  Router shutting down.");
            _output.Flush();
            _log.Add(LogSeverity.Info, "SYSTEM", "Router stopped by the board");
            return DeviceExit.Stopped;
        }

        private void Boot()
        {
            BootBanner banner = new BootBanner(_output, _log);
            banner.WriteHeader(_board);
            banner.WriteFlash(_board.Flash);
            AcceptBoardManagerPassword(banner);
            banner.Message(LogSeverity.Info, "Router startup complete");
            _output.NewLine();
            _session.Start();
            _output.Flush();
        }

        /// <summary>Takes the manager password the board was given (virtual device option), if it meets the policy.</summary>
        private void AcceptBoardManagerPassword(BootBanner banner)
        {
            string password = _settings.ManagerPassword;
            if (password == null)
            {
                return;
            }

            if (!PasswordPolicy.IsAcceptable(password.Length))
            {
                banner.Message(LogSeverity.Warning, "Manager password from the board refused: wrong length");
                return;
            }

            char[] characters = password.ToCharArray();
            _users.CreateManager(characters, characters.Length);
            Array.Clear(characters, 0, characters.Length);
            banner.Message(LogSeverity.Info, "Manager password set by the board");
        }

        private void FeedConsole(byte value)
        {
            try
            {
                _session.Feed(value);
            }
            catch (Exception ex)
            {
                // Rule 5: a fault in one command must not take the console down with it.
                _log.Add(LogSeverity.Error, "CONSOLE", ex.Message);
                _output.NewLine();
                ConsoleMessages.Error(_output, ConsoleMessages.InternalError, "Internal error; the command was abandoned.");
                _session.Recover();
            }
        }
    }
}
