using Router.Cli;
using Router.Pki.Database;
using Router.Pki.Validation;
using Router.Pki.X509;

namespace Router.Pki.Commands
{
    /// <summary>
    /// Puts the certificates of one file or paste into the database: the first under NAME, the
    /// rest of a chain under NAME_2, NAME_3, ... (not trusted: a chain's intermediates serve
    /// path building, only the administrator's trust=yes makes an anchor). TYPE= is checked
    /// against the first certificate. Each addition is reported with the certificate's status.
    /// </summary>
    public sealed class CertificateImporter
    {
        /// <summary>TYPE= values, in the catalog's order {CA|ENDentity|SELF}.</summary>
        public const int TypeAny = -1;
        public const int TypeCa = 0;
        public const int TypeEndEntity = 1;
        public const int TypeSelfSigned = 2;

        private readonly PkiContext _context;

        public CertificateImporter(PkiContext context)
        {
            _context = context;
        }

        /// <summary>Adds the certificates; returns a <see cref="CommandResult"/> code.</summary>
        public int Import(string name, Certificate[] certificates, bool trusted, int type, ICommandOutput output)
        {
            string refusal = TypeRefusal(certificates[0], type);
            if (refusal != null)
            {
                return PkiMessages.Error(output, PkiMessages.WrongType, refusal);
            }

            // Add the whole chain first, then report: a leaf's status depends on its intermediates.
            CertificateDatabase database = _context.Database;
            string[] added = new string[certificates.Length];
            for (int i = 0; i < certificates.Length; i++)
            {
                CertificateEntry same = database.FindSameCertificate(certificates[i]);
                if (same != null)
                {
                    if (i == 0)
                    {
                        return PkiMessages.Error(output, PkiMessages.Duplicate, "This certificate is already in the database as \"" + same.Name + "\".");
                    }

                    continue;
                }

                string entryName = i == 0 ? name : name + "_" + (i + 1).ToString();
                int result = database.AddCertificate(entryName, certificates[i], i == 0 && trusted);
                if (result != DatabaseResult.Ok)
                {
                    Report(added, output);
                    return _context.ReportDatabaseRefusal(output, result, "Certificate", entryName);
                }

                added[i] = entryName;
            }

            Report(added, output);
            return CommandResult.Success;
        }

        /// <summary>"Certificate "NAME" added (ID 1): valid, trusted." for each entry added.</summary>
        private void Report(string[] added, ICommandOutput output)
        {
            long now = _context.Now;
            for (int i = 0; i < added.Length; i++)
            {
                CertificateEntry entry = added[i] == null ? null : _context.Database.FindCertificate(added[i]);
                if (entry != null)
                {
                    int status = _context.Status.Of(entry, now);
                    PkiMessages.WriteInfo(output, PkiMessages.CertificateAdded, "Certificate \"" + entry.Name + "\" added (ID "
                        + entry.Id.ToString() + "): " + ValidationFailure.Describe(status) + (entry.Trusted ? ", trusted." : "."));
                }
            }
        }

        private static string TypeRefusal(Certificate certificate, int type)
        {
            switch (type)
            {
                case TypeCa:
                    return certificate.IsCa ? null : "The certificate is not a CA certificate (TYPE=CA).";
                case TypeEndEntity:
                    return certificate.IsCa ? "The certificate is a CA certificate, not an end entity (TYPE=ENDENTITY)." : null;
                case TypeSelfSigned:
                    return certificate.IsSelfIssued ? null : "The certificate is not self-signed (TYPE=SELF).";
                default:
                    return null;
            }
        }
    }
}
