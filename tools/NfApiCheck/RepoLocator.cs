using System.IO;

namespace NfApiCheck
{
    /// <summary>
    /// Finds the repository root (the nearest directory holding .git) so the defaults work from
    /// anywhere: the API lists live beside the repository in ../shared/nanoframework-api.
    /// </summary>
    internal static class RepoLocator
    {
        public static string FindRoot(string startDirectory)
        {
            for (var directory = new DirectoryInfo(startDirectory); directory != null; directory = directory.Parent)
            {
                string marker = Path.Combine(directory.FullName, ".git");
                if (Directory.Exists(marker) || File.Exists(marker))
                {
                    return directory.FullName;
                }
            }

            return null;
        }

        /// <summary>The root found from the tool's own location (artifacts/bin/...), else from the current directory.</summary>
        public static string FindRoot()
        {
            return FindRoot(System.AppContext.BaseDirectory) ?? FindRoot(Directory.GetCurrentDirectory());
        }

        public static string DefaultApiDirectory(string root)
        {
            return Path.GetFullPath(Path.Combine(root, "..", "shared", "nanoframework-api"));
        }

        public static string DefaultAllowedList(string root)
        {
            return Path.Combine(root, "tools", "NfApiCheck", "allowed.tsv");
        }
    }
}
