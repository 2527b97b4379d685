using Router.Cli;

namespace Router.Device.Http
{
    /// <summary>enable http server: starts listening with the settings of set http server; kept by create config.</summary>
    public sealed class EnableHttpServerCommand : ICommandHandler
    {
        private readonly HttpService _service;

        public EnableHttpServerCommand(HttpService service)
        {
            _service = service;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            if (_service.Settings.Enabled && _service.IsActive)
            {
                return HttpMessages.Error(output, HttpMessages.AlreadyEnabled, "The HTTP server is already enabled.");
            }

            if (!_service.HasNetwork)
            {
                return HttpMessages.Error(output, HttpMessages.NoNetwork, "This board has no network: the HTTP server cannot run.");
            }

            // Enabled even when it cannot start now (a key not loaded yet, a port in use): show http server says why.
            _service.Settings.Enabled = true;
            return _service.Apply(output) ? CommandResult.Success : CommandResult.Error;
        }
    }
}
