using NfApiCheck.Api;
using NfApiCheck.Reporting;
using Xunit;

namespace NfApiCheck.Tests
{
    /// <summary>Every construct planted in NfApiCheck.Fixtures.Violations is reported, under the expected doc ID and method.</summary>
    public class ViolationsFixtureTests
    {
        private const string Ns = "NfApiCheck.Fixtures.Violations.";

        private static readonly AssemblyReport Report =
            new Checker(TestPaths.Api, AllowedList.Empty).Check(TestPaths.Fixture("NfApiCheck.Fixtures.Violations"));

        [Theory]
        // Generic library types and members.
        [InlineData("T:System.Collections.Generic.List`1", "LibraryGenerics.ListOfInt", "not in the nanoFramework API")]
        [InlineData("M:System.Collections.Generic.List`1.#ctor", "LibraryGenerics.ListOfInt", "not in the nanoFramework API")]
        [InlineData("M:System.Collections.Generic.List`1.Add(`0)", "LibraryGenerics.ListOfInt", "not in the nanoFramework API")]
        [InlineData("T:System.Collections.Generic.Dictionary`2", "LibraryGenerics.DictionaryOfStringToInt", "not in the nanoFramework API")]
        [InlineData("M:System.Collections.Generic.Dictionary`2.set_Item(`0,`1)", "LibraryGenerics.DictionaryOfStringToInt", "not in the nanoFramework API")]
        [InlineData("M:System.Linq.Enumerable.ToArray``1(System.Collections.Generic.IEnumerable{``0})", "LibraryGenerics.LinqToArray", "not in the nanoFramework API")]
        [InlineData("T:System.Threading.Tasks.Task`1", "LibraryGenerics.AsyncTask", "not in the nanoFramework API")]
        [InlineData("M:System.Runtime.CompilerServices.AsyncTaskMethodBuilder`1.Create", "LibraryGenerics.AsyncTask", "not in the nanoFramework API")]
        [InlineData("T:System.Span`1", "LibraryGenerics.SpanOfByte", "not in the nanoFramework API")]
        [InlineData("M:System.Span`1.op_Implicit(`0[])~System.Span{`0}", "LibraryGenerics.SpanOfByte", "not in the nanoFramework API")]
        [InlineData("M:System.ValueTuple`2.#ctor(`0,`1)", "LibraryGenerics.ValueTuplePair", "not in the nanoFramework API")]
        [InlineData("T:System.ValueTuple`2", "LibraryGenerics.ValueTuplePair", "not in the nanoFramework API")]
        [InlineData("M:System.Nullable`1.#ctor(`0)", "LibraryGenerics.NullableInt", "not in the nanoFramework API")]
        [InlineData("T:System.Nullable`1", "LibraryGenerics.NullableInt", "not in the nanoFramework API")]
        [InlineData("T:System.Action`1", "LibraryGenerics.GenericDelegate", "generic: declared in the nanoFramework 1.x sources")]
        [InlineData("M:System.Action`1.#ctor(System.Object,System.IntPtr)", "LibraryGenerics.GenericDelegate", "generic: declared in the nanoFramework 1.x sources")]
        // What the .NET 10 compiler binds ordinary C# to (nanoframework-api/README.md, Caveats).
        [InlineData("M:System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.#ctor(System.Int32,System.Int32)", "CompilerLowerings.Interpolation", "not in the nanoFramework API")]
        [InlineData("M:System.Runtime.CompilerServices.DefaultInterpolatedStringHandler.AppendFormatted``1(``0)", "CompilerLowerings.Interpolation", "not in the nanoFramework API")]
        [InlineData("M:System.Threading.Monitor.Enter(System.Object,System.Boolean@)", "CompilerLowerings.LockStatement", "not in the nanoFramework API")]
        [InlineData("M:System.String.Format(System.String,System.Object)", "CompilerLowerings.FormatWithOneArgument", "not in the nanoFramework API")]
        [InlineData("M:System.String.Split(System.Char,System.StringSplitOptions)", "CompilerLowerings.SplitOnChar", "not in the nanoFramework API")]
        [InlineData("M:System.String.Concat(System.ReadOnlySpan{System.Char},System.ReadOnlySpan{System.Char})", "CompilerLowerings.StringPlusChar", "not in the nanoFramework API")]
        [InlineData("M:System.Text.Encoding.GetString(System.Byte[])", "CompilerLowerings.Utf8GetStringWholeArray", "not in the nanoFramework API")]
        [InlineData("M:System.Array.Clear(System.Array)", "CompilerLowerings.ArrayClearWholeArray", "not in the nanoFramework API")]
        [InlineData("M:System.Object.Finalize", "WithDestructor.Finalize", "not in the nanoFramework API")]
        [InlineData("M:System.Threading.Interlocked.CompareExchange``1(``0@,``0,``0)", "FieldLikeEvent.add_Changed", "not in the nanoFramework API")]
        [InlineData("T:System.Runtime.CompilerServices.IsVolatile", "VolatileField._stopped", "not in the nanoFramework API")]
        // Our own generics.
        [InlineData("T:NfApiCheck.Fixtures.Violations.OwnGeneric`1", "OwnGeneric`1", "generic definition")]
        [InlineData("M:NfApiCheck.Fixtures.Violations.OwnGenericMethod.Identity``1(``0)", "OwnGenericMethod.Identity``1(``0)", "generic definition")]
        // Listed members used in a way the annotations forbid.
        [InlineData("M:System.String.GetEnumerator", "AnnotatedMembers.ThrowsUnconditionally", "always throws NotSupportedException")]
        [InlineData("M:System.FlagsAttribute.#ctor", "AnnotatedMembers.ConstructsExcludedType", "[ExcludeType]")]
        public void ReportsPlantedViolation(string id, string context, string reason)
        {
            Finding finding = Report.Find(id);

            Assert.True(finding != null, id + " was not reported");
            Assert.Contains(Ns + context, finding.Contexts);
            Assert.Contains(reason, finding.Violation.Reason);
        }

        [Fact]
        public void ReportsEachIdOnce()
        {
            var ids = new System.Collections.Generic.HashSet<string>();
            foreach (Finding finding in Report.Findings)
            {
                Assert.True(ids.Add(finding.Id), finding.Id + " reported twice");
            }
        }

        [Fact]
        public void CountsEveryUse()
        {
            Finding finding = Report.Find("M:System.Threading.Interlocked.CompareExchange``1(``0@,``0,``0)");

            Assert.Equal(2, finding.Uses); // add_Changed and remove_Changed
            Assert.Contains(Ns + "FieldLikeEvent.remove_Changed", finding.Contexts);
        }
    }
}
