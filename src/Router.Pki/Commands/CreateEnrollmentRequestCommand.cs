using Router.Cli;
using Router.Enco;
using Router.Pki.Creation;
using Router.Pki.Der;

namespace Router.Pki.Commands
{
    /// <summary>
    /// create pki enrollmentrequest=NAME keypair=KEYID [format=pem|der] [subject="..."]
    /// [subjectaltname=...]: a PKCS #10 request for an ENCO RSA or ECDSA key, to send to a CA,
    /// written to the file NAME.csr (PEM unless format=der, the form CAs' web pages take). The
    /// subject is SUBJECT= or else the system distinguished name (set system distinguishedname=).
    /// </summary>
    public sealed class CreateEnrollmentRequestCommand : ICommandHandler
    {
        private readonly PkiContext _context;

        public CreateEnrollmentRequestCommand(PkiContext context)
        {
            _context = context;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            string name = command.GetText("ENROLLMENTREQUEST", string.Empty);
            int keyId = command.GetNumber("KEYPAIR", 0);
            bool pem = !command.IsEnum("FORMAT", "DER");
            string subjectText = command.GetText("SUBJECT", null);
            if (subjectText == null && _context.Identity != null && _context.Identity.DistinguishedName.Length > 0)
            {
                subjectText = _context.Identity.DistinguishedName;
            }

            if (subjectText == null)
            {
                return PkiMessages.Error(output, PkiMessages.NoSubject, "Give SUBJECT, or set the system distinguished name first.");
            }

            string file = OutputFile.NameFor(_context, name, PkiFileNames.RequestExtension, output);
            byte[] subject = file == null ? null : SubjectOptions.Subject(subjectText, output);
            AltName[] altNames = subject == null ? null : SubjectOptions.AltNames(command, subject, output);
            if (altNames == null || !SubjectOptions.CheckKey(_context, keyId, output))
            {
                return CommandResult.Error;
            }

            byte[] der;
            try
            {
                der = CertificationRequestBuilder.Build(_context.Keys, keyId, subject, altNames);
            }
            catch (EncoException e)
            {
                return PkiMessages.Error(output, PkiMessages.SigningFailed, "The ENCO engine could not sign: " + e.Message + ".");
            }

            return OutputFile.Write(_context, file, der, pem, Pem.RequestLabel, "Enrollment request", output);
        }
    }
}
