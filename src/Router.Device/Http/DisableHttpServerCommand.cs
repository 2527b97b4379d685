using Router.Cli;

namespace Router.Device.Http
{
    /// <summary>disable http server: closes every connection (close_notify over TLS) and the listening ports.</summary>
    public sealed class DisableHttpServerCommand : ICommandHandler
    {
        private readonly HttpService _service;

        public DisableHttpServerCommand(HttpService service)
        {
            _service = service;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            if (!_service.Settings.Enabled)
            {
                return HttpMessages.Error(output, HttpMessages.NotEnabled, "The HTTP server is not enabled.");
            }

            _service.Settings.Enabled = false;
            _service.Apply(output);
            return CommandResult.Success;
        }
    }
}
