using Router.Cli;
using Router.Tls.Diagnostics;

namespace Router.Tls.Commands
{
    /// <summary>
    /// enable/disable ssl debug[={all|packet|state|trace|keylog}] (seed 000; the default is all). The key log is
    /// named on its own, never part of ALL: it prints connection secrets, so enabling it needs a Security Officer
    /// logged in at the console, and it is shown only to that session (<see cref="SslKeyLog"/>). Disabling ALL
    /// turns the key log off too.
    /// </summary>
    public sealed class SslDebugCommand : ICommandHandler
    {
        private const int KeyLogAlternative = 4;

        private static readonly int[] Modes = { SslDebugMode.All, SslDebugMode.Packet, SslDebugMode.State, SslDebugMode.Trace, SslDebugMode.KeyLog };

        private readonly SslService _service;
        private readonly SslMonitor _monitor;
        private readonly bool _enable;

        public SslDebugCommand(SslService service, SslMonitor monitor, bool enable)
        {
            _service = service;
            _monitor = monitor;
            _enable = enable;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            int alternative = command.GetEnum("DEBUG", 0);
            int modes = alternative >= 0 && alternative < Modes.Length ? Modes[alternative] : SslDebugMode.All;
            if (!_enable)
            {
                _monitor.DisableDebug(modes);
                if (alternative == 0 || alternative == KeyLogAlternative)
                {
                    _service.SetKeyLog(false);
                }

                return CommandResult.Success;
            }

            if (alternative == KeyLogAlternative)
            {
                ISslConsole console = _monitor.Console;
                if (console == null || !console.SecurityOfficerLoggedIn)
                {
                    CliMessages.WriteError(output, SslMessages.KeyLogNeedsSecurityOfficer,
                        "\"enable ssl debug=keylog\" requires a Security Officer logged in at the console.");
                    return CommandResult.Error;
                }

                output.WriteLine(SslKeyLog.Warning);
                _service.SetKeyLog(true);
                return CommandResult.Success;
            }

            _monitor.EnableDebug(modes);
            return CommandResult.Success;
        }
    }
}
