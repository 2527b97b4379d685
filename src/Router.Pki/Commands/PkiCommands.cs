using Router.Cli;

namespace Router.Pki.Commands
{
    /// <summary>
    /// Gives the PKI commands their handlers. The catalog (CatalogPki) declares create, add,
    /// delete and show pki certificate; the commands it does not declare yet are registered
    /// here with their syntax, and only when the table lacks them, so that once the catalog
    /// declares one, its entry wins and this class just attaches the handler.
    /// </summary>
    public sealed class PkiCommands
    {
        /// <summary>The PKI commands whose syntax the catalog does not have (yet).</summary>
        public static readonly string[] Syntaxes =
        {
            "CREate PKI ENROLlmentrequest=name(1..32) KEYpair=0..65535 [FORMat={DER|PEM}] [SUBject=text(1..255)] [SUBJECTALTname=text(1..255)]",
            "SET PKI CERTificate=name(1..32) TRUSt=bool",
            "ADD PKI CRL=name(1..32) LOCation=name(1..64)",
            "DELete PKI CRL=name(1..32)",
            "SHow PKI CRL[=name(1..32)]",
            "SHow IPSec CERTificates [CRL] [DETail]",
        };

        private readonly PkiContext _context;
        private readonly IPemPasteHost _pasteHost;

        /// <param name="pasteHost">The console's paste support for location=console, or null.</param>
        public PkiCommands(PkiContext context, IPemPasteHost pasteHost)
        {
            _context = context;
            _pasteHost = pasteHost;
        }

        /// <summary>Attaches every PKI handler; returns how many commands it had to register itself.</summary>
        public int Attach(CommandTable table)
        {
            int registered = 0;
            registered += Give(table, "create pki certificate", null, true, new CreateCertificateCommand(_context));
            registered += Give(table, "add pki certificate", null, true, new AddCertificateCommand(_context, _pasteHost));
            registered += Give(table, "delete pki certificate", null, true, new DeleteCertificateCommand(_context));
            registered += Give(table, "show pki certificate", null, false, new ShowPkiCertificateCommand(_context));
            registered += Give(table, "create pki enrollmentrequest", Syntaxes[0], true, new CreateEnrollmentRequestCommand(_context));
            registered += Give(table, "set pki certificate", Syntaxes[1], true, new SetCertificateCommand(_context));
            registered += Give(table, "add pki crl", Syntaxes[2], true, new AddCrlCommand(_context));
            registered += Give(table, "delete pki crl", Syntaxes[3], true, new DeleteCrlCommand(_context));
            registered += Give(table, "show pki crl", Syntaxes[4], false, new ShowPkiCrlCommand(_context));
            registered += Give(table, "show ipsec certificates", Syntaxes[5], false, new ShowIpsecCertificatesCommand(_context));
            return registered;
        }

        /// <summary>Attaches the handler, registering <paramref name="syntax"/> first when the table has no such command.</summary>
        private static int Give(CommandTable table, string title, string syntax, bool isSecurityCommand, ICommandHandler handler)
        {
            if (table.Attach(title, handler))
            {
                return 0;
            }

            if (syntax == null)
            {
                throw new System.InvalidOperationException("the catalog has no \"" + title + "\"");
            }

            table.Register(syntax, handler, Privilege.Manager, isSecurityCommand);
            return 1;
        }
    }
}
