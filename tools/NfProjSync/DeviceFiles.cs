using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;

namespace NfProjSync
{
    /// <summary>Brings every device file in line with its sources: generated projects, device-only projects and Firmware.sln.</summary>
    public static class DeviceFiles
    {
        private static readonly XNamespace Ms = "http://schemas.microsoft.com/developer/msbuild/2003";

        /// <summary>Writes (or, with <paramref name="checkOnly"/>, compares) every device file; returns the paths that differed.</summary>
        public static List<string> Sync(string root, bool checkOnly)
        {
            PackageCatalog catalog = PackageCatalog.Load(root);
            var expected = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var solutionEntries = new List<SolutionEntry>();

            List<HostProject> projects = RepoLayout.DeviceProjects(root).ToList();
            var byPath = projects.ToDictionary(p => Path.GetFullPath(p.NfprojPath), StringComparer.Ordinal);
            foreach (HostProject project in projects)
            {
                List<PackageCatalog.Package> packages = PackagesOf(project, byPath, catalog);
                string settings = Path.GetRelativePath(project.Directory, Path.Combine(root, "nfproj-settings")).Replace('/', '\\') + "\\";
                expected[project.NfprojPath] = DeviceProjectWriter.Nfproj(project, RepoLayout.SourceFiles(project.Directory), packages, settings);
                expected[Path.Combine(project.Directory, "packages.config")] = DeviceProjectWriter.PackagesConfig(packages);
                if (project.IsNanoTestProject)
                {
                    expected[Path.Combine(project.Directory, "nano.runsettings")] = DeviceProjectWriter.RunSettings();
                }

                solutionEntries.Add(new SolutionEntry(project.Name, project.NfprojPath, DeviceProjectWriter.ProjectGuid(project.Name)));
            }

            foreach (string nfproj in DeviceOnlyProjects(root))
            {
                XDocument current = XDocument.Load(nfproj);
                expected[nfproj] = WithCurrentSources(current, Path.GetDirectoryName(nfproj));
                string config = Path.Combine(Path.GetDirectoryName(nfproj), "packages.config");
                if (File.Exists(config))
                {
                    expected[config] = WithPinnedVersions(XDocument.Load(config), catalog);
                }

                string guid = current.Descendants(Ms + "ProjectGuid").Single().Value;
                solutionEntries.Add(new SolutionEntry(Path.GetFileNameWithoutExtension(nfproj), nfproj, guid));
            }

            expected[Path.Combine(root, "Firmware.sln")] = Solution(root, solutionEntries);

            var differing = new List<string>();
            foreach (KeyValuePair<string, string> file in expected)
            {
                string existing = File.Exists(file.Key) ? File.ReadAllText(file.Key) : null;
                if (existing == file.Value)
                {
                    continue;
                }

                differing.Add(Path.GetRelativePath(root, file.Key));
                if (!checkOnly)
                {
                    File.WriteAllText(file.Key, file.Value, new UTF8Encoding(false));
                }
            }

            return differing;
        }

        /// <summary>Hand-written device projects with no host twin (the ESP32 board): only their file list and versions are derived.</summary>
        private static IEnumerable<string> DeviceOnlyProjects(string root)
        {
            string boards = Path.Combine(root, "board-support", "esp32");
            return Directory.Exists(boards)
                ? Directory.GetFiles(boards, "*.nfproj", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal)
                : Enumerable.Empty<string>();
        }

        /// <summary>A device project needs the assemblies of its own packages and of every project it references.</summary>
        private static List<PackageCatalog.Package> PackagesOf(HostProject project, Dictionary<string, HostProject> byPath, PackageCatalog catalog)
        {
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<HostProject>();
            pending.Push(project);
            while (pending.Count > 0)
            {
                HostProject current = pending.Pop();
                ids.UnionWith(current.DeclaredPackages);
                if (current.IsFirmwareLibrary)
                {
                    ids.UnionWith(PackageCatalog.LibraryBaseline);
                }

                foreach (string reference in current.ProjectReferences)
                {
                    string full = Path.GetFullPath(Path.Combine(current.Directory, reference.Replace('\\', Path.DirectorySeparatorChar)));
                    if (byPath.TryGetValue(full, out HostProject referenced))
                    {
                        pending.Push(referenced);
                    }
                }
            }

            ids.Add(PackageCatalog.CoreLibrary);
            if (project.IsNanoTestProject)
            {
                ids.Add(PackageCatalog.TestFramework);
            }

            return catalog.All.Where(p => ids.Contains(p.Id)).ToList();
        }

        private static string WithCurrentSources(XDocument project, string directory)
        {
            XElement group = project.Descendants(Ms + "ItemGroup").SingleOrDefault(g => (string)g.Attribute("Label") == "Compile")
                ?? throw new InvalidDataException("device project without an ItemGroup Label=\"Compile\" in " + directory);
            group.RemoveNodes();
            foreach (string source in RepoLayout.SourceFiles(directory))
            {
                group.Add(new XElement(Ms + "Compile", new XAttribute("Include", source)));
            }

            return DeviceProjectWriter.Render(project);
        }

        private static string WithPinnedVersions(XDocument config, PackageCatalog catalog)
        {
            foreach (XElement package in config.Descendants("package"))
            {
                package.SetAttributeValue("version", catalog[(string)package.Attribute("id")].Version);
            }

            return DeviceProjectWriter.Render(config);
        }

        private static string Solution(string root, List<SolutionEntry> entries)
        {
            var text = new StringBuilder();
            text.Append("\nMicrosoft Visual Studio Solution File, Format Version 12.00\n# Visual Studio Version 17\n");
            text.Append("VisualStudioVersion = 17.0.31903.59\nMinimumVisualStudioVersion = 10.0.40219.1\n");
            foreach (SolutionEntry entry in entries)
            {
                string path = Path.GetRelativePath(root, entry.Path).Replace('/', '\\');
                text.Append("Project(\"" + DeviceProjectWriter.NanoProjectTypeGuid + "\") = \"" + entry.Name + "\", \"" + path + "\", \"" + entry.Guid + "\"\nEndProject\n");
            }

            text.Append("Global\n\tGlobalSection(SolutionConfigurationPlatforms) = preSolution\n");
            text.Append("\t\tDebug|Any CPU = Debug|Any CPU\n\t\tRelease|Any CPU = Release|Any CPU\n\tEndGlobalSection\n");
            text.Append("\tGlobalSection(ProjectConfigurationPlatforms) = postSolution\n");
            foreach (SolutionEntry entry in entries)
            {
                foreach (string configuration in new[] { "Debug", "Release" })
                {
                    foreach (string step in new[] { "ActiveCfg", "Build.0", "Deploy.0" })
                    {
                        text.Append("\t\t" + entry.Guid + "." + configuration + "|Any CPU." + step + " = " + configuration + "|Any CPU\n");
                    }
                }
            }

            text.Append("\tEndGlobalSection\n\tGlobalSection(SolutionProperties) = preSolution\n\t\tHideSolutionNode = FALSE\n\tEndGlobalSection\nEndGlobal\n");
            return text.ToString();
        }

        private sealed class SolutionEntry
        {
            public SolutionEntry(string name, string path, string guid)
            {
                Name = name;
                Path = path;
                Guid = guid;
            }

            public string Name { get; }

            public string Path { get; }

            public string Guid { get; }
        }
    }
}
