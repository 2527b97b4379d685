using System.Collections.Generic;
using System.IO;
using NfApiCheck.Api;
using NfApiCheck.Reporting;
using Xunit;

namespace NfApiCheck.Tests
{
    /// <summary>
    /// The real firmware: every src/&lt;Name&gt;/&lt;Name&gt;.csproj whose host build exists in
    /// artifacts/bin/&lt;Name&gt;/&lt;config&gt;/ must use only the nanoFramework API. They are checked
    /// together, as `NfApiCheck --firmware` does, so references between them are not API uses.
    /// This project's ProjectReferences build them first; one not referenced yet is checked if built.
    /// </summary>
    public class FirmwareAssembliesTests
    {
        [Fact]
        public void FirmwareAssembliesUseOnlyTheNanoFrameworkApi()
        {
            List<string> assemblies = FirmwareAssemblies.ExpectedPaths(TestPaths.RepoRoot, TestPaths.Configuration).FindAll(File.Exists);
            Assert.Contains(assemblies, path => Path.GetFileName(path) == "Router.Core.dll");

            IReadOnlyList<AssemblyReport> reports = new Checker(TestPaths.Api, AllowedList.Load(TestPaths.AllowedList)).Check(assemblies);

            var text = new StringWriter();
            ReportWriter.Write(reports, text);
            Assert.True(new List<AssemblyReport>(reports).TrueForAll(report => report.Findings.Count == 0), text.ToString());
        }

        [Fact]
        public void FirmwareIsTakenFromSrcOnly()
        {
            foreach (string path in FirmwareAssemblies.ExpectedPaths(TestPaths.RepoRoot, TestPaths.Configuration))
            {
                string name = Path.GetFileNameWithoutExtension(path);
                Assert.True(File.Exists(Path.Combine(TestPaths.RepoRoot, "src", name, name + ".csproj")), path);
                Assert.DoesNotContain("Fixtures", name);
                Assert.False(name.EndsWith(".Tests", System.StringComparison.Ordinal), path);
            }
        }
    }
}
