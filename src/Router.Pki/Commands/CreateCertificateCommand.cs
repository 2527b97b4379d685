using Router.Cli;
using Router.Core;
using Router.Enco;
using Router.Pki.Creation;
using Router.Pki.Der;
using Router.Pki.Validation;
using Router.Pki.X509;

namespace Router.Pki.Commands
{
    /// <summary>
    /// create pki certificate=NAME keypair=KEYID serialnumber=N subject="..." [validity=DAYS]
    /// [subjectaltname=...] [format=der|pem] (000: create pki certificate=cer_name keypair=0
    /// serialnumber=12345 subject="cn=172.30.1.105, o=my_company, c=us"): a self-signed
    /// certificate for an ENCO RSA or ECDSA key, valid from now, written to the file NAME.cer
    /// (DER unless format=pem). The administrator then loads it with add pki certificate, as
    /// the manual's example does. The new certificate is checked (parsed and its signature
    /// verified) before it is written.
    /// </summary>
    public sealed class CreateCertificateCommand : ICommandHandler
    {
        public const int DefaultValidityDays = 365;
        public const int MaxValidityDays = 7300;

        private readonly PkiContext _context;

        public CreateCertificateCommand(PkiContext context)
        {
            _context = context;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            string name = command.GetText("CERTIFICATE", string.Empty);
            int keyId = command.GetNumber("KEYPAIR", 0);
            long serial = command.GetLong("SERIALNUMBER", 0);
            int days = command.GetNumber("VALIDITY", DefaultValidityDays);
            bool pem = command.IsEnum("FORMAT", "PEM");
            if (days < 1 || days > MaxValidityDays)
            {
                return PkiMessages.Error(output, CliMessages.OutOfRange, "Parameter \"VALIDITY\" is out of range (1-" + MaxValidityDays.ToString() + ").");
            }

            string file = OutputFile.NameFor(_context, name, PkiFileNames.CertificateExtension, output);
            byte[] subject = file == null ? null : SubjectOptions.Subject(command.GetText("SUBJECT", string.Empty), output);
            AltName[] altNames = subject == null ? null : SubjectOptions.AltNames(command, subject, output);
            if (altNames == null || !SubjectOptions.CheckKey(_context, keyId, output))
            {
                return CommandResult.Error;
            }

            long now = _context.Now;
            byte[] der;
            try
            {
                der = SelfSignedCertificateBuilder.Build(_context.Keys, keyId, serial, subject, now, now + days * CivilTime.SecondsPerDay, altNames);
            }
            catch (EncoException e)
            {
                return PkiMessages.Error(output, PkiMessages.SigningFailed, "The ENCO engine could not sign: " + e.Message + ".");
            }
            catch (System.ArgumentException e)
            {
                return PkiMessages.Error(output, PkiMessages.InvalidAltName, e.Message + ".");
            }

            if (!SignsItself(der))
            {
                return PkiMessages.Error(output, PkiMessages.SigningFailed, "The ENCO engine could not sign: the new signature does not verify.");
            }

            return OutputFile.Write(_context, file, der, pem, Pem.CertificateLabel, "Certificate", output);
        }

        /// <summary>A self-check against faulty signing hardware before anything leaves the router.</summary>
        private bool SignsItself(byte[] der)
        {
            try
            {
                Certificate certificate = Certificate.Parse(der, 0, der.Length);
                return _context.Verifier.Verify(certificate.SignatureAlgorithm, certificate.PublicKey, certificate.Der,
                    certificate.Tbs.Start, certificate.Tbs.EncodedLength, certificate.Der, certificate.Signature.Offset,
                    certificate.Signature.Length) == SignatureCheck.Valid;
            }
            catch (MalformedInputException)
            {
                return false;
            }
        }
    }
}
