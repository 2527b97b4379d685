using System.Collections.Generic;
using System.IO;

namespace NfApiCheck.Reporting
{
    /// <summary>Prints the findings, one block per violating doc ID, then a one-line verdict.</summary>
    internal static class ReportWriter
    {
        public static void Write(IReadOnlyList<AssemblyReport> reports, TextWriter output)
        {
            int externalIds = 0;
            int findings = 0;
            int failedAssemblies = 0;
            foreach (AssemblyReport report in reports)
            {
                externalIds += report.ExternalIds;
                if (report.Findings.Count == 0)
                {
                    continue;
                }

                failedAssemblies++;
                findings += report.Findings.Count;
                output.WriteLine(report.AssemblyName + " (" + report.Path + "): " + report.Findings.Count + " outside the nanoFramework API");
                foreach (Finding finding in report.Findings)
                {
                    WriteFinding(finding, output);
                }
            }

            if (findings == 0)
            {
                output.WriteLine("NfApiCheck: " + reports.Count + " assemblies, " + externalIds + " external references, all in the nanoFramework API");
            }
            else
            {
                output.WriteLine("NfApiCheck: FAILED: " + findings + " doc IDs outside the nanoFramework API in "
                    + failedAssemblies + " of " + reports.Count + " assemblies (see tools/NfApiCheck/README.md)");
            }
        }

        private static void WriteFinding(Finding finding, TextWriter output)
        {
            output.WriteLine("  " + finding.Id);
            output.WriteLine("      " + finding.Violation.Reason);
            if (finding.Violation.Hint != null)
            {
                output.WriteLine("      instead: " + finding.Violation.Hint);
            }

            string places = string.Join(", ", finding.Contexts) + (finding.HasMoreContexts ? ", ..." : "");
            output.WriteLine("      " + finding.Uses + (finding.Uses == 1 ? " use in " : " uses in ") + places);
        }
    }
}
