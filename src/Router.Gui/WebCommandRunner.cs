using Router.Cli;
using Router.Config.Session;
using Router.Config.Users;
using Router.Pki.Commands;

namespace Router.Gui
{
    /// <summary>
    /// Runs a command line typed in the web console with the logged-in user's privilege, through a dispatcher
    /// of its own over the router's command table, so privilege and security-mode rules are exactly the
    /// console's. The console context names the web user while the command runs (the event log says who did
    /// it) and is given back afterwards. Commands that need a person at the serial console are refused before
    /// they run: those that change the console session or restart the router, the yes/no question of
    /// disable system security, and the PEM paste of add pki certificate location=console. Any request a
    /// command still leaves in the console context is dropped and refused, so nothing reaches the console.
    /// </summary>
    public sealed class WebCommandRunner
    {
        private static readonly string[] ConsoleOnlyTitles =
        {
            "login", "logoff", "logout", "restart router", "restart reboot", "disable system security",
        };

        private readonly CommandDispatcher _dispatcher;
        private readonly CommandParser _parser;
        private readonly CommandLine _line = new CommandLine();
        private readonly ConsoleContext _console;
        private readonly Router.Config.Security.SecurityMode _security;

        public WebCommandRunner(CommandTable table, ConsoleContext console, Router.Config.Security.SecurityMode security)
        {
            _dispatcher = new CommandDispatcher(table);
            _parser = new CommandParser(table);
            _console = console;
            _security = security;
        }

        /// <summary>Runs <paramref name="text"/> as <paramref name="user"/>; returns a <see cref="CommandResult"/> code.</summary>
        public int Run(string text, UserAccount user, ICommandOutput output)
        {
            string refused = ConsoleOnlyTitle(text);
            if (refused != null)
            {
                CliMessages.WriteError(output, CliMessages.NeedsConsole, "\"" + refused
                    + "\" needs the serial console; it cannot run from the web console.");
                return CommandResult.Error;
            }

            UserAccount consoleUser = _console.User;
            _console.LogIn(user);
            int result;
            try
            {
                result = _dispatcher.Execute(text, user.Privilege, _security != null && _security.IsEnabled, output);
            }
            finally
            {
                _console.LogOff();
                if (consoleUser != null)
                {
                    _console.LogIn(consoleUser);
                }
            }

            if (_console.Request != SessionRequest.None)
            {
                _console.ClearRequest();
                CliMessages.WriteError(output, CliMessages.NeedsConsole, "This command needs the serial console; it was not carried out.");
                return CommandResult.Error;
            }

            return result;
        }

        /// <summary>The title of a command that only the serial console may run, or null (errors are left to the dispatcher).</summary>
        private string ConsoleOnlyTitle(string text)
        {
            if (text == null || _line.Tokenize(text) != 0 || _line.Count == 0)
            {
                return null;
            }

            CommandEntry entry = _parser.Identify(_line);
            if (entry == null)
            {
                return null;
            }

            string title = entry.Title;
            for (int i = 0; i < ConsoleOnlyTitles.Length; i++)
            {
                if (title == ConsoleOnlyTitles[i])
                {
                    return title;
                }
            }

            if (title == "add pki certificate")
            {
                ParsedCommand command = _parser.Bind(_line);
                if (command != null && command.GetText("LOCATION", string.Empty).ToLower() == AddCertificateCommand.ConsoleLocation)
                {
                    return title + " location=console";
                }
            }

            return null;
        }
    }
}
