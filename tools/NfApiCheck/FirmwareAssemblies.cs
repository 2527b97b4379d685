using System.Collections.Generic;
using System.IO;

namespace NfApiCheck
{
    /// <summary>
    /// The firmware libraries of the repository: every src/&lt;Name&gt;/&lt;Name&gt;.csproj, whose host
    /// build is artifacts/bin/&lt;Name&gt;/&lt;config&gt;/&lt;Name&gt;.dll. Taken from src/ rather than from a
    /// file pattern, so test assemblies (Router.Core.Tests) and test fixtures are never included.
    /// </summary>
    internal static class FirmwareAssemblies
    {
        /// <summary>Each firmware project's expected assembly path, built or not.</summary>
        public static List<string> ExpectedPaths(string repoRoot, string configuration)
        {
            var paths = new List<string>();
            string src = Path.Combine(repoRoot, "src");
            if (!Directory.Exists(src))
            {
                return paths;
            }

            foreach (string project in Directory.GetFiles(src, "*.csproj", SearchOption.AllDirectories))
            {
                string name = Path.GetFileNameWithoutExtension(project);
                paths.Add(Path.Combine(repoRoot, "artifacts", "bin", name, configuration, name + ".dll"));
            }

            paths.Sort(System.StringComparer.Ordinal);
            return paths;
        }
    }
}
