using Router.Cli;
using Router.Tls.Diagnostics;

namespace Router.Tls.Commands
{
    /// <summary>
    /// Gives the SSL commands of the catalog (CatalogSsl) their handlers: set ssl, show ssl, show ssl counters,
    /// show ssl sessions, enable/disable ssl debug, reset ssl counters.
    /// </summary>
    public static class SslCommands
    {
        public static void Attach(CommandTable table, SslService service, SslMonitor monitor)
        {
            Give(table, "set ssl", new SetSslCommand(service, monitor));
            Give(table, "show ssl", new ShowSslCommand(service, monitor));
            Give(table, "show ssl counters", new ShowSslCountersCommand(service.Counters));
            Give(table, "show ssl sessions", new ShowSslSessionsCommand(service, monitor.Clock, monitor.Console));
            Give(table, "enable ssl debug", new SslDebugCommand(service, monitor, true));
            Give(table, "disable ssl debug", new SslDebugCommand(service, monitor, false));
            Give(table, "reset ssl counters", new ResetSslCountersCommand(service, monitor));
        }

        private static void Give(CommandTable table, string title, ICommandHandler handler)
        {
            if (!table.Attach(title, handler))
            {
                throw new System.InvalidOperationException("the catalog has no \"" + title + "\"");
            }
        }
    }
}
