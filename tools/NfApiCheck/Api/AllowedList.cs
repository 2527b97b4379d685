using System.Collections.Generic;
using System.IO;

namespace NfApiCheck.Api
{
    /// <summary>
    /// allowed.tsv: project-approved exceptions, <c>&lt;doc-id&gt;&lt;TAB&gt;&lt;reason&gt;</c>. An entry
    /// without a reason is a configuration error: every exception must say why it is safe.
    /// </summary>
    internal sealed class AllowedList
    {
        private readonly Dictionary<string, string> _reasons = new Dictionary<string, string>(System.StringComparer.Ordinal);

        public static readonly AllowedList Empty = new AllowedList();

        public int Count => _reasons.Count;

        public bool Contains(string id)
        {
            return _reasons.ContainsKey(id);
        }

        public static AllowedList Load(string path)
        {
            if (!File.Exists(path))
            {
                throw new ConfigurationException("allowed list not found: " + path);
            }

            var list = new AllowedList();
            foreach (TsvRow row in TsvFile.Read(path))
            {
                string id = row[0].Trim();
                string reason = row[1].Trim();
                if (id.Length < 3 || id[1] != ':')
                {
                    throw new ConfigurationException(row.Where + ": not a doc ID: '" + row[0] + "'");
                }

                if (reason.Length == 0)
                {
                    throw new ConfigurationException(row.Where + ": " + id + " has no reason (format: <doc-id><TAB><reason>)");
                }

                if (!list._reasons.TryAdd(id, reason))
                {
                    throw new ConfigurationException(row.Where + ": " + id + " is listed twice");
                }
            }

            return list;
        }
    }
}
