using System;
using System.IO;
using NfApiCheck.Api;

namespace NfApiCheck.Tests
{
    /// <summary>Where the tests find the repository, the API lists and the fixture assemblies.</summary>
    internal static class TestPaths
    {
        private static readonly Lazy<ApiCatalog> LoadedApi = new Lazy<ApiCatalog>(() => ApiCatalog.Load(ApiDirectory));

        public static string RepoRoot { get; } = RepoLocator.FindRoot(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("tests must run from inside the repository");

        public static string ApiDirectory => RepoLocator.DefaultApiDirectory(RepoRoot);

        public static string AllowedList => RepoLocator.DefaultAllowedList(RepoRoot);

        /// <summary>The build configuration folder the tests run from (artifacts/bin/NfApiCheck.Tests/&lt;config&gt;/).</summary>
        public static string Configuration => Path.GetFileName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));

        public static ApiCatalog Api => LoadedApi.Value;

        /// <summary>A fixture assembly, copied next to the tests by its ProjectReference.</summary>
        public static string Fixture(string assemblyName)
        {
            return Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");
        }

        public static string TestAssembly => typeof(TestPaths).Assembly.Location;
    }
}
