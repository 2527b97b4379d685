using Router.Cli;
using Router.Pki.Database;

namespace Router.Pki.Commands
{
    /// <summary>delete pki crl=NAME.</summary>
    public sealed class DeleteCrlCommand : ICommandHandler
    {
        private readonly PkiContext _context;

        public DeleteCrlCommand(PkiContext context)
        {
            _context = context;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            string name = command.GetText("CRL", string.Empty);
            int result = _context.Database.DeleteCrl(name);
            return result == DatabaseResult.Ok ? CommandResult.Success : _context.ReportDatabaseRefusal(output, result, "CRL", name);
        }
    }
}
