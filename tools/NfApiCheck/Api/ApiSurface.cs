using System.Collections.Generic;
using System.IO;

namespace NfApiCheck.Api
{
    /// <summary>
    /// The union of every <c>&lt;Assembly&gt;.txt</c> allow-list: one doc ID per line. Matched by ID
    /// only, because a host build refers to nanoFramework types through System.Runtime and friends.
    /// </summary>
    internal sealed class ApiSurface
    {
        private readonly HashSet<string> _ids;

        private ApiSurface(HashSet<string> ids, int fileCount)
        {
            _ids = ids;
            FileCount = fileCount;
        }

        public int FileCount { get; }

        public int Count => _ids.Count;

        public bool Contains(string id)
        {
            return _ids.Contains(id);
        }

        /// <summary>
        /// Loads the lists of <paramref name="assemblies"/> (assembly names such as "mscorlib"), or of
        /// every assembly when it is null. The firmware passes the packages it references, so an API
        /// of a library the device image does not carry is not "in the API".
        /// </summary>
        public static ApiSurface Load(string apiDirectory, ICollection<string> assemblies)
        {
            var ids = new HashSet<string>(System.StringComparer.Ordinal);
            var files = new List<string>();
            foreach (string file in Directory.GetFiles(apiDirectory, "*.txt"))
            {
                if (assemblies == null || assemblies.Contains(Path.GetFileNameWithoutExtension(file)))
                {
                    files.Add(file);
                }
            }

            if (assemblies != null && files.Count != assemblies.Count)
            {
                throw new ConfigurationException("the package list names " + assemblies.Count + " assemblies but "
                    + apiDirectory + " has lists for " + files.Count + " of them");
            }

            foreach (string file in files)
            {
                foreach (TsvRow row in TsvFile.Read(file))
                {
                    ids.Add(row[0]);
                }
            }

            if (ids.Count == 0)
            {
                throw new ConfigurationException("no API lists (*.txt) in " + apiDirectory);
            }

            return new ApiSurface(ids, files.Count);
        }
    }
}
