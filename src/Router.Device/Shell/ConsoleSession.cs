using Router.Cli;
using Router.Config.Security;
using Router.Config.Session;
using Router.Config.Users;
using Router.Core;
using Router.Core.Storage;
using Router.Device.Terminal;
using Router.Pki.Commands;

namespace Router.Device.Shell
{
    /// <summary>
    /// The console from the administrator's side: on first boot it asks for the manager
    /// password (twice) before anything else, then for a login, then it hands each command
    /// line to the command language until logoff. Commands that change the session (login,
    /// logoff, restart, a yes/no question) leave a request in the <see cref="ConsoleContext"/>
    /// that is carried out here. A Security Officer idle for longer than the secure delay must
    /// log in again (<see cref="Tick"/>). It is fed one byte at a time and never blocks, so the
    /// board's loop decides how input arrives.
    /// </summary>
    public sealed class ConsoleSession : IPemPasteHost
    {
        private readonly TerminalWriter _output;
        private readonly TerminalOutput _commandOutput;
        private readonly LineEditor _editor;
        private readonly UserDatabase _users;
        private readonly CommandDispatcher _dispatcher;
        private readonly ConsoleContext _context;
        private readonly SecurityMode _security;
        private readonly EventLog _log;
        private readonly IClock _clock;

        // The first entry of a new password, kept until it is confirmed and wiped after.
        private readonly char[] _newPassword = new char[PasswordPolicy.MaximumLength];
        private int _newPasswordLength;

        private SessionState _state;
        private string _loginName;
        private IConfirmedAction _pending;

        // A certificate being pasted (add pki certificate … location=console), or null.
        private PemPaste _paste;
        private string _question;
        private bool _restartRequested;
        private long _lastKey;

        public ConsoleSession(TerminalWriter output, LineEditor editor, UserDatabase users, CommandDispatcher dispatcher,
            ConsoleContext context, SecurityMode security, EventLog log, IClock clock)
        {
            _output = output;
            _commandOutput = new TerminalOutput(output);
            _editor = editor;
            _users = users;
            _dispatcher = dispatcher;
            _context = context;
            _security = security;
            _log = log;
            _clock = clock;
        }

        /// <summary>Set once a command asked for a restart; the device's run loop then returns.</summary>
        public bool RestartRequested
        {
            get { return _restartRequested; }
        }

        /// <summary>Someone is at the command prompt: a command typed there may ask for a paste.</summary>
        public bool CanPaste
        {
            get { return _state == SessionState.Command; }
        }

        /// <summary>The lines after the current command go to <paramref name="paste"/> until it is done.</summary>
        public void BeginPaste(PemPaste paste)
        {
            _paste = paste;
        }

        /// <summary>Writes the first prompt: the manager password on first boot, the login otherwise.</summary>
        public void Start()
        {
            _lastKey = _clock.UptimeMilliseconds;
            if (_users.HasUsers)
            {
                Enter(SessionState.LoginName);
                return;
            }

            _output.WriteLine("No manager password is set, and there is no default password.");
            _output.Write("Choose the manager password now (");
            _output.WriteNumber(PasswordPolicy.MinimumLength);
            _output.Write(" to ");
            _output.WriteNumber(PasswordPolicy.MaximumLength);
            _output.WriteLine(" characters); it is kept in flash as a salted hash.");
            Enter(SessionState.NewPassword);
        }

        public void Feed(byte value)
        {
            _lastKey = _clock.UptimeMilliseconds;
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
                CliMessages.WriteError(_commandOutput, CliMessages.LineTooLong, "Command line is too long (maximum "
                    + _editor.MaxLength.ToString() + " characters). The line was discarded.");
                Prompt();
            }
            else
            {
                HandleLine();
            }
        }

        /// <summary>
        /// Called by the run loop between reads: a Security Officer who has typed nothing for
        /// longer than the secure delay (set user securedelay=...) is logged off.
        /// </summary>
        public void Tick()
        {
            UserAccount user = _context.User;
            bool atCommand = _state == SessionState.Command || _state == SessionState.Confirm || _state == SessionState.SwitchPassword;
            if (user == null || user.Privilege != Privilege.SecurityOfficer || !atCommand)
            {
                return;
            }

            int delay = _users.Policy.SecureDelaySeconds;
            if (_clock.UptimeMilliseconds - _lastKey <= delay * 1000L)
            {
                return;
            }

            _editor.Clear();
            _output.NewLine();
            CliMessages.WriteInfo(_commandOutput, CliMessages.SecureDelayExpired, "Security Officer idle for more than "
                + delay.ToString() + " seconds: log in again.");
            _log.Add(LogSeverity.Info, "USER", user.Name + " logged off after " + delay.ToString() + " s idle (secure delay)");
            EndSession();
        }

