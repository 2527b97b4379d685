using System.Text;
using Router.Cli;
using Router.Config.Files;
using Router.Config.Users;
using Router.Core;
using Router.Pki.Commands;
using Router.Pki.Database;
using Router.Pki.X509;

namespace Router.Gui
{
    /// <summary>
    /// The certificate forms. Upload: the pasted PEM goes through the same importer as add pki certificate
    /// (chain as NAME_2, NAME_3 ...). Create: the fields are checked strictly and become the console's own
    /// commands, create pki certificate ... format=pem then add pki certificate location=NAME.cer, run with the
    /// user's privilege, so the web can do nothing the console would refuse.
    /// </summary>
    public sealed class CertificateActions
    {
        private const int MaxSubjectLength = 200;

        private readonly GuiContext _context;
        private readonly WebCommandRunner _runner;

        public CertificateActions(GuiContext context, WebCommandRunner runner)
        {
            _context = context;
            _runner = runner;
        }

        /// <summary>Adds the PEM certificate(s); the answer goes to <paramref name="output"/>.</summary>
        public int Upload(UserAccount user, string name, string pem, bool trusted, ICommandOutput output)
        {
            PkiContext pki = _context.Pki;
            if (name == null || !CertificateDatabase.IsValidName(name))
            {
                return pki.ReportDatabaseRefusal(output, DatabaseResult.InvalidName, "Certificate", name == null ? string.Empty : name);
            }

            if (pki.Database.FindCertificate(name) != null)
            {
                return pki.ReportDatabaseRefusal(output, DatabaseResult.NameExists, "Certificate", name);
            }

            if (pem == null || pem.Length == 0 || pem.Length > CertificateFile.MaxLength)
            {
                return PkiMessages.Error(output, PkiMessages.InvalidContent, "Paste one PEM certificate (at most "
                    + CertificateFile.MaxLength.ToString() + " characters).");
            }

            Certificate[] certificates;
            try
            {
                certificates = CertificateFile.ReadCertificates(Encoding.UTF8.GetBytes(pem));
            }
            catch (MalformedInputException e)
            {
                return PkiMessages.Error(output, PkiMessages.InvalidContent, "The text is not a valid certificate: " + e.Message + ".");
            }

            int result = new CertificateImporter(pki).Import(name, certificates, trusted, CertificateImporter.TypeAny, output);
            if (result == CommandResult.Success)
            {
                output.WriteLine(CliMessages.OperationSuccessfulLine);
                _context.Log.Add(LogSeverity.Info, "PKI", "Certificate " + name + " added by " + user.Name + " (web)");
            }

            return result;
        }

        /// <summary>Creates a self-signed certificate for an ENCO key and adds it to the database.</summary>
        public int Create(UserAccount user, string name, string keypair, string serial, string subject, ICommandOutput output)
        {
            string fileName = FileNames.Normalize(name);
            if (fileName == null || !CertificateDatabase.IsValidName(name) || fileName.Length + PkiFileNames.CertificateExtension.Length > FileNames.MaxLength)
            {
                return Refuse(output, CliMessages.InvalidValue, "The name must be 1-27 letters, digits, '_', '-' or '.'.");
            }

            if (!IsNumber(keypair, 5) || !IsNumber(serial, 10))
            {
                return Refuse(output, CliMessages.InvalidValue, "The key number and the serial number are decimal numbers.");
            }

            if (!IsSubject(subject))
            {
                return Refuse(output, CliMessages.InvalidValue, "The subject must be 1-" + MaxSubjectLength.ToString()
                    + " printable characters without quotes, such as cn=192.168.1.1, o=my_company, c=us.");
            }

            string create = "create pki certificate=" + fileName + " keypair=" + keypair + " serialnumber=" + serial
                + " subject=\"" + subject + "\" format=pem";
            int result = _runner.Run(create, user, output);
            if (result != CommandResult.Success)
            {
                return result;
            }

            return _runner.Run("add pki certificate=" + fileName + " location=" + fileName + PkiFileNames.CertificateExtension, user, output);
        }

        private static int Refuse(ICommandOutput output, int number, string text)
        {
            CliMessages.WriteError(output, number, text);
            return CommandResult.Error;
        }

        private static bool IsNumber(string text, int maxDigits)
        {
            if (text == null || text.Length == 0 || text.Length > maxDigits)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < '0' || text[i] > '9')
                {
                    return false;
                }
            }

            return true;
        }

        // The command line quotes the subject, so it may hold blanks and commas but no quote of its own.
        private static bool IsSubject(string text)
        {
            if (text == null || text.Trim().Length == 0 || text.Length > MaxSubjectLength)
            {
                return false;
            }

            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c < ' ' || c > '~' || c == '"')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
