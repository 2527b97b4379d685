using System;
using System.Linq;
using System.Reflection;
using Fixtures;
using nanoFramework.TestFramework.Host;
using TestFrameworkShared;
using Xunit;
using Xunit.Abstractions;

public class AdapterSemanticsTests
{
    private static readonly Assembly Fixtures = typeof(Journal).Assembly;

    private static NanoTestCase[] CasesOf(string className)
    {
        return NanoTestCatalog.Cases(Fixtures).Select(c => (NanoTestCase)c[0]).Where(c => c.ClassName == className).ToArray();
    }

    private static Exception RunCase(NanoTestCase testCase)
    {
        return Record.Exception(() => NanoTestRunner.Run(Fixtures, testCase, new NullOutput()));
    }

    [Fact]
    public void OneCasePerMethodAndOnePerDataRow()
    {
        NanoTestCase[] cases = CasesOf("Fixtures.Lifecycle");
        Assert.Equal(new[] { "First", "Rows", "Rows" }, cases.Select(c => c.MethodName));
        Assert.Equal(new[] { -1, 0, 1 }, cases.Select(c => c.DataRow));
    }

    [Fact]
    public void SetupOnceBeforeAndCleanupOnceAfterOnOneInstance()
    {
        lock (Journal.Events)
        {
            Journal.Events.Clear();
            foreach (NanoTestCase testCase in CasesOf("Fixtures.Lifecycle"))
            {
                Assert.Null(RunCase(testCase));
            }

            Assert.Equal(new[] { "setup", "first:1", "row:1:one:2", "row:2:two:3", "cleanup" }, Journal.Events);
        }
    }

    [Fact]
    public void AFailedSetupFailsTheClassTestsWithoutRunningThem()
    {
        Exception failure = RunCase(CasesOf("Fixtures.Failures").Single());
        Assert.IsType<AssertFailedException>(failure);
        Assert.Contains("setup broke", failure.InnerException.Message);
        Assert.DoesNotContain("failures:ran", Journal.Events);
    }

    [Fact]
    public void FailuresSkipsAndThrowsAreReportedAsOnTheDevice()
    {
        NanoTestCase[] cases = CasesOf("Fixtures.Outcomes");
        Assert.Contains("planted", RunCase(cases.Single(c => c.MethodName == "Fails")).Message);
        Assert.Contains("no radio here", RunCase(cases.Single(c => c.MethodName == "Skips")).Message);
        Assert.Null(RunCase(cases.Single(c => c.MethodName == "ThrowsTheRightType")));
        Assert.IsType<AssertFailedException>(RunCase(cases.Single(c => c.MethodName == "ThrowsADerivedType")));
    }

    [Fact]
    public void CasesKeepDiscoveryOrderThroughTheOrderer()
    {
        NanoTestCase[] cases = NanoTestCatalog.Cases(Fixtures).Select(c => (NanoTestCase)c[0]).ToArray();
        Assert.Equal(Enumerable.Range(0, cases.Length), cases.Select(c => c.Order));
        Assert.Equal(cases.Select(c => c.ClassName).OrderBy(n => n, StringComparer.Ordinal), cases.Select(c => c.ClassName));
    }

    private sealed class NullOutput : ITestOutputHelper
    {
        public void WriteLine(string message)
        {
        }

        public void WriteLine(string format, params object[] args)
        {
        }
    }
}
