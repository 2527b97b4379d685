using Router.Core;
using Router.Device.Accounts;
using Router.Device.Terminal;

namespace Router.Device.Shell
{
    /// <summary>
    /// The console from the administrator's side: on first boot it asks for the manager
    /// password (twice) before anything else, then it asks for a login, then it hands each
    /// command line to the <see cref="CommandShell"/> until logoff. It is fed one byte at a
    /// time and never blocks, so the board's loop decides how input arrives.
    /// </summary>
    public sealed class ConsoleSession
    {
        private const string ManagerPrompt = "Manager > ";

        private readonly TerminalWriter _output;
        private readonly LineEditor _editor;
        private readonly IUserDatabase _users;
        private readonly CommandShell _shell;
        private readonly EventLog _log;

        // The first entry of a new password, kept until it is confirmed and wiped after.
        private readonly char[] _newPassword = new char[PasswordPolicy.MaximumLength];
        private int _newPasswordLength;

        private SessionState _state;
        private string _loginName;
        private bool _restartRequested;

        public ConsoleSession(TerminalWriter output, LineEditor editor, IUserDatabase users, CommandShell shell, EventLog log)
        {
            _output = output;
            _editor = editor;
            _users = users;
            _shell = shell;
            _log = log;
        }

        /// <summary>Set once the manager asked for a restart; the device's run loop then returns.</summary>
        public bool RestartRequested
        {
            get { return _restartRequested; }
        }

        public bool LoggedIn
        {
            get { return _state == SessionState.Command; }
        }

        /// <summary>Writes the first prompt: the manager password on first boot, the login otherwise.</summary>
        public void Start()
        {
            if (_users.HasUsers)
            {
                Enter(SessionState.LoginName);
                return;
            }

            _output.WriteLine("No manager password is set, and there is no default password.");
            _output.Write("Choose the manager password now (at least ");
            _output.WriteNumber(PasswordPolicy.MinimumLength);
            _output.WriteLine(" characters).");
            _output.WriteLine("This firmware keeps it in RAM only: it is asked again after a restart.");
            Enter(SessionState.NewPassword);
        }

        public void Feed(byte value)
        {
            LineStatus status = _editor.Feed(value);
            if (status == LineStatus.Pending)
            {
                return;
            }

            if (status == LineStatus.Cancelled)
            {
                Cancel();
            }
            else if (status == LineStatus.TooLong)
            {
                ConsoleMessages.BeginError(_output, ConsoleMessages.LineTooLong);
                _output.Write("Line too long: the limit is ");
                _output.WriteNumber(_editor.MaxLength);
                _output.WriteLine(" characters. The line was discarded.");
                Prompt();
            }
            else
            {
                HandleLine();
            }
        }

        /// <summary>After a fault in a command: forget the half-typed line and prompt again.</summary>
        public void Recover()
        {
            _editor.Clear();
            Prompt();
        }

        private void HandleLine()
        {
            if (_state == SessionState.NewPassword)
            {
                TakeNewPassword();
            }
            else if (_state == SessionState.ConfirmPassword)
            {
                ConfirmNewPassword();
            }
            else if (_state == SessionState.LoginName)
            {
                _loginName = _editor.TakeLine().Trim();
                if (_loginName.Length == 0)
                {
                    Prompt();
                }
                else
                {
                    Enter(SessionState.LoginPassword);
                }
            }
            else if (_state == SessionState.LoginPassword)
            {
                CheckLogin();
            }
            else
            {
                RunCommand(_editor.TakeLine());
            }
        }

        private void TakeNewPassword()
        {
            int length = _editor.Length;
            if (!PasswordPolicy.IsAcceptable(length))
            {
                _editor.Clear();
                ConsoleMessages.BeginError(_output, ConsoleMessages.PasswordLength);
                _output.Write("The password must have ");
                _output.WriteNumber(PasswordPolicy.MinimumLength);
                _output.Write(" to ");
                _output.WriteNumber(PasswordPolicy.MaximumLength);
                _output.WriteLine(" characters.");
                Prompt();
                return;
            }

            System.Array.Copy(_editor.Characters, 0, _newPassword, 0, length);
            _newPasswordLength = length;
            _editor.Clear();
            Enter(SessionState.ConfirmPassword);
        }

        private void ConfirmNewPassword()
        {
            bool same = FixedTimeComparison.AreEqual(_newPassword, _newPasswordLength, _editor.Characters, _editor.Length);
            if (same)
            {
                _users.CreateManager(_newPassword, _newPasswordLength);
            }

            _editor.Clear();
            WipeNewPassword();
            if (!same)
            {
                ConsoleMessages.Error(_output, ConsoleMessages.PasswordMismatch, "The passwords do not match. Try again.");
                Enter(SessionState.NewPassword);
                return;
            }

            _log.Add(LogSeverity.Info, "USER", "Manager password set on the console");
            ConsoleMessages.Info(_output, ConsoleMessages.PasswordSet, "Manager password set.");
            _output.NewLine();
            Enter(SessionState.LoginName);
        }

        private void CheckLogin()
        {
            bool accepted = _users.Authenticate(_loginName, _editor.Characters, _editor.Length);
            _editor.Clear();
            if (!accepted)
            {
                _log.Add(LogSeverity.Warning, "USER", "Login incorrect on the console");
                ConsoleMessages.Error(_output, ConsoleMessages.LoginIncorrect, "Login incorrect.");
                _output.NewLine();
                Enter(SessionState.LoginName);
                return;
            }

            _log.Add(LogSeverity.Info, "USER", "Manager logged in on the console");
            _output.NewLine();
            Enter(SessionState.Command);
        }

        private void RunCommand(string line)
        {
            ShellResult result = _shell.Execute(line);
            if (result == ShellResult.Restart)
            {
                _restartRequested = true;
                return;
            }

            if (result == ShellResult.Logoff)
            {
                _output.NewLine();
                Enter(SessionState.LoginName);
                return;
            }

            Prompt();
        }

        private void Cancel()
        {
            if (_state == SessionState.ConfirmPassword)
            {
                WipeNewPassword();
                Enter(SessionState.NewPassword);
            }
            else if (_state == SessionState.LoginPassword)
            {
                Enter(SessionState.LoginName);
            }
            else
            {
                Prompt();
            }
        }

        private void Enter(SessionState state)
        {
            _state = state;
            _editor.EchoEnabled = state != SessionState.NewPassword
                && state != SessionState.ConfirmPassword
                && state != SessionState.LoginPassword;
            Prompt();
        }

        private void Prompt()
        {
            if (_state == SessionState.NewPassword)
            {
                _output.Write("New manager password: ");
            }
            else if (_state == SessionState.ConfirmPassword)
            {
                _output.Write("Confirm manager password: ");
            }
            else if (_state == SessionState.LoginName)
            {
                _output.Write("login: ");
            }
            else if (_state == SessionState.LoginPassword)
            {
                _output.Write("Password: ");
            }
            else
            {
                _output.Write(ManagerPrompt);
            }
        }

        private void WipeNewPassword()
        {
            System.Array.Clear(_newPassword, 0, _newPassword.Length);
            _newPasswordLength = 0;
        }
    }
}
