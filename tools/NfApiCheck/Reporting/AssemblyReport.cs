using System.Collections.Generic;

namespace NfApiCheck.Reporting
{
    /// <summary>The outcome for one assembly: how many distinct external IDs it uses and which of them violate.</summary>
    internal sealed class AssemblyReport
    {
        public AssemblyReport(string path, string assemblyName, int externalIds, IReadOnlyList<Finding> findings)
        {
            Path = path;
            AssemblyName = assemblyName;
            ExternalIds = externalIds;
            Findings = findings;
        }

        public string Path { get; }

        public string AssemblyName { get; }

        public int ExternalIds { get; }

        /// <summary>Sorted by doc ID.</summary>
        public IReadOnlyList<Finding> Findings { get; }

        public Finding Find(string id)
        {
            foreach (Finding finding in Findings)
            {
                if (finding.Id == id)
                {
                    return finding;
                }
            }

            return null;
        }
    }
}