        /// <summary>After a fault in a command: forget the half-typed line and prompt again.</summary>
        public void Recover()
        {
            _editor.Clear();
            _context.ClearRequest();
            if (_state == SessionState.Confirm)
            {
                _state = SessionState.Command;
            }

            Prompt();
        }

        private void HandleLine()
        {
            switch (_state)
            {
                case SessionState.NewPassword:
                    TakeNewPassword();
                    break;
                case SessionState.ConfirmPassword:
                    ConfirmNewPassword();
                    break;
                case SessionState.LoginName:
                    TakeLoginName();
                    break;
                case SessionState.LoginPassword:
                    CheckLogin(false);
                    break;
                case SessionState.SwitchPassword:
                    CheckLogin(true);
                    break;
                case SessionState.Confirm:
                    Answer(_editor.TakeLine().Trim().ToLower());
                    break;
                case SessionState.Paste:
                    TakePastedLine(_editor.TakeLine());
                    break;
                default:
                    RunCommand(_editor.TakeLine(true));
                    break;
            }
        }

        private void TakeNewPassword()
        {
            int length = _editor.Length;
            if (!PasswordPolicy.IsAcceptable(length))
            {
                _editor.Clear();
                CliMessages.WriteError(_commandOutput, CliMessages.PasswordLength, PasswordPolicy.Describe());
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
            _editor.Clear();
            if (!same)
            {
                WipeNewPassword();
                CliMessages.WriteError(_commandOutput, CliMessages.PasswordMismatch, "The passwords do not match. Try again.");
                Enter(SessionState.NewPassword);
                return;
            }

            _users.CreateManager(_newPassword, _newPasswordLength);
            WipeNewPassword();
            _log.Add(LogSeverity.Info, "USER", "Manager password set on the console");
            CliMessages.WriteInfo(_commandOutput, CliMessages.ManagerPasswordSet, "Manager password set.");
            SaveUsers();
            _output.NewLine();
            Enter(SessionState.LoginName);
        }

        private void SaveUsers()
        {
            try
            {
                _users.Save();
            }
            catch (StorageException e)
            {
                _log.Add(LogSeverity.Error, "USER", "User database not saved: " + e.Message);
                _output.WriteLine("WARN:  The user database could not be saved to flash: the password holds until a restart.");
            }
        }

        private void TakeLoginName()
        {
            _loginName = _editor.TakeLine().Trim();
            if (_loginName.Length == 0)
            {
                Prompt();
                return;
            }

            Enter(SessionState.LoginPassword);
        }

        /// <summary>The password of the login prompt, or of "login NAME" (<paramref name="switching"/>: a failure keeps the current user).</summary>
        private void CheckLogin(bool switching)
        {
            UserAccount user;
            LoginResult result = _users.Authenticate(_loginName, _editor.Characters, _editor.Length, out user);
            _editor.Clear();
            if (result == LoginResult.Accepted)
            {
                _context.LogIn(user);
                _editor.ClearHistory();
                _log.Add(LogSeverity.Info, "USER", user.Name + " logged in on the console");
                _output.NewLine();
                Enter(SessionState.Command);
                return;
            }

            if (result == LoginResult.Locked)
            {
                CliMessages.WriteError(_commandOutput, CliMessages.AccountLocked, "Login incorrect: too many failed attempts; try again in "
                    + _users.LockSecondsLeft(user).ToString() + " seconds.");
            }
            else if (result == LoginResult.NotAllowed)
            {
                CliMessages.WriteError(_commandOutput, CliMessages.LoginNotAllowed, "User \"" + user.Name + "\" may not log in to the router (LOGIN=NO).");
            }
            else
            {
                CliMessages.WriteError(_commandOutput, CliMessages.LoginIncorrect, "Login incorrect.");
            }

            if (switching)
            {
                Enter(SessionState.Command);
                return;
            }

            _output.NewLine();
            Enter(SessionState.LoginName);
        }

        private void RunCommand(string line)
        {
            _dispatcher.Execute(line, _context.Privilege, _security.IsEnabled, _commandOutput);
            SessionRequest request = _context.Request;
            string login = _context.RequestedLogin;
            IConfirmedAction action = _context.Confirmation;
            string question = _context.Question;
            _context.ClearRequest();

            if (request == SessionRequest.Restart)
            {
                _restartRequested = true;
            }
            else if (request == SessionRequest.Logoff)
            {
                _log.Add(LogSeverity.Info, "USER", _context.Who + " logged off");
                EndSession();
            }
            else if (request == SessionRequest.Login)
            {
                _loginName = login;
                Enter(SessionState.SwitchPassword);
            }
            else if (request == SessionRequest.Confirm)
            {
                _pending = action;
                _question = question;
                Enter(SessionState.Confirm);
            }
            else if (_paste != null)
            {
                _output.WriteLine("Paste the certificate (PEM) now; end with an empty line, \".\" alone cancels.");
                Enter(SessionState.Paste);
            }
            else
            {
                Prompt();
            }
        }

        // Pasted lines are not commands: they skip the history and go to the paste until it ends.
        private void TakePastedLine(string line)
        {
            if (_paste.AcceptLine(line, _commandOutput))
            {
                _paste = null;
                Enter(SessionState.Command);
            }
        }

        private void Answer(string answer)
        {
            IConfirmedAction action = _pending;
            _pending = null;
            _question = null;
            if (answer == "y" || answer == "yes")
            {
                if (action.Confirmed(_commandOutput) == CommandResult.Success)
                {
                    _commandOutput.WriteLine(CliMessages.OperationSuccessfulLine);
                }
            }
            else
            {
                CliMessages.WriteInfo(_commandOutput, CliMessages.Cancelled, "Operation cancelled.");
            }

            Enter(SessionState.Command);
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
            else if (_state == SessionState.SwitchPassword)
            {
                Enter(SessionState.Command);
            }
            else if (_state == SessionState.Confirm)
            {
                _pending = null;
                CliMessages.WriteInfo(_commandOutput, CliMessages.Cancelled, "Operation cancelled.");
                Enter(SessionState.Command);
            }
            else if (_state == SessionState.Paste)
            {
                _paste = null;
                CliMessages.WriteInfo(_commandOutput, CliMessages.Cancelled, "Operation cancelled.");
                Enter(SessionState.Command);
            }
            else
            {
                Prompt();
            }
        }

        /// <summary>Logs the user off: history wiped, back to the login prompt.</summary>
        private void EndSession()
        {
            _context.LogOff();
            _pending = null;
            _editor.ClearHistory();
            _output.NewLine();
            Enter(SessionState.LoginName);
        }

        private void Enter(SessionState state)
        {
            _state = state;
            _editor.EchoEnabled = state != SessionState.NewPassword
                && state != SessionState.ConfirmPassword
                && state != SessionState.LoginPassword
                && state != SessionState.SwitchPassword;
            Prompt();
        }

        private void Prompt()
        {
            switch (_state)
            {
                case SessionState.NewPassword:
                    _output.Write("New manager password: ");
                    break;
                case SessionState.ConfirmPassword:
                    _output.Write("Confirm manager password: ");
                    break;
                case SessionState.LoginName:
                    _output.Write("login: ");
                    break;
                case SessionState.LoginPassword:
                case SessionState.SwitchPassword:
                    _output.Write("Password: ");
                    break;
                case SessionState.Confirm:
                    _output.Write(_question);
                    break;
                case SessionState.Paste:
                    break;
                default:
                    _output.Write(CommandPrompt(_context.Privilege));
                    break;
            }
        }

        /// <summary>The manuals' prompts: "Manager >", and "SecOff >" for a Security Officer.</summary>
        private static string CommandPrompt(Privilege privilege)
        {
            if (privilege == Privilege.SecurityOfficer)
            {
                return "SecOff > ";
            }

            return privilege == Privilege.Manager ? "Manager > " : "User > ";
        }

        private void WipeNewPassword()
        {
            System.Array.Clear(_newPassword, 0, _newPassword.Length);
            _newPasswordLength = 0;
        }
    }
}
