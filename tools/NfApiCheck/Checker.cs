using System.Collections.Generic;
using NfApiCheck.Api;
using NfApiCheck.Reporting;
using NfApiCheck.Rules;
using NfApiCheck.Scanning;

namespace NfApiCheck
{
    /// <summary>
    /// Scans assemblies and judges every external reference and own generic definition. The
    /// assemblies of one run are checked together: references between them are ours.
    /// </summary>
    internal sealed class Checker
    {
        private readonly ReferenceRules _rules;
        private readonly ICollection<string> _ignoredTypes;

        public Checker(ApiCatalog api, AllowedList allowed, ICollection<string> ignoredTypes = null)
        {
            _rules = new ReferenceRules(api, allowed);
            _ignoredTypes = ignoredTypes ?? new string[0];
        }

        public IReadOnlyList<AssemblyReport> Check(IReadOnlyList<string> assemblyPaths)
        {
            ISet<string> together = NamesOf(assemblyPaths);
            var reports = new List<AssemblyReport>();
            foreach (string path in assemblyPaths)
            {
                reports.Add(Check(path, together));
            }

            return reports;
        }

        public AssemblyReport Check(string assemblyPath)
        {
            return Check(new[] { assemblyPath })[0];
        }

        /// <summary>Every distinct external ID with its verdict (null when fine), for --list.</summary>
        public SortedDictionary<string, Violation> Classify(string assemblyPath, IReadOnlyList<string> together)
        {
            var verdicts = new SortedDictionary<string, Violation>(System.StringComparer.Ordinal);
            foreach (Reference reference in AssemblyScanner.Scan(assemblyPath, NamesOf(together)).References)
            {
                Violation violation = _rules.Judge(reference);
                if (!verdicts.TryGetValue(reference.Id, out Violation existing) || existing == null)
                {
                    verdicts[reference.Id] = violation;
                }
            }

            return verdicts;
        }

        private AssemblyReport Check(string assemblyPath, ISet<string> together)
        {
            ScanResult scan = AssemblyScanner.Scan(assemblyPath, together);
            var findings = new SortedDictionary<string, Finding>(System.StringComparer.Ordinal);
            foreach (string id in scan.GenericDefinitions)
            {
                Add(findings, id, ReferenceRules.GenericDefinition, id.Substring(2));
            }

            var externalIds = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (Reference reference in scan.References)
            {
                if (IsIgnored(reference.Context))
                {
                    continue;
                }

                externalIds.Add(reference.Id);
                Violation violation = _rules.Judge(reference);
                if (violation != null)
                {
                    Add(findings, reference.Id, violation, reference.Context);
                }
            }

            return new AssemblyReport(assemblyPath, scan.AssemblyName, externalIds.Count, new List<Finding>(findings.Values));
        }

        /// <summary>True for a use inside one of the ignored types ("Type" or "Type.Member").</summary>
        private bool IsIgnored(string context)
        {
            foreach (string type in _ignoredTypes)
            {
                if (context == type || context.StartsWith(type + ".", System.StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static ISet<string> NamesOf(IReadOnlyList<string> assemblyPaths)
        {
            var names = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (string path in assemblyPaths)
            {
                names.Add(AssemblyScanner.ReadAssemblyName(path));
            }

            return names;
        }

        private static void Add(SortedDictionary<string, Finding> findings, string id, Violation violation, string context)
        {
            if (!findings.TryGetValue(id, out Finding finding))
            {
                finding = new Finding(id, violation);
                findings.Add(id, finding);
            }

            finding.AddUse(context);
        }
    }
}
