using Router.Cli;
using Router.Pki.Database;

namespace Router.Pki.Commands
{
    /// <summary>set pki certificate=NAME trust=yes|no: makes a certificate a trust anchor, or no longer one.</summary>
    public sealed class SetCertificateCommand : ICommandHandler
    {
        private readonly PkiContext _context;

        public SetCertificateCommand(PkiContext context)
        {
            _context = context;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            string name = command.GetText("CERTIFICATE", string.Empty);
            int result = _context.Database.SetTrusted(name, command.GetBool("TRUST", false));
            return result == DatabaseResult.Ok ? CommandResult.Success : _context.ReportDatabaseRefusal(output, result, "Certificate", name);
        }
    }
}
