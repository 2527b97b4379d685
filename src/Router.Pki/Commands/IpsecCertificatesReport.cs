using Router.Cli;
using Router.Pki.Database;
using Router.Pki.Validation;
using Router.Pki.X509;

namespace Router.Pki.Commands
{
    /// <summary>
    /// show ipsec certificates [crl] [detail], in the layout of the second vendor's monitoring
    /// commands (seed 002): the database summary line, then a table (ID, Serial, Subject) or one
    /// block per entry, newest first as the sample lists IDs 5, 4, 1. The flags: Trusted / Not
    /// trusted (the certificate passes validation now), Root / Non-root (a trust anchor, locked
    /// in the database), Crl-issuer / Non-crl-issuer (a CRL it issued is loaded). Lines are
    /// built in the caller's <see cref="ReportLine"/> from texts the entries keep, so once each
    /// entry has been shown a report allocates nothing (rule 3).
    /// </summary>
    public static class IpsecCertificatesReport
    {
        public static void WriteSummary(CertificateDatabase database, ReportLine line, ICommandOutput output)
        {
            line.Append("Database: Total entries: ");
            line.AppendNumber(database.TotalEntries);
            line.Append(" Active entries: ");
            line.AppendNumber(database.ActiveEntries);
            line.Append(" Locked entries: ");
            line.AppendNumber(database.LockedEntries);
            line.End(output);
        }

        public static void WriteCertificates(PkiContext context, bool detail, ReportLine line, ICommandOutput output)
        {
            CertificateDatabase database = context.Database;
            WriteSummary(database, line, output);
            if (!detail)
            {
                output.WriteLine("ID      Serial      Subject");
            }

            long now = context.Now;
            bool first = true;
            for (int i = database.CertificateCount - 1; i >= 0; i--)
            {
                CertificateEntry entry = database.GetCertificate(i);
                if (entry == null || entry.IsDeleted)
                {
                    continue;
                }

                if (!detail)
                {
                    line.AppendNumber(entry.Id);
                    line.PadTo(8, ' ');
                    line.Append(entry.SerialText);
                    line.AppendChar(' ');
                    line.PadTo(20, ' ');
                    line.Append(entry.SubjectText);
                    line.End(output);
                    continue;
                }

                if (!first)
                {
                    output.WriteLine(string.Empty);
                }

                first = false;
                WriteCertificate(context, entry, now, line, output);
            }
        }

        public static void WriteCrls(PkiContext context, bool detail, ReportLine line, ICommandOutput output)
        {
            CertificateDatabase database = context.Database;
            WriteSummary(database, line, output);
            if (!detail)
            {
                output.WriteLine("ID      Revoked     Issuer");
            }

            long now = context.Now;
            bool first = true;
            for (int i = database.CrlCount - 1; i >= 0; i--)
            {
                CrlEntry entry = database.GetCrl(i);
                if (entry == null)
                {
                    continue;
                }

                if (!detail)
                {
                    line.AppendNumber(entry.Id);
                    line.PadTo(8, ' ');
                    line.AppendNumber(entry.Crl.RevokedCount);
                    line.PadTo(20, ' ');
                    line.Append(entry.IssuerText);
                    line.End(output);
                    continue;
                }

                if (!first)
                {
                    output.WriteLine(string.Empty);
                }

                first = false;
                WriteCrl(entry, now, line, output);
            }
        }

        private static void WriteCertificate(PkiContext context, CertificateEntry entry, long now, ReportLine line, ICommandOutput output)
        {
            Certificate certificate = entry.Certificate;
            line.Append("Subject: ");
            line.Append(entry.SubjectText);
            line.End(output);
            line.Append("ID: ");
            line.AppendNumber(entry.Id);
            line.Append(", References: ");
            line.AppendNumber(entry.References);
            line.Append(", Serial: ");
            line.Append(entry.SerialText);
            line.End(output);
            line.Append("Flags: ");
            line.Append(context.Status.Of(entry, now) == ValidationFailure.None ? "Trusted" : "Not trusted");
            line.Append(entry.Trusted ? " Root" : " Non-root");
            line.Append(IssuesCrls(context.Database, certificate) ? " Crl-issuer" : " Non-crl-issuer");
            line.End(output);
            line.Append("Validity period starts: ");
            DateText.Append(line, certificate.NotBefore);
            line.End(output);
            line.Append("Validity period ends: ");
            DateText.Append(line, certificate.NotAfter);
            line.End(output);
            output.WriteLine("Alternative name information:");
            string[] altNames = entry.AltNameTexts;
            for (int i = 0; i < altNames.Length; i++)
            {
                line.Append("  ");
                line.Append(altNames[i]);
                line.End(output);
            }

            if (altNames.Length == 0)
            {
                output.WriteLine("  None");
            }

            line.Append("Issuer: ");
            line.Append(entry.IssuerText);
            line.End(output);
        }

        private static void WriteCrl(CrlEntry entry, long now, ReportLine line, ICommandOutput output)
        {
            CertificateRevocationList crl = entry.Crl;
            line.Append("Issuer: ");
            line.Append(entry.IssuerText);
            line.End(output);
            line.Append("ID: ");
            line.AppendNumber(entry.Id);
            line.Append(", Name: ");
            line.Append(entry.Name);
            line.Append(", Revoked certificates: ");
            line.AppendNumber(crl.RevokedCount);
            line.End(output);
            line.Append("State: ");
            line.Append(CrlReport.StateText(crl, now));
            line.End(output);
            line.Append("Effective date: ");
            DateText.Append(line, crl.ThisUpdate);
            line.End(output);
            line.Append("Next update: ");
            CrlReport.AppendNextUpdate(line, crl);
            line.End(output);
            if (crl.RevokedCount > 0)
            {
                output.WriteLine("Revoked certificates:");
                CrlReport.WriteSerials(entry, line, output);
            }
        }

        private static bool IssuesCrls(CertificateDatabase database, Certificate certificate)
        {
            for (int i = 0; i < database.CrlCount; i++)
            {
                CrlEntry crl = database.GetCrl(i);
                if (crl != null && RevocationCheck.IsFrom(crl.Crl, certificate))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
