using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NfProjSync
{
    /// <summary>Where the firmware and test projects live, and which source files belong to each.</summary>
    public static class RepoLayout
    {
        public static string FindRoot(string start)
        {
            for (DirectoryInfo dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "nfproj-settings", "nanoFramework.Packages.props")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("not inside the firmware repository: " + start);
        }

        /// <summary>Host projects that have a device twin: every library in src/ and every nanoFramework-style test project.</summary>
        public static IEnumerable<HostProject> DeviceProjects(string root)
        {
            var projects = Directory.GetFiles(Path.Combine(root, "src"), "*.csproj", SearchOption.AllDirectories)
                .Concat(Directory.GetFiles(Path.Combine(root, "tests"), "*.csproj", SearchOption.AllDirectories))
                .Where(p => !IsBuildOutput(root, p))
                .Select(p => HostProject.Load(root, p))
                .Where(p => p.IsFirmwareLibrary || p.IsNanoTestProject);
            return projects.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
        }

        /// <summary>The .cs files a project folder holds, relative to it with backslashes as in .nfproj files.</summary>
        public static List<string> SourceFiles(string projectDirectory)
        {
            return Directory.GetFiles(projectDirectory, "*.cs", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(projectDirectory, f))
                .Where(f => !f.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                         && !f.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .Select(f => f.Replace('/', '\\'))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();
        }

        private static bool IsBuildOutput(string root, string path)
        {
            string relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            return relative.Contains("/bin/", StringComparison.Ordinal) || relative.Contains("/obj/", StringComparison.Ordinal);
        }
    }
}
