using System.Collections.Generic;
using System.IO;

namespace NfApiCheck.Api
{
    /// <summary>The annotations/*.tsv facts about API members that the rules need beyond "is it listed".</summary>
    internal sealed class Annotations
    {
        private readonly HashSet<string> _excludedTypes = new HashSet<string>(System.StringComparer.Ordinal);
        private readonly HashSet<string> _genericUnsupported = new HashSet<string>(System.StringComparer.Ordinal);
        private readonly Dictionary<string, ThrowingMember> _throwing = new Dictionary<string, ThrowingMember>(System.StringComparer.Ordinal);
        private readonly Dictionary<string, string> _obsoleteErrors = new Dictionary<string, string>(System.StringComparer.Ordinal);

        public static Annotations Load(string annotationsDirectory)
        {
            var annotations = new Annotations();
            foreach (TsvRow row in TsvFile.Read(Path.Combine(annotationsDirectory, "exclude-type.tsv")))
            {
                if (row[0].StartsWith("T:", System.StringComparison.Ordinal))
                {
                    annotations._excludedTypes.Add(row[0]);
                }
            }

            foreach (TsvRow row in TsvFile.Read(Path.Combine(annotationsDirectory, "generic-declared-unsupported.tsv")))
            {
                annotations._genericUnsupported.Add(row[0]);
            }

            foreach (TsvRow row in TsvFile.Read(Path.Combine(annotationsDirectory, "throws-unconditionally.tsv")))
            {
                bool isVirtual = row[2].StartsWith("virtual", System.StringComparison.Ordinal);
                annotations._throwing[row[0]] = new ThrowingMember(row[1], isVirtual);
            }

            foreach (TsvRow row in TsvFile.Read(Path.Combine(annotationsDirectory, "obsolete.tsv")))
            {
                if (row[1] == "error=true")
                {
                    annotations._obsoleteErrors[row[0]] = row[2];
                }
            }

            return annotations;
        }

        /// <summary>[ExcludeType] types: the metadata processor strips them from the deployed assembly.</summary>
        public bool IsExcludedType(string typeId)
        {
            return _excludedTypes.Contains(typeId);
        }

        /// <summary>Generic delegates declared in the 1.x sources but unusable on 1.x firmware.</summary>
        public bool IsGenericUnsupported(string id)
        {
            return _genericUnsupported.Contains(id);
        }

        public bool TryGetThrowing(string id, out ThrowingMember member)
        {
            return _throwing.TryGetValue(id, out member);
        }

        public bool TryGetObsoleteError(string id, out string message)
        {
            return _obsoleteErrors.TryGetValue(id, out message);
        }
    }

    /// <summary>A member whose body is a single throw; a virtual one may be overridden by a working implementation.</summary>
    internal sealed class ThrowingMember
    {
        public ThrowingMember(string exceptionType, bool isVirtual)
        {
            ExceptionType = exceptionType;
            IsVirtual = isVirtual;
        }

        public string ExceptionType { get; }

        public bool IsVirtual { get; }
    }
}
