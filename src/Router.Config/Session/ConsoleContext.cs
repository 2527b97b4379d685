using Router.Cli;
using Router.Config.Users;

namespace Router.Config.Session
{
    /// <summary>
    /// Who is at the console and what the last command asked of it. Commands that change the
    /// session (login, logoff, restart, a confirmation) only leave a request here; the console
    /// carries it out after the command returns, so the command language never waits for input.
    /// While a configuration script runs, <see cref="IsInteractive"/> is false and nobody is
    /// logged in: the script speaks with the router's own authority.
    /// </summary>
    public sealed class ConsoleContext
    {
        private UserAccount _user;
        private bool _interactive = true;
        private SessionRequest _request;
        private string _requestedLogin;
        private IConfirmedAction _confirmation;
        private string _question;

        /// <summary>The logged-in account, or null.</summary>
        public UserAccount User
        {
            get { return _user; }
        }

        /// <summary>The privilege commands run with: the logged-in user's, or User when nobody is.</summary>
        public Privilege Privilege
        {
            get { return _user == null ? Privilege.User : _user.Privilege; }
        }

        /// <summary>Who runs the commands, for the event log: the user's name, or the configuration script.</summary>
        public string Who
        {
            get { return _user != null ? _user.Name : (_interactive ? "the console" : "the configuration script"); }
        }

        /// <summary>False while a configuration script runs (there is nobody to answer a prompt).</summary>
        public bool IsInteractive
        {
            get { return _interactive; }
            set { _interactive = value; }
        }

        public SessionRequest Request
        {
            get { return _request; }
        }

        public string RequestedLogin
        {
            get { return _requestedLogin; }
        }

        public IConfirmedAction Confirmation
        {
            get { return _confirmation; }
        }

        /// <summary>The yes/no question of a <see cref="SessionRequest.Confirm"/> request.</summary>
        public string Question
        {
            get { return _question; }
        }

        public void LogIn(UserAccount user)
        {
            _user = user;
        }

        public void LogOff()
        {
            _user = null;
        }

        public void RequestLogoff()
        {
            _request = SessionRequest.Logoff;
        }

        public void RequestLogin(string name)
        {
            _request = SessionRequest.Login;
            _requestedLogin = name;
        }

        public void RequestRestart()
        {
            _request = SessionRequest.Restart;
        }

        public void AskConfirmation(string question, IConfirmedAction action)
        {
            _request = SessionRequest.Confirm;
            _question = question;
            _confirmation = action;
        }

        /// <summary>Forgets the request once the console has carried it out.</summary>
        public void ClearRequest()
        {
            _request = SessionRequest.None;
            _requestedLogin = null;
            _confirmation = null;
            _question = null;
        }
    }
}
