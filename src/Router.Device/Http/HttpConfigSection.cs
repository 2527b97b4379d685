using Router.Config.Scripts;

namespace Router.Device.Http
{
    /// <summary>The HTTP server as configuration commands: set http server ..., then enable http server when it is on.</summary>
    public sealed class HttpConfigSection : IConfigSection
    {
        private readonly HttpServerSettings _settings;

        public HttpConfigSection(HttpServerSettings settings)
        {
            _settings = settings;
        }

        public void WriteConfig(ScriptBuilder script)
        {
            bool changed = _settings.Security || _settings.SslKey >= 0 || _settings.Certificate != null || _settings.Port != 0
                || _settings.RedirectPort >= 0 || _settings.ClientAuth != Router.Tls.TlsClientAuth.None;
            if (changed)
            {
                script.Command("set http server");
                script.Parameter("security", _settings.Security ? "on" : "off");
                if (_settings.SslKey >= 0)
                {
                    script.Parameter("sslkey", _settings.SslKey);
                }

                if (_settings.Certificate != null)
                {
                    script.Parameter("certificate", _settings.Certificate);
                }

                if (_settings.Port != 0)
                {
                    script.Parameter("port", _settings.Port);
                }

                if (_settings.RedirectPort >= 0)
                {
                    script.Parameter("redirectport", _settings.RedirectPort);
                }

                if (_settings.ClientAuth != Router.Tls.TlsClientAuth.None)
                {
                    script.Parameter("clientauth", Router.Tls.TlsClientAuth.Name(_settings.ClientAuth));
                }

                script.EndCommand();
            }

            if (_settings.Enabled)
            {
                script.Command("enable http server");
                script.EndCommand();
            }
        }
    }
}
