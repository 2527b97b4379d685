using Router.Cli;
using Router.Pki.Database;
using Router.Pki.Validation;
using Router.Pki.X509;

namespace Router.Pki.Commands
{
    /// <summary>
    /// The text of show pki certificate: the list of entries (allocation-free once each entry has
    /// been shown), and one certificate in detail (whose rarer fields are formatted on demand
    /// rather than kept in RAM for every entry).
    /// </summary>
    public static class CertificateReport
    {
        public static void WriteList(PkiContext context, ReportLine line, ICommandOutput output)
        {
            CertificateDatabase database = context.Database;
            line.Append("PKI certificate database: ");
            line.AppendNumber(database.ActiveEntries);
            line.Append(" entries of ");
            line.AppendNumber(database.Limits.MaxEntries);
            line.Append(", ");
            line.AppendNumber(database.UsedBytes);
            line.Append(" of ");
            line.AppendNumber(database.Limits.MaxBytes);
            line.Append(" bytes");
            line.End(output);
            output.WriteLine("Name                              ID     Trusted  Status             Subject");
            output.WriteLine(ReportLine.Rule);
            long now = context.Now;
            int shown = 0;
            for (int i = 0; i < database.CertificateCount; i++)
            {
                CertificateEntry entry = database.GetCertificate(i);
                if (entry == null || entry.IsDeleted)
                {
                    continue;
                }

                line.Append(entry.Name);
                line.AppendChar(' ');
                line.PadTo(34, ' ');
                line.AppendNumber(entry.Id);
                line.PadTo(41, ' ');
                line.Append(entry.Trusted ? "yes" : "no");
                line.PadTo(50, ' ');
                line.Append(ValidationFailure.Name(context.Status.Of(entry, now)));
                line.AppendChar(' ');
                line.PadTo(69, ' ');
                line.Append(entry.SubjectText);
                line.End(output);
                shown++;
            }

            if (shown == 0)
            {
                output.WriteLine("(none)");
            }
        }

        public static void WriteDetail(PkiContext context, CertificateEntry entry, ReportLine line, ICommandOutput output)
        {
            Certificate certificate = entry.Certificate;
            CertificateExtensions extensions = certificate.Extensions;
            byte[] der = certificate.Der;
            line.Append("Certificate \"");
            line.Append(entry.Name);
            line.AppendChar('"');
            line.End(output);
            Field(line, output, "ID", entry.Id);
            Field(line, output, "Subject", entry.SubjectText);
            Field(line, output, "Issuer", entry.IssuerText);
            Field(line, output, "Serial number", SerialNumberText.Display(der, certificate.Serial.Offset, certificate.Serial.Length));
            Field(line, output, "Version", certificate.Version);
            line.AppendField("  Valid from");
            DateText.Append(line, certificate.NotBefore);
            line.End(output);
            line.AppendField("  Valid to");
            DateText.Append(line, certificate.NotAfter);
            line.End(output);
            Field(line, output, "Public key", PublicKeyText(certificate.PublicKey));
            Field(line, output, "Signature algorithm", SignatureAlgorithm.Name(certificate.SignatureAlgorithm));
            Field(line, output, "Fingerprint (SHA-256)", Fingerprint.Sha256Text(certificate));
            Field(line, output, "Trusted", entry.Trusted ? "yes (trust anchor)" : "no");
            Field(line, output, "Status", ValidationFailure.Describe(context.Status.Of(entry, context.Now)));
            Field(line, output, "References", entry.References);
            Field(line, output, "Basic constraints", BasicConstraintsText(extensions));
            Field(line, output, "Key usage", extensions.HasKeyUsage ? KeyUsage.ToText(extensions.KeyUsage) : "any");
            Field(line, output, "Extended key usage", extensions.HasExtendedKeyUsage ? KeyPurpose.ToText(extensions.ExtendedKeyUsage) : "any");
            if (extensions.HasSubjectKeyId)
            {
                Field(line, output, "Subject key identifier", HexText.Of(der, extensions.SubjectKeyId.Offset, extensions.SubjectKeyId.Length, true));
            }

            if (extensions.HasAuthorityKeyId)
            {
                Field(line, output, "Authority key identifier", HexText.Of(der, extensions.AuthorityKeyId.Offset, extensions.AuthorityKeyId.Length, true));
            }

            if (extensions.HasUnknownCritical)
            {
                Field(line, output, "Unknown critical extension", Der.Oid.ToText(der, extensions.UnknownCritical.Offset, extensions.UnknownCritical.Length));
            }

            string[] altNames = entry.AltNameTexts;
            Field(line, output, "Alternative names", altNames.Length == 0 ? "none" : altNames[0]);
            for (int i = 1; i < altNames.Length; i++)
            {
                line.PadTo(ReportLine.ValueColumn, ' ');
                line.Append(altNames[i]);
                line.End(output);
            }
        }

        /// <summary>"RSA 2048 bits", "ECDSA P-256".</summary>
        public static string PublicKeyText(PublicKeyInfo key)
        {
            return key.Algorithm == KeyAlgorithm.Rsa ? "RSA " + key.Bits.ToString() + " bits" : KeyAlgorithm.Name(key.Algorithm);
        }

        private static string BasicConstraintsText(CertificateExtensions extensions)
        {
            if (!extensions.HasBasicConstraints)
            {
                return "none";
            }

            if (!extensions.IsCa)
            {
                return "end entity";
            }

            return extensions.PathLength >= 0 ? "CA, path length " + extensions.PathLength.ToString() : "CA";
        }

        private static void Field(ReportLine line, ICommandOutput output, string name, string value)
        {
            line.Append("  ");
            line.AppendField(name);
            line.Append(value);
            line.End(output);
        }

        private static void Field(ReportLine line, ICommandOutput output, string name, int value)
        {
            line.Append("  ");
            line.AppendField(name);
            line.AppendNumber(value);
            line.End(output);
        }
    }
}
