using System;

namespace NfApiCheck.Fixtures.Violations
{
    /// <summary>Members that exist in the API but must not be used this way (annotations/*.tsv).</summary>
    public static class AnnotatedMembers
    {
        /// <summary>String.GetEnumerator always throws NotSupportedException on nanoFramework.</summary>
        public static object ThrowsUnconditionally(string text)
        {
            return text.GetEnumerator();
        }

        /// <summary>FlagsAttribute is [ExcludeType]: stripped from the deployed assembly.</summary>
        public static object ConstructsExcludedType()
        {
            return new FlagsAttribute();
        }
    }
}
