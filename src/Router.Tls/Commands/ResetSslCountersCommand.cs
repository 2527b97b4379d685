using Router.Cli;
using Router.Tls.Diagnostics;

namespace Router.Tls.Commands
{
    /// <summary>reset ssl counters: every counter of show ssl counters, and show ssl's statistics, back to zero.</summary>
    public sealed class ResetSslCountersCommand : ICommandHandler
    {
        private readonly SslService _service;
        private readonly SslMonitor _monitor;

        public ResetSslCountersCommand(SslService service, SslMonitor monitor)
        {
            _service = service;
            _monitor = monitor;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            _service.Counters.Reset();
            _monitor.Statistics.Reset();
            return CommandResult.Success;
        }
    }
}
