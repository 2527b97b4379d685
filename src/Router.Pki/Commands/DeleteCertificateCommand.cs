using Router.Cli;
using Router.Pki.Database;

namespace Router.Pki.Commands
{
    /// <summary>
    /// delete pki certificate=NAME: removes the certificate from the database and from flash. One
    /// in use (the HTTPS server's, an ISAKMP policy's) leaves every view at once and RAM with its
    /// last user ("entries in the process of being deleted", seed 002).
    /// </summary>
    public sealed class DeleteCertificateCommand : ICommandHandler
    {
        private readonly PkiContext _context;

        public DeleteCertificateCommand(PkiContext context)
        {
            _context = context;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            string name = command.GetText("CERTIFICATE", string.Empty);
            int result = _context.Database.DeleteCertificate(name);
            if (result == DatabaseResult.DeletePending)
            {
                PkiMessages.WriteInfo(output, PkiMessages.DeletePending, "Certificate \"" + name + "\" is in use: it goes when its last user releases it.");
                return CommandResult.Success;
            }

            return result == DatabaseResult.Ok ? CommandResult.Success : _context.ReportDatabaseRefusal(output, result, "Certificate", name);
        }
    }
}
