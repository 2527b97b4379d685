using System.Threading;
using Router.Cli;
using Router.Pki.Database;

namespace Router.Pki.Commands
{
    /// <summary>show pki crl[=NAME].</summary>
    public sealed class ShowPkiCrlCommand : ICommandHandler
    {
        private readonly PkiContext _context;
        private readonly ReportLine _line = new ReportLine(200);

        public ShowPkiCrlCommand(PkiContext context)
        {
            _context = context;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            Monitor.Enter(_line);
            try
            {
                _line.Clear();
                if (!command.HasValue("CRL"))
                {
                    CrlReport.WriteList(_context, _line, output);
                    return CommandResult.Shown;
                }

                string name = command.GetText("CRL", string.Empty);
                CrlEntry entry = _context.Database.FindCrl(name);
                if (entry == null)
                {
                    return _context.ReportDatabaseRefusal(output, DatabaseResult.NotFound, "CRL", name);
                }

                CrlReport.WriteDetail(_context, entry, _line, output);
                return CommandResult.Shown;
            }
            finally
            {
                Monitor.Exit(_line);
            }
        }
    }
}
