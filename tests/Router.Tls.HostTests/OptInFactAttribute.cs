using System;
using Xunit;

namespace Router.Tls.HostTests
{
    /// <summary>
    /// A fact that runs only when its environment variable is 1 (long scans and benchmarks, which
    /// are separate commands in the README); otherwise xunit reports it as skipped, never as passed.
    /// </summary>
    public sealed class OptInFactAttribute : FactAttribute
    {
        public OptInFactAttribute(string variable)
        {
            if (Environment.GetEnvironmentVariable(variable) != "1")
            {
                Skip = "set " + variable + "=1 to run";
            }
        }
    }
}
