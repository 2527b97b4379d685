using Router.Cli;
using Router.Config;
using Router.Core;
using Router.Device.Terminal;
using Router.Tls.Commands;
using Router.Tls.Diagnostics;

namespace Router.Device.Ssl
{
    /// <summary>
    /// Builds the router's SSL (Router.Tls's Diagnostics and Commands): the monitor writing debug output to the
    /// console, the service with the board's cache limit, the ssl commands' handlers, and the set ssl line of
    /// create config.
    /// </summary>
    internal static class SslFeature
    {
        public static SslService Build(CommandTable commands, RouterConfiguration configuration, TerminalWriter terminal,
            IClock clock, DeviceSettings settings)
        {
            SslConsole console = new SslConsole(terminal, configuration.Context, configuration.Settings);
            SslMonitor monitor = new SslMonitor(clock, console);
            SslService service = new SslService(monitor, settings.SslCacheEntries);
            SslCommands.Attach(commands, service, monitor);
            configuration.Running.Register(new SslConfigSection(service, monitor));
            return service;
        }
    }
}
