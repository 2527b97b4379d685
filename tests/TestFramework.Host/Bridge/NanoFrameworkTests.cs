using System.Collections.Generic;
using nanoFramework.TestFramework.Host;
using Xunit;
using Xunit.Abstractions;

// Compiled into every host test assembly: xunit sees one theory case per nanoFramework
// test case (one per DataRow) of this assembly.
[TestCaseOrderer(NanoTestCaseOrderer.TypeName, NanoTestCaseOrderer.AssemblyName)]
public sealed class NanoFrameworkTests
{
    private readonly ITestOutputHelper _output;

    public NanoFrameworkTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public static IEnumerable<object[]> Cases => NanoTestCatalog.Cases(typeof(NanoFrameworkTests).Assembly);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run(NanoTestCase testCase)
    {
        NanoTestRunner.Run(typeof(NanoFrameworkTests).Assembly, testCase, _output);
    }
}
