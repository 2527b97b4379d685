using System.Linq;
using NfApiCheck.Api;
using NfApiCheck.Reporting;
using Xunit;

namespace NfApiCheck.Tests
{
    /// <summary>Host-only types (the xunit bridge in test assemblies) are left out, and nothing else is.</summary>
    public class IgnoredTypesTests
    {
        private const string Lock = "M:System.Threading.Monitor.Enter(System.Object,System.Boolean@)";
        private const string Linq = "System.Linq.Enumerable";

        [Fact]
        public void UsesInsideAnIgnoredTypeAreNotReportedButOthersStill()
        {
            string violations = TestPaths.Fixture("NfApiCheck.Fixtures.Violations");
            AssemblyReport all = new Checker(TestPaths.Api, AllowedList.Empty).Check(violations);
            AssemblyReport filtered = new Checker(TestPaths.Api, AllowedList.Empty,
                new[] { "NfApiCheck.Fixtures.Violations.CompilerLowerings" }).Check(violations);

            Assert.Contains(all.Findings, f => f.Id == Lock);
            Assert.DoesNotContain(filtered.Findings, f => f.Id == Lock);
            Assert.Contains(filtered.Findings, f => f.Id.Contains(Linq));
            Assert.True(filtered.Findings.Count < all.Findings.Count);
        }

        [Fact]
        public void TheTestsOptionNeedsTheFirmwareOption()
        {
            Assert.Equal(2, Program.Run(new[] { "--tests" }, new System.IO.StringWriter(), new System.IO.StringWriter()));
        }
    }
}
