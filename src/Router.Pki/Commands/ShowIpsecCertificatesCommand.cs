using System.Threading;
using Router.Cli;

namespace Router.Pki.Commands
{
    /// <summary>show ipsec certificates [crl] [detail] (seed 002).</summary>
    public sealed class ShowIpsecCertificatesCommand : ICommandHandler
    {
        private readonly PkiContext _context;
        private readonly ReportLine _line = new ReportLine(200);

        public ShowIpsecCertificatesCommand(PkiContext context)
        {
            _context = context;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            bool detail = command.Has("DETAIL");
            Monitor.Enter(_line);
            try
            {
                _line.Clear();
                if (command.Has("CRL"))
                {
                    IpsecCertificatesReport.WriteCrls(_context, detail, _line, output);
                }
                else
                {
                    IpsecCertificatesReport.WriteCertificates(_context, detail, _line, output);
                }

                return CommandResult.Shown;
            }
            finally
            {
                Monitor.Exit(_line);
            }
        }
    }
}
