using Router.Cli;
using Router.Core;
using Router.Pki.Database;
using Router.Pki.Validation;
using Router.Pki.X509;

namespace Router.Pki.Commands
{
    /// <summary>
    /// add pki crl=NAME location=FILE: loads a CRL (PEM or DER). When its issuer's certificate is
    /// in the database, the CRL's signature must verify with it; otherwise it is kept and
    /// checked whenever a chain through its issuer is validated.
    /// </summary>
    public sealed class AddCrlCommand : ICommandHandler
    {
        private readonly PkiContext _context;

        public AddCrlCommand(PkiContext context)
        {
            _context = context;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            string name = command.GetText("CRL", string.Empty);
            string location = command.GetText("LOCATION", string.Empty);
            if (_context.Database.FindCrl(name) != null)
            {
                return _context.ReportDatabaseRefusal(output, DatabaseResult.NameExists, "CRL", name);
            }

            byte[] data = PkiFileReader.Read(_context, location, output);
            if (data == null)
            {
                return CommandResult.Error;
            }

            CertificateRevocationList crl;
            try
            {
                crl = CertificateFile.ReadCrl(data);
            }
            catch (MalformedInputException e)
            {
                return PkiMessages.Error(output, PkiMessages.InvalidContent, "File \"" + location + "\" does not hold a valid CRL: " + e.Message + ".");
            }

            CertificateDatabase database = _context.Database;
            for (int i = 0; i < database.CertificateCount; i++)
            {
                CertificateEntry issuer = database.GetCertificate(i);
                if (issuer != null && !issuer.IsDeleted && RevocationCheck.IsFrom(crl, issuer.Certificate) && !Verifies(crl, issuer.Certificate))
                {
                    return PkiMessages.Error(output, PkiMessages.CrlSignature, "The CRL's signature does not verify with its issuer \"" + issuer.Name + "\".");
                }
            }

            int result = database.AddCrl(name, crl);
            return result == DatabaseResult.Ok ? CommandResult.Success : _context.ReportDatabaseRefusal(output, result, "CRL", name);
        }

        private bool Verifies(CertificateRevocationList crl, Certificate issuer)
        {
            return _context.Verifier.Verify(crl.SignatureAlgorithm, issuer.PublicKey, crl.Der, crl.Tbs.Start, crl.Tbs.EncodedLength,
                crl.Der, crl.Signature.Offset, crl.Signature.Length) == SignatureCheck.Valid;
        }
    }
}
