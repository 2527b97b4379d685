using Router.Cli;
using Router.Http;

namespace Router.Device.Http
{
    /// <summary>
    /// show http server: state, address and ports, security, key and certificate, connections open and the
    /// table's size, requests served and errors. Lines are built in one reused buffer.
    /// </summary>
    public sealed class ShowHttpServerCommand : ICommandHandler
    {
        private readonly HttpService _service;
        private readonly ReportLine _line = new ReportLine(ReportLine.RuleWidth + 64);

        public ShowHttpServerCommand(HttpService service)
        {
            _service = service;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            HttpServerSettings settings = _service.Settings;
            HttpServer server = _service.Server;
            HttpServerStatistics statistics = server.Statistics;
            output.WriteLine(string.Empty);
            output.WriteLine("HTTP Server");
            output.WriteLine(ReportLine.Rule);
            _line.AppendField("State");
            if (!settings.Enabled)
            {
                _line.Append("disabled");
            }
            else if (server.IsRunning)
            {
                _line.Append("enabled, listening");
            }
            else
            {
                _line.Append("enabled, not running");
            }

            _line.End(output);
            if (settings.Enabled && !server.IsRunning && _service.Problem != null)
            {
                Field(output, "Reason", _service.Problem);
            }

            Field(output, "Address", server.IsRunning ? server.Address : _service.Address);
            _line.AppendField("Port");
            _line.AppendNumber(server.IsRunning ? server.Port : _service.ConfiguredPort);
            _line.Append(settings.Security ? " (HTTPS)" : " (HTTP)");
            _line.End(output);
            Field(output, "Security", settings.Security ? "on" : "off");
            if (settings.Security)
            {
                _line.AppendField("Redirect Port");
                int redirect = server.IsRunning ? server.RedirectPort : _service.ConfiguredRedirectPort;
                if (redirect > 0)
                {
                    _line.AppendNumber(redirect);
                    _line.Append(" (HTTP, 301 to HTTPS)");
                }
                else
                {
                    _line.Append(_service.ConfiguredRedirectPort > 0 ? "not listening" : "none");
                }

                _line.End(output);
            }

            _line.AppendField("SSL Key");
            if (settings.SslKey >= 0)
            {
                _line.AppendNumber(settings.SslKey);
            }
            else
            {
                _line.Append("none");
            }

            _line.End(output);
            Field(output, "Certificate", CertificateText(settings));
            Field(output, "Client Certificates", Router.Tls.TlsClientAuth.Name(settings.ClientAuth));
            _line.AppendField("Connections (open/max)");
            _line.AppendNumber(server.OpenConnections);
            _line.AppendChar('/');
            _line.AppendNumber(server.MaxConnections);
            _line.End(output);
            Number(output, "Connections Accepted", statistics.ConnectionsAccepted);
            Number(output, "Connections Refused", statistics.ConnectionsRefused);
            Number(output, "Requests Served", statistics.RequestsServed);
            Number(output, "Redirects", statistics.Redirects);
            Number(output, "Errors", statistics.Errors);
            Number(output, "Timeouts", statistics.Timeouts);
            Number(output, "TLS Failures", statistics.TlsFailures);
            Number(output, "Internal Faults", statistics.Faults);
            output.WriteLine(ReportLine.Rule);
            return CommandResult.Shown;
        }

        private static string CertificateText(HttpServerSettings settings)
        {
            if (settings.Certificate != null)
            {
                return settings.Certificate;
            }

            return settings.SslKey >= 0 ? "the SSL key's (found by public key)" : "none";
        }

        private void Field(ICommandOutput output, string name, string value)
        {
            _line.AppendField(name);
            _line.Append(value);
            _line.End(output);
        }

        private void Number(ICommandOutput output, string name, int value)
        {
            _line.AppendField(name);
            _line.AppendNumber(value);
            _line.End(output);
        }
    }
}
