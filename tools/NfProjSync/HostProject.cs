using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace NfProjSync
{
    /// <summary>What the device project is derived from: a host .csproj's name, references and declared nanoFramework packages.</summary>
    public sealed class HostProject
    {
        public string Name { get; private set; }

        public string Directory { get; private set; }

        public string CsprojPath { get; private set; }

        public bool IsFirmwareLibrary { get; private set; }

        public bool IsNanoTestProject { get; private set; }

        public bool IsExecutable { get; private set; }

        /// <summary>
        /// For an interop library: where the device build writes the nanoCLR stubs the
        /// MetadataProcessor generates (its method table and checksum), from &lt;NanoFrameworkStubRoot&gt;.
        /// </summary>
        public string InteropStubRoot { get; private set; }

        /// <summary>Other device projects this one references, as paths relative to its folder.</summary>
        public List<string> ProjectReferences { get; private set; }

        /// <summary>nanoFramework package ids named by &lt;NanoFrameworkPackage Include="…"/&gt; items.</summary>
        public List<string> DeclaredPackages { get; private set; }

        public string NfprojPath => Path.Combine(Directory, Name + ".nfproj");

        public static HostProject Load(string root, string csprojPath)
        {
            XDocument xml = XDocument.Load(csprojPath);
            string directory = Path.GetDirectoryName(csprojPath);
            string relative = Path.GetRelativePath(root, directory).Replace('\\', '/');
            return new HostProject
            {
                Name = Path.GetFileNameWithoutExtension(csprojPath),
                Directory = directory,
                CsprojPath = csprojPath,
                IsFirmwareLibrary = relative.StartsWith("src/", System.StringComparison.Ordinal),
                IsNanoTestProject = Values(xml, "IsNanoTestProject").Contains("true"),
                IsExecutable = Values(xml, "OutputType").Contains("Exe"),
                InteropStubRoot = Values(xml, "NanoFrameworkStubRoot").FirstOrDefault(),
                ProjectReferences = Items(xml, "ProjectReference")
                    .Where(r => r.EndsWith(".csproj", System.StringComparison.Ordinal))
                    .Select(r => Path.ChangeExtension(r.Replace('/', '\\'), ".nfproj"))
                    .ToList(),
                DeclaredPackages = Items(xml, "NanoFrameworkPackage").ToList(),
            };
        }

        private static IEnumerable<string> Values(XDocument xml, string property)
        {
            return xml.Descendants(property).Select(e => e.Value.Trim());
        }

        private static IEnumerable<string> Items(XDocument xml, string itemType)
        {
            return xml.Descendants(itemType).Select(e => (string)e.Attribute("Include")).Where(v => v != null);
        }
    }
}
