using System.Collections.Generic;
using System.Linq;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace nanoFramework.TestFramework.Host
{
    /// <summary>Keeps cases in discovery order so a class's Setup, tests and Cleanup run together, as on the device.</summary>
    public sealed class NanoTestCaseOrderer : ITestCaseOrderer
    {
        public const string TypeName = "nanoFramework.TestFramework.Host.NanoTestCaseOrderer";
        public const string AssemblyName = "TestFramework.Host";

        public IEnumerable<TTestCase> OrderTestCases<TTestCase>(IEnumerable<TTestCase> testCases) where TTestCase : ITestCase
        {
            return testCases.OrderBy(c => c.TestMethodArguments != null && c.TestMethodArguments.Length == 1 && c.TestMethodArguments[0] is NanoTestCase n
                ? n.Order
                : int.MaxValue);
        }
    }
}
