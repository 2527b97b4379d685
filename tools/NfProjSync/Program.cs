using System;
using System.IO;

namespace NfProjSync
{
    public static class Program
    {
        /// <summary>`NfProjSync [--check] [repo-root]`: write the device project files, or only compare them.</summary>
        public static int Main(string[] args)
        {
            bool check = Array.IndexOf(args, "--check") >= 0;
            string root = Array.Find(args, a => !a.StartsWith("--", StringComparison.Ordinal)) ?? RepoLayout.FindRoot(Directory.GetCurrentDirectory());
            var differences = DeviceFiles.Sync(root, check);
            foreach (string path in differences)
            {
                Console.WriteLine((check ? "out of date: " : "wrote: ") + path);
            }

            if (check && differences.Count > 0)
            {
                Console.WriteLine("Run `dotnet run --project tools/NfProjSync` to regenerate the device project files.");
                return 1;
            }

            Console.WriteLine("NfProjSync: device project files " + (check ? "are up to date" : "written") + ".");
            return 0;
        }
    }
}
