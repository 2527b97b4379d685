using System.Collections.Generic;

namespace NfApiCheck.Scanning
{
    /// <summary>What one assembly uses from outside itself, and the generic definitions it declares.</summary>
    internal sealed class ScanResult
    {
        public ScanResult(string assemblyName, IReadOnlyList<Reference> references, IReadOnlyList<string> genericDefinitions)
        {
            AssemblyName = assemblyName;
            References = references;
            GenericDefinitions = genericDefinitions;
        }

        public string AssemblyName { get; }

        public IReadOnlyList<Reference> References { get; }

        /// <summary>Doc IDs of our own generic types and methods ("T:Ns.Foo`1", "M:Ns.C.M``1(``0)").</summary>
        public IReadOnlyList<string> GenericDefinitions { get; }
    }
}
