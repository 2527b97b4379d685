using System.Collections.Generic;

namespace NfApiCheck.Rules
{
    /// <summary>
    /// Attributes the C# compiler applies on its own, which the host build references from
    /// System.Runtime but nanoFramework's mscorlib does not declare. They are accepted only as
    /// attribute usages (a custom attribute row whose constructor is on one of these types), never
    /// when constructed or otherwise referenced, because against nanoFramework's mscorlib the
    /// compiler does not need them to exist:
    /// </summary>
    internal static class CompilerEmittedAttributes
    {
        /// <summary>
        /// Optional well-known attributes: Roslyn applies them only when the core library declares
        /// them, and silently leaves them out otherwise (so the device build simply lacks them).
        /// </summary>
        private static readonly string[] OmittedWhenAbsent =
        {
            "T:System.Runtime.CompilerServices.CompilerGeneratedAttribute",       // lambdas, auto-properties, closures
            "T:System.Runtime.CompilerServices.CompilationRelaxationsAttribute",  // [assembly: CompilationRelaxations(8)]
            "T:System.Runtime.CompilerServices.RuntimeCompatibilityAttribute",    // [assembly: RuntimeCompatibility(WrapNonExceptionThrows = true)]
            "T:System.Runtime.CompilerServices.IteratorStateMachineAttribute",    // iterator methods (their machinery is checked separately)
            "T:System.Runtime.CompilerServices.AsyncStateMachineAttribute",       // async methods (Task and the builders are flagged anyway)
            "T:System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute",
        };

        /// <summary>
        /// Embedded attributes: when the core library lacks them, Roslyn defines them inside the
        /// compiled assembly (as internal types marked with Microsoft.CodeAnalysis.EmbeddedAttribute),
        /// so on the device they are our own types. The host build refers to System.Runtime's copy
        /// where one is public (RefSafetyRules, IsReadOnly, ...) and embeds the rest (Nullable, ...).
        /// </summary>
        private static readonly string[] EmbeddedWhenAbsent =
        {
            "T:System.Runtime.CompilerServices.RefSafetyRulesAttribute",          // [module: RefSafetyRules(11)]
            "T:System.Runtime.CompilerServices.NullableAttribute",
            "T:System.Runtime.CompilerServices.NullableContextAttribute",
            "T:System.Runtime.CompilerServices.NullablePublicOnlyAttribute",
            "T:System.Runtime.CompilerServices.IsReadOnlyAttribute",              // 'in' parameters, readonly structs and members
            "T:System.Runtime.CompilerServices.IsByRefLikeAttribute",
            "T:System.Runtime.CompilerServices.IsUnmanagedAttribute",
            "T:System.Runtime.CompilerServices.NativeIntegerAttribute",
            "T:System.Runtime.CompilerServices.ScopedRefAttribute",
            "T:System.Runtime.CompilerServices.RequiresLocationAttribute",        // 'ref readonly' parameters
            "T:System.Runtime.CompilerServices.ParamCollectionAttribute",         // 'params' spans and collections
            "T:Microsoft.CodeAnalysis.EmbeddedAttribute",
        };

        private static readonly HashSet<string> All = new HashSet<string>(OmittedWhenAbsent, System.StringComparer.Ordinal);

        static CompilerEmittedAttributes()
        {
            All.UnionWith(EmbeddedWhenAbsent);
        }

        public static bool Contains(string typeId)
        {
            return All.Contains(typeId);
        }
    }
}
