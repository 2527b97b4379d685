using Router.Cli;
using Router.Config;
using Router.Core;
using Router.Core.Storage;
using Router.Gui;
using Router.Pki.Commands;
using Router.Tls.Diagnostics;

namespace Router.Device.Gui
{
    /// <summary>
    /// Builds the HTTPS management GUI (Router.Gui) from the router's parts. The composition root installs it
    /// as the HTTP server's handler, in RouterDevice's constructor once the HTTP service exists:
    /// <code>_http.Handler = GuiWiring.Create(board, _configuration, _commands, _log, _store, pki, _ssl);</code>
    /// The handler's Tick() may be called from the run loop every few seconds to keep the handshake chart exact
    /// between page views (without it the chart spreads handshakes evenly between views).
    /// </summary>
    public static class GuiWiring
    {
        /// <param name="pki">The PKI context the PKI commands use, or null.</param>
        /// <param name="ssl">The router's SSL service, or null when TLS is not built in (the dashboard then says so).</param>
        public static GuiHandler Create(IBoard board, RouterConfiguration configuration, CommandTable commands, EventLog log, FlashStore store,
            PkiContext pki, SslService ssl)
        {
            GuiContext context = new GuiContext(configuration.Users, configuration.Security, configuration.Context, commands, log, store, pki,
                new GuiSystemInfo(board, configuration), ssl == null ? null : new GuiSslStatistics(ssl), configuration.Clock);
            return new GuiHandler(context);
        }
    }
}
