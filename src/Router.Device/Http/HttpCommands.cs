using Router.Cli;
using Router.Config.Scripts;

namespace Router.Device.Http
{
    /// <summary>Attaches the HTTP server commands and registers its part of the running configuration.</summary>
    public static class HttpCommands
    {
        public static void Attach(CommandTable table, RunningConfiguration running, HttpService service)
        {
            table.Attach("set http server", new SetHttpServerCommand(service));
            table.Attach("enable http server", new EnableHttpServerCommand(service));
            table.Attach("disable http server", new DisableHttpServerCommand(service));
            table.Attach("show http server", new ShowHttpServerCommand(service));
            running.Register(new HttpConfigSection(service.Settings));
        }
    }
}
