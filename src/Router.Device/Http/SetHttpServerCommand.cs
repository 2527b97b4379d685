using Router.Cli;

namespace Router.Device.Http
{
    /// <summary>
    /// set http server [security=on|off] [sslkey=N] [certificate=NAME] [port=N] [redirectport=N]
    /// [clientauth=none|request|require] (000, step 9:
    /// set http server security=on sslkey=0 port=443). With security on, the key and its certificate are checked
    /// first: nothing changes when they cannot serve HTTPS. A running server restarts with the new settings.
    /// </summary>
    public sealed class SetHttpServerCommand : ICommandHandler
    {
        private readonly HttpService _service;

        public SetHttpServerCommand(HttpService service)
        {
            _service = service;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            HttpServerSettings settings = _service.Settings;
            bool security = command.GetBool("SECURITY", settings.Security);
            int key = command.GetNumber("SSLKEY", settings.SslKey);
            string certificate = command.HasValue("CERTIFICATE") ? command.GetText("CERTIFICATE", null) : settings.Certificate;
            int port = command.GetNumber("PORT", settings.Port);
            int redirect = command.GetNumber("REDIRECTPORT", settings.RedirectPort);

            // The alternatives in the syntax are written in TlsClientAuth order: none, request, require.
            int clientAuth = command.GetEnum("CLIENTAUTH", settings.ClientAuth);
            if (command.HasValue("SSLKEY") && !command.HasValue("CERTIFICATE"))
            {
                // Another key: its own certificate, unless one is named again.
                certificate = null;
            }

            if (security)
            {
                if (key < 0)
                {
                    return HttpMessages.Error(output, HttpMessages.KeyRequired, "SECURITY=ON needs an SSL key: give SSLKEY.");
                }

                if (!_service.CheckTls(key, certificate, output))
                {
                    return CommandResult.Error;
                }

                int effectivePort = port != 0 ? port : _service.ConfiguredPortFor(true);
                int effectiveRedirect = redirect >= 0 ? redirect : _service.ConfiguredRedirectPort;
                if (effectiveRedirect == effectivePort)
                {
                    return HttpMessages.Error(output, HttpMessages.SamePorts, "PORT and REDIRECTPORT must differ.");
                }
            }

            settings.Security = security;
            settings.SslKey = key;
            settings.Certificate = certificate;
            settings.Port = port;
            settings.RedirectPort = redirect;
            settings.ClientAuth = clientAuth;
            if (settings.Enabled)
            {
                return _service.Apply(output) ? CommandResult.Success : CommandResult.Error;
            }

            return CommandResult.Success;
        }
    }
}
