using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace NfProjSync
{
    /// <summary>The nanoFramework packages the device projects may use, with the versions pinned in nfproj-settings/.</summary>
    public sealed class PackageCatalog
    {
        public const string CoreLibrary = "nanoFramework.CoreLibrary";
        public const string TestFramework = "nanoFramework.TestFramework";

        /// <summary>Every firmware library gets these; anything else it declares in its .csproj.</summary>
        public static readonly string[] LibraryBaseline =
        {
            CoreLibrary, "nanoFramework.System.Collections", "nanoFramework.System.Text", "nanoFramework.Runtime.Native",
        };

        private readonly Dictionary<string, Package> _packages = new Dictionary<string, Package>(StringComparer.Ordinal);

        public static PackageCatalog Load(string root)
        {
            string settings = Path.Combine(root, "nfproj-settings");
            XDocument props = XDocument.Load(Path.Combine(settings, "nanoFramework.Packages.props"));
            var catalog = new PackageCatalog();
            foreach (string line in File.ReadAllLines(Path.Combine(settings, "packages.tsv")))
            {
                if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal))
                {
                    continue;
                }

                string[] columns = line.Split('\t');
                XElement version = props.Descendants(columns[1]).SingleOrDefault()
                    ?? throw new InvalidDataException("packages.tsv names " + columns[1] + ", which nanoFramework.Packages.props does not define");
                catalog._packages.Add(columns[0], new Package(columns[0], columns[1], version.Value.Trim(), columns[2]));
            }

            return catalog;
        }

        public Package this[string id] => _packages.TryGetValue(id, out Package p)
            ? p
            : throw new InvalidDataException("unknown nanoFramework package " + id + " (add it to nfproj-settings/packages.tsv)");

        public IEnumerable<Package> All => _packages.Values;

        public sealed class Package
        {
            public Package(string id, string versionProperty, string version, string assemblyFile)
            {
                Id = id;
                VersionProperty = versionProperty;
                Version = version;
                AssemblyFile = assemblyFile;
            }

            public string Id { get; }

            public string VersionProperty { get; }

            public string Version { get; }

            public string AssemblyFile { get; }

            public string AssemblyName => Path.GetFileNameWithoutExtension(AssemblyFile);

            /// <summary>HintPath through the pinned version property, so a version bump touches one file.</summary>
            public string HintPath(string file) => "$(NfPackagesDir)" + Id + ".$(" + VersionProperty + ")\\lib\\" + file;
        }
    }
}
