using System.Threading;
using Router.Cli;
using Router.Pki.Database;

namespace Router.Pki.Commands
{
    /// <summary>show pki certificate[=NAME]: the list, or one certificate in detail.</summary>
    public sealed class ShowPkiCertificateCommand : ICommandHandler
    {
        private readonly PkiContext _context;
        private readonly ReportLine _line = new ReportLine(200);

        public ShowPkiCertificateCommand(PkiContext context)
        {
            _context = context;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            // The handler (and its line buffer) is shared by every console.
            Monitor.Enter(_line);
            try
            {
                _line.Clear();
                if (!command.HasValue("CERTIFICATE"))
                {
                    CertificateReport.WriteList(_context, _line, output);
                    return CommandResult.Shown;
                }

                string name = command.GetText("CERTIFICATE", string.Empty);
                CertificateEntry entry = _context.Database.FindCertificate(name);
                if (entry == null)
                {
                    return _context.ReportDatabaseRefusal(output, DatabaseResult.NotFound, "Certificate", name);
                }

                CertificateReport.WriteDetail(_context, entry, _line, output);
                return CommandResult.Shown;
            }
            finally
            {
                Monitor.Exit(_line);
            }
        }
    }
}
