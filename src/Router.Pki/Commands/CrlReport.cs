using Router.Cli;
using Router.Pki.Database;
using Router.Pki.X509;

namespace Router.Pki.Commands
{
    /// <summary>The text of show pki crl: the list of CRLs, and one CRL with its revoked serials.</summary>
    public static class CrlReport
    {
        public static void WriteList(PkiContext context, ReportLine line, ICommandOutput output)
        {
            CertificateDatabase database = context.Database;
            output.WriteLine("Name                              ID     Revoked  Next update                   Issuer");
            output.WriteLine(ReportLine.Rule);
            for (int i = 0; i < database.CrlCount; i++)
            {
                CrlEntry entry = database.GetCrl(i);
                if (entry == null)
                {
                    continue;
                }

                line.Append(entry.Name);
                line.AppendChar(' ');
                line.PadTo(34, ' ');
                line.AppendNumber(entry.Id);
                line.PadTo(41, ' ');
                line.AppendNumber(entry.Crl.RevokedCount);
                line.PadTo(50, ' ');
                AppendNextUpdate(line, entry.Crl);
                line.AppendChar(' ');
                line.PadTo(80, ' ');
                line.Append(entry.IssuerText);
                line.End(output);
            }

            if (database.CrlCount == 0)
            {
                output.WriteLine("(none)");
            }
        }

        public static void WriteDetail(PkiContext context, CrlEntry entry, ReportLine line, ICommandOutput output)
        {
            CertificateRevocationList crl = entry.Crl;
            line.Append("CRL \"");
            line.Append(entry.Name);
            line.AppendChar('"');
            line.End(output);
            line.AppendField("  ID");
            line.AppendNumber(entry.Id);
            line.End(output);
            line.AppendField("  Issuer");
            line.Append(entry.IssuerText);
            line.End(output);
            line.AppendField("  Effective date");
            DateText.Append(line, crl.ThisUpdate);
            line.End(output);
            line.AppendField("  Next update");
            AppendNextUpdate(line, crl);
            line.End(output);
            line.AppendField("  State");
            line.Append(StateText(crl, context.Now));
            line.End(output);
            line.AppendField("  Signature algorithm");
            line.Append(SignatureAlgorithm.Name(crl.SignatureAlgorithm));
            line.End(output);
            line.AppendField("  Revoked certificates");
            line.AppendNumber(crl.RevokedCount);
            line.End(output);
            WriteSerials(entry, line, output);
        }

        /// <summary>"  Serial: 4100, Revocation date: 2026 Nov 23rd, 23:53:49 GMT" per revoked certificate.</summary>
        public static void WriteSerials(CrlEntry entry, ReportLine line, ICommandOutput output)
        {
            string[] serials = entry.RevokedSerials;
            long[] dates = entry.RevocationDates;
            for (int i = 0; i < serials.Length; i++)
            {
                line.Append("  Serial: ");
                line.Append(serials[i]);
                line.Append(", Revocation date: ");
                DateText.Append(line, dates[i]);
                line.End(output);
            }

            if (entry.Crl.RevokedCount > serials.Length)
            {
                line.Append("  ... and ");
                line.AppendNumber(entry.Crl.RevokedCount - serials.Length);
                line.Append(" more");
                line.End(output);
            }
        }

        public static void AppendNextUpdate(ReportLine line, CertificateRevocationList crl)
        {
            if (crl.NextUpdate < 0)
            {
                line.Append("none");
            }
            else
            {
                DateText.Append(line, crl.NextUpdate);
            }
        }

        /// <summary>Whether the CRL is usable now: current, past its next update (still used), not yet valid, or unusable.</summary>
        public static string StateText(CertificateRevocationList crl, long now)
        {
            if (crl.HasUnknownCritical)
            {
                return "Unusable (unknown critical extension)";
            }

            if (now < crl.ThisUpdate)
            {
                return "Not yet valid";
            }

            return crl.NextUpdate >= 0 && now > crl.NextUpdate ? "Past next update (still used)" : "Current";
        }
    }
}
