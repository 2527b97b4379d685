using System.IO;
using System.Text.RegularExpressions;
using Xunit;

namespace NfApiCheck.Tests
{
    /// <summary>The command line end to end: exit codes, the summary line and the report.</summary>
    public class ProgramTests
    {
        private static readonly string Clean = TestPaths.Fixture("NfApiCheck.Fixtures.Clean");
        private static readonly string Violations = TestPaths.Fixture("NfApiCheck.Fixtures.Violations");

        [Fact]
        public void CleanAssemblyExitsZeroWithOneLineSummary()
        {
            (int exitCode, string output, string _) = Run("--api", TestPaths.ApiDirectory, "--allow", TestPaths.AllowedList, Clean);

            Assert.Equal(0, exitCode);
            Assert.Matches(new Regex(@"^NfApiCheck: 1 assemblies, \d+ external references, all in the nanoFramework API$"), output.Trim());
        }

        [Fact]
        public void DefaultsFindTheApiListsBesideTheRepository()
        {
            (int exitCode, string _, string error) = Run(Clean);

            Assert.True(exitCode == 0, error);
        }

        [Fact]
        public void ViolationsExitOneAndListEachIdOnceWithWhereItIsUsed()
        {
            (int exitCode, string output, string _) = Run(Clean, Violations);

            Assert.Equal(1, exitCode);
            Assert.Single(Regex.Matches(output, Regex.Escape("  M:System.Threading.Monitor.Enter(System.Object,System.Boolean@)") + "\n"));
            Assert.Contains("1 use in NfApiCheck.Fixtures.Violations.CompilerLowerings.LockStatement", output);
            Assert.Contains("in 1 of 2 assemblies", output);
        }

        [Fact]
        public void AllowedEntryWithoutReasonExitsTwo()
        {
            string allowed = Path.GetTempFileName();
            try
            {
                File.WriteAllText(allowed, "M:System.Array.Clear(System.Array)\n");

                (int exitCode, string _, string error) = Run("--allow", allowed, Clean);

                Assert.Equal(2, exitCode);
                Assert.Contains("has no reason", error);
            }
            finally
            {
                File.Delete(allowed);
            }
        }

        [Fact]
        public void AssembliesGivenTogetherMayReferenceEachOther()
        {
            const string CrossReference = "M:NfApiCheck.Fixtures.Clean.Ledger.Clamp(System.Int32)";

            (int _, string alone, string _) = Run(Violations);
            (int _, string together, string _) = Run(Clean, Violations);

            Assert.Contains(CrossReference, alone);
            Assert.Contains("it comes from NfApiCheck.Fixtures.Clean, which is not checked in this run", alone);
            Assert.DoesNotContain(CrossReference, together);
        }

        [Fact]
        public void OnlyTheListsOfTheFirmwarePackagesCount()
        {
            // The clean fixture uses StringBuilder (nanoFramework.System.Text): with a package list
            // that lacks that package, the same assembly is no longer in the API.
            string packages = Path.GetTempFileName();
            try
            {
                File.WriteAllText(packages,
                    "# id\tproperty\tassembly\tuse\n"
                    + "nanoFramework.CoreLibrary\tV\tmscorlib.dll\tfirmware\n"
                    + "nanoFramework.System.Text\tV\tnanoFramework.System.Text.dll\ttests\n");

                (int exitCode, string output, string _) = Run("--packages", packages, Clean);

                Assert.Equal(1, exitCode);
                Assert.Contains("T:System.Text.StringBuilder", output);
                Assert.Equal(0, Run("--packages", Path.Combine(TestPaths.RepoRoot, "nfproj-settings", "packages.tsv"), Clean).ExitCode);
            }
            finally
            {
                File.Delete(packages);
            }
        }

        [Theory]
        [InlineData("no-such-assembly.dll")]
        [InlineData("--no-such-option")]
        public void BadCommandLineExitsTwo(string argument)
        {
            Assert.Equal(2, Run(argument).ExitCode);
        }

        private static (int ExitCode, string Output, string Error) Run(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            int exitCode = Program.Run(args, output, error);
            return (exitCode, output.ToString(), error.ToString());
        }
    }
}
