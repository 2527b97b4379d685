using System;
using System.IO;

namespace PeerSupport
{
    /// <summary>Where the peers and the repository's own pieces are: programs on PATH, the repository root, artifacts.</summary>
    public static class PeerPrograms
    {
        /// <summary>The full path of <paramref name="program"/> on PATH (also /usr/sbin, where iproute2 lives), or null.</summary>
        public static string Find(string program)
        {
            string path = (Environment.GetEnvironmentVariable("PATH") ?? "") + ":/usr/sbin:/sbin";
            foreach (string dir in path.Split(':', StringSplitOptions.RemoveEmptyEntries))
            {
                string candidate = Path.Combine(dir, program);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }

        /// <summary>The repository root: the first folder above the test assembly that holds Firmware.Host.slnx.</summary>
        public static string RepositoryRoot()
        {
            for (DirectoryInfo dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Firmware.Host.slnx")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("Firmware.Host.slnx not found above " + AppContext.BaseDirectory);
        }

        /// <summary>artifacts/test-results/<paramref name="name"/> (created), where tests leave what the lead quotes.</summary>
        public static string TestResults(string name)
        {
            string dir = Path.Combine(RepositoryRoot(), "artifacts", "test-results", name);
            Directory.CreateDirectory(dir);
            return dir;
        }

        /// <summary>The dotnet host running these tests, so the programs it starts run on the same runtime.</summary>
        public static string DotnetHost()
        {
            string current = Environment.ProcessPath;
            if (current != null && Path.GetFileNameWithoutExtension(current) == "dotnet")
            {
                return current;
            }

            string root = Environment.GetEnvironmentVariable("DOTNET_ROOT");
            if (!string.IsNullOrEmpty(root) && File.Exists(Path.Combine(root, "dotnet")))
            {
                return Path.Combine(root, "dotnet");
            }

            return Find("dotnet") ?? "dotnet";
        }

        /// <summary>A fresh temporary folder (the caller deletes it).</summary>
        public static string TemporaryDirectory(string prefix)
        {
            return Directory.CreateTempSubdirectory(prefix + "-").FullName;
        }
    }
}
