using NfApiCheck.Api;
using NfApiCheck.Reporting;
using NfApiCheck.Scanning;
using Xunit;

namespace NfApiCheck.Tests
{
    /// <summary>NfApiCheck.Fixtures.Clean uses only allowed things and must pass; the walk must reach every metadata row.</summary>
    public class CleanFixtureTests
    {
        [Fact]
        public void CleanFixturePasses()
        {
            AssemblyReport report = new Checker(TestPaths.Api, AllowedList.Empty).Check(TestPaths.Fixture("NfApiCheck.Fixtures.Clean"));

            Assert.Empty(report.Findings);
            Assert.True(report.ExternalIds > 50, "the fixture should exercise a good part of the API, got " + report.ExternalIds);
        }

        [Theory]
        [InlineData("M:System.Threading.Monitor.Enter(System.Object)")]
        [InlineData("M:System.String.Format(System.String,System.Object[])")]
        [InlineData("M:System.Collections.ArrayList.GetEnumerator")]
        [InlineData("M:System.Exception.get_Message")]
        [InlineData("M:System.Delegate.Combine(System.Delegate,System.Delegate)")]
        [InlineData("M:System.Runtime.CompilerServices.RuntimeHelpers.InitializeArray(System.Array,System.RuntimeFieldHandle)")]
        [InlineData("M:System.String.op_Equality(System.String,System.String)")]
        [InlineData("M:System.Runtime.CompilerServices.CompilerGeneratedAttribute.#ctor")]
        [InlineData("M:System.Math.Abs(System.Int32)")] // after an IL switch table
        public void CleanFixtureReallyUses(string id)
        {
            ScanResult scan = AssemblyScanner.Scan(TestPaths.Fixture("NfApiCheck.Fixtures.Clean"));

            Assert.Contains(scan.References, reference => reference.Id == id);
        }

        [Theory]
        [InlineData("NfApiCheck.Fixtures.Clean")]
        [InlineData("NfApiCheck.Fixtures.Violations")]
        public void WalkReachesEveryMetadataRow(string fixture)
        {
            ScanResult scan = AssemblyScanner.Scan(TestPaths.Fixture(fixture));

            Assert.DoesNotContain(scan.References, reference => reference.Use == UseKind.Unreached);
        }
    }
}
