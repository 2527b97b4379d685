using Router.Cli;
using Router.Core;
using Router.Pki.Database;
using Router.Pki.X509;

namespace Router.Pki.Commands
{
    /// <summary>
    /// add pki certificate=NAME location=FILE [trust=yes|no] [type=ca|endentity|self]
    /// (000: add pki certificate=cer_name location=cer_name.cer trust=yes): loads a PEM or DER
    /// file of the flash file system into the certificate database. location=console takes the
    /// PEM from the console instead (<see cref="PemPaste"/>).
    /// </summary>
    public sealed class AddCertificateCommand : ICommandHandler
    {
        /// <summary>The location that means "paste it on the console".</summary>
        public const string ConsoleLocation = "console";

        private readonly PkiContext _context;
        private readonly CertificateImporter _importer;
        private readonly IPemPasteHost _pasteHost;

        public AddCertificateCommand(PkiContext context, IPemPasteHost pasteHost)
        {
            _context = context;
            _importer = new CertificateImporter(context);
            _pasteHost = pasteHost;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            string name = command.GetText("CERTIFICATE", string.Empty);
            string location = command.GetText("LOCATION", string.Empty);
            bool trusted = command.GetBool("TRUST", false);
            int type = command.GetEnum("TYPE", CertificateImporter.TypeAny);
            if (!CertificateDatabase.IsValidName(name))
            {
                return _context.ReportDatabaseRefusal(output, DatabaseResult.InvalidName, "Certificate", name);
            }

            if (_context.Database.FindCertificate(name) != null)
            {
                return _context.ReportDatabaseRefusal(output, DatabaseResult.NameExists, "Certificate", name);
            }

            if (location.ToLower() == ConsoleLocation)
            {
                if (_pasteHost == null || !_pasteHost.CanPaste)
                {
                    return PkiMessages.Error(output, PkiMessages.PasteNeedsConsole, "Pasting a certificate needs the console.");
                }

                _pasteHost.BeginPaste(new PemPaste(_importer, name, trusted, type));
                PkiMessages.WriteInfo(output, PkiMessages.PasteNow, "Paste the PEM certificate, ending with its END line.");
                return CommandResult.Shown;
            }

            byte[] data = PkiFileReader.Read(_context, location, output);
            if (data == null)
            {
                return CommandResult.Error;
            }

            Certificate[] certificates;
            try
            {
                certificates = CertificateFile.ReadCertificates(data);
            }
            catch (MalformedInputException e)
            {
                return PkiMessages.Error(output, PkiMessages.InvalidContent,
                    "File \"" + location + "\" does not hold a valid certificate: " + e.Message + ".");
            }

            return _importer.Import(name, certificates, trusted, type, output);
        }
    }
}
