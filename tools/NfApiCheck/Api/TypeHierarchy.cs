using System.Collections.Generic;

namespace NfApiCheck.Api
{
    /// <summary>
    /// annotations/type-hierarchy.tsv: each API type's direct base type and declared interfaces.
    /// The lists name a member only on the type that declares it, so inherited members are found
    /// by walking up from the referenced type.
    /// </summary>
    internal sealed class TypeHierarchy
    {
        private readonly Dictionary<string, string> _baseTypes = new Dictionary<string, string>(System.StringComparer.Ordinal);
        private readonly Dictionary<string, string[]> _interfaces = new Dictionary<string, string[]>(System.StringComparer.Ordinal);

        public static TypeHierarchy Load(string path)
        {
            var hierarchy = new TypeHierarchy();
            foreach (TsvRow row in TsvFile.Read(path))
            {
                if (IsPresent(row[1]))
                {
                    hierarchy._baseTypes[row[0]] = row[1];
                }

                if (IsPresent(row[2]))
                {
                    hierarchy._interfaces[row[0]] = row[2].Split(',');
                }
            }

            return hierarchy;
        }

        /// <summary>
        /// The type's ancestors as "T:" IDs: the base class chain nearest first (so an override
        /// hides the member it overrides), then every interface of the type and of those bases.
        /// </summary>
        public IEnumerable<string> AncestorsOf(string typeId)
        {
            var chain = new List<string> { typeId };
            for (string type = typeId; _baseTypes.TryGetValue(type, out string baseType) && !chain.Contains(baseType); type = baseType)
            {
                chain.Add(baseType);
                yield return baseType;
            }

            var seen = new HashSet<string>(chain, System.StringComparer.Ordinal);
            var pending = new Queue<string>(chain);
            while (pending.Count > 0)
            {
                if (!_interfaces.TryGetValue(pending.Dequeue(), out string[] interfaces))
                {
                    continue;
                }

                foreach (string item in interfaces)
                {
                    if (seen.Add(item))
                    {
                        yield return item;
                        pending.Enqueue(item);
                    }
                }
            }
        }

        private static bool IsPresent(string field)
        {
            return field.Length > 0 && field != "-";
        }
    }
}
