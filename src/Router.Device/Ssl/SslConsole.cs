using Router.Cli;
using Router.Config.Session;
using Router.Config.Settings;
using Router.Device.Terminal;
using Router.Tls.Diagnostics;

namespace Router.Device.Ssl
{
    /// <summary>
    /// SSL's view of the console: debug lines go to the terminal, each starting on a line of its own (the
    /// administrator may be half way through typing one); the key log reads who is logged in; session times use
    /// set log utcoffset.
    /// </summary>
    internal sealed class SslConsole : ISslConsole, ICommandOutput
    {
        private readonly TerminalWriter _terminal;
        private readonly ConsoleContext _context;
        private readonly SystemSettings _settings;

        // True between the start of a debug line and its end, so only a line of someone else's is broken.
        private bool _inLine;

        public SslConsole(TerminalWriter terminal, ConsoleContext context, SystemSettings settings)
        {
            _terminal = terminal;
            _context = context;
            _settings = settings;
        }

        public ICommandOutput DebugOutput
        {
            get { return this; }
        }

        public bool SecurityOfficerLoggedIn
        {
            get { return _context.User != null && _context.Privilege == Privilege.SecurityOfficer; }
        }

        public int UtcOffsetHours
        {
            get { return _settings.UtcOffsetHours; }
        }

        public void Write(string text)
        {
            StartLine();
            _terminal.Write(text);
            _inLine = true;
        }

        public void Write(char[] chars, int offset, int count)
        {
            StartLine();
            for (int i = offset; i < offset + count; i++)
            {
                _terminal.WriteChar(chars[i]);
            }

            _inLine = true;
        }

        public void WriteLine(string line)
        {
            StartLine();
            _terminal.WriteLine(line);
            _inLine = false;
        }

        private void StartLine()
        {
            if (!_inLine && _terminal.Column > 0)
            {
                _terminal.NewLine();
            }
        }
    }
}
