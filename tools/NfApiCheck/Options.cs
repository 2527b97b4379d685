using System.Collections.Generic;

namespace NfApiCheck
{
    /// <summary>The command line: <c>[--api DIR] [--allow FILE] [--list] [--firmware CONFIG] [ASSEMBLY.dll...]</c></summary>
    internal sealed class Options
    {
        public const string Usage =
            "usage: NfApiCheck [--api <nanoframework-api dir>] [--allow <allowed.tsv>] [--packages <packages.tsv>] [--list] [--firmware <config>] [<assembly.dll>...]\n"
            + "  --api       default: <repo>/../shared/nanoframework-api\n"
            + "  --allow     default: <repo>/tools/NfApiCheck/allowed.tsv\n"
            + "  --packages  only the APIs of the firmware's packages in this list count (default with --firmware:\n"
            + "              <repo>/nfproj-settings/packages.tsv); without it every list in --api counts\n"
            + "  --firmware  check every src/<Name>/<Name>.csproj build, artifacts/bin/<Name>/<config>/<Name>.dll (all must be built)\n"
            + "  --tests     with --firmware: also the nanoFramework-style test projects (tests/*/ with IsNanoTestProject),\n"
            + "              which run on the device too: the firmware's packages plus the test ones, and the\n"
            + "              host-only types (the xunit bridge, the Test SDK's entry point) left out\n"
            + "  --list      print every external doc ID and its verdict, not just the violations\n"
            + "Assemblies given together are checked together: references between them are not API uses.\n"
            + "exit code: 0 all in the API, 1 violations, 2 usage or configuration error";

        public string ApiDirectory { get; private set; }

        public string AllowedList { get; private set; }

        public bool List { get; private set; }

        /// <summary>True to check the nanoFramework-style test assemblies with the firmware.</summary>
        public bool Tests { get; private set; }

        /// <summary>Our types whose references are not checked (the xunit bridge linked into test assemblies).</summary>
        public HashSet<string> IgnoredTypes { get; } = new HashSet<string>(System.StringComparer.Ordinal);

        /// <summary>The package list whose firmware assemblies make up the API, or null for every list.</summary>
        public string PackageList { get; private set; }

        /// <summary>Assembly names whose API lists count (from <see cref="PackageList"/>), or null for all.</summary>
        public HashSet<string> AllowedAssemblies { get; private set; }

        /// <summary>The build configuration ("debug") whose firmware assemblies --firmware adds, or null.</summary>
        public string FirmwareConfiguration { get; private set; }

        public List<string> Assemblies { get; } = new List<string>();

        public static Options Parse(string[] args)
        {
            var options = new Options();
            for (int i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--api":
                        options.ApiDirectory = ValueOf(args, ref i);
                        break;
                    case "--allow":
                        options.AllowedList = ValueOf(args, ref i);
                        break;
                    case "--packages":
                        options.PackageList = ValueOf(args, ref i);
                        break;
                    case "--firmware":
                        options.FirmwareConfiguration = ValueOf(args, ref i);
                        break;
                    case "--tests":
                        options.Tests = true;
                        break;
                    case "--list":
                        options.List = true;
                        break;
                    default:
                        if (args[i].StartsWith("-", System.StringComparison.Ordinal))
                        {
                            throw new ConfigurationException("unknown option " + args[i] + "\n" + Usage);
                        }

                        options.Assemblies.Add(args[i]);
                        break;
                }
            }

            if (options.Tests && options.FirmwareConfiguration == null)
            {
                throw new ConfigurationException("--tests goes with --firmware\n" + Usage);
            }

            if (options.Assemblies.Count == 0 && options.FirmwareConfiguration == null)
            {
                throw new ConfigurationException("no assemblies given\n" + Usage);
            }

            options.ApplyDefaults();
            return options;
        }

        private void ApplyDefaults()
        {
            if (ApiDirectory != null && AllowedList != null && FirmwareConfiguration == null)
            {
                LoadPackageList();
                return;
            }

            string root = RepoLocator.FindRoot()
                ?? throw new ConfigurationException("not inside the repository: pass --api, --allow and the assemblies\n" + Usage);
            ApiDirectory = ApiDirectory ?? RepoLocator.DefaultApiDirectory(root);
            AllowedList = AllowedList ?? RepoLocator.DefaultAllowedList(root);
            if (FirmwareConfiguration != null)
            {
                PackageList = PackageList ?? System.IO.Path.Combine(root, "nfproj-settings", "packages.tsv");
                AddFirmware(root);
            }

            LoadPackageList();
        }

        private void AddFirmware(string root)
        {
            List<string> expected = FirmwareAssemblies.ExpectedPaths(root, FirmwareConfiguration);
            if (Tests)
            {
                expected.AddRange(FirmwareAssemblies.ExpectedTestPaths(root, FirmwareConfiguration));
                IgnoredTypes.UnionWith(FirmwareAssemblies.HostOnlyTestTypes);
            }

            if (expected.Count == 0)
            {
                throw new ConfigurationException("no firmware projects under " + root + "/src");
            }

            foreach (string path in expected)
            {
                if (!System.IO.File.Exists(path))
                {
                    throw new ConfigurationException("firmware assembly not built: " + path + " (build its src/ project first)");
                }

                if (!Assemblies.Contains(path))
                {
                    Assemblies.Add(path);
                }
            }
        }

        /// <summary>Columns: package id, version property, assembly file, and who may use it ("firmware" or "tests").</summary>
        private void LoadPackageList()
        {
            if (PackageList == null)
            {
                return;
            }

            if (!System.IO.File.Exists(PackageList))
            {
                throw new ConfigurationException("package list not found: " + PackageList);
            }

            AllowedAssemblies = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (string line in System.IO.File.ReadAllLines(PackageList))
            {
                string[] columns = line.Split('\t');
                if (line.Length == 0 || line.StartsWith("#", System.StringComparison.Ordinal))
                {
                    continue;
                }

                if (columns.Length < 4)
                {
                    throw new ConfigurationException(PackageList + ": expected 4 columns in \"" + line + "\"");
                }

                if (columns[3] == "firmware" || (Tests && columns[3] == "tests"))
                {
                    AllowedAssemblies.Add(System.IO.Path.GetFileNameWithoutExtension(columns[2]));
                }
            }
        }

        private static string ValueOf(string[] args, ref int i)
        {
            if (i + 1 >= args.Length)
            {
                throw new ConfigurationException(args[i] + " needs a value\n" + Usage);
            }

            return args[++i];
        }
    }
}
