using System.IO;
using NfApiCheck.Api;
using NfApiCheck.DocIds;
using NfApiCheck.Rules;
using NfApiCheck.Scanning;
using Xunit;

namespace NfApiCheck.Tests
{
    /// <summary>The rules of README.md, one reference at a time, against the real API lists.</summary>
    public class RuleTests
    {
        private static readonly ReferenceRules Rules = new ReferenceRules(TestPaths.Api, AllowedList.Empty);

        [Theory]
        [InlineData("System.ArgumentNullException", "get_Message", "M:System.ArgumentException.get_Message")]
        [InlineData("System.InvalidOperationException", "get_Message", "M:System.Exception.get_Message")]
        [InlineData("System.IO.MemoryStream", "Dispose", "M:System.IO.Stream.Dispose")]
        [InlineData("System.Collections.IList", "GetEnumerator", "M:System.Collections.IEnumerable.GetEnumerator")]
        public void InheritedMemberResolvesToTheDeclaringAncestor(string type, string suffix, string declared)
        {
            MemberId resolved = TestPaths.Api.Resolve(new MemberId('M', type, suffix));

            Assert.Equal(declared, resolved?.Id);
            Assert.Null(Rules.Judge(Member(type, suffix, UseKind.Code)));
        }

        [Fact]
        public void MemberMissingOnEveryAncestorIsFlagged()
        {
            Violation violation = Rules.Judge(Member("System.ArgumentNullException", "get_TargetSite", UseKind.Code));

            Assert.Equal("not in the nanoFramework API", violation?.Reason);
        }

        [Fact]
        public void VirtualThrowingMemberIsFineWhenTheCallBindsToAnOverride()
        {
            Assert.Null(Rules.Judge(Member("System.Text.UTF8Encoding", "GetChars(System.Byte[])", UseKind.Code)));
        }

        [Fact]
        public void VirtualThrowingMemberIsFlaggedWhenTheCallBindsToTheThrowingDeclaration()
        {
            Violation violation = Rules.Judge(Member("System.Text.Encoding", "GetChars(System.Byte[])", UseKind.Code));

            Assert.Contains("always throws NotImplementedException", violation?.Reason);
        }

        [Fact]
        public void InheritedThrowingMemberIsFlagged()
        {
            Violation violation = Rules.Judge(Member("System.IO.MemoryStream", "get_ReadTimeout", UseKind.Code));

            Assert.Contains("M:System.IO.Stream.get_ReadTimeout", violation?.Reason);
        }

        [Fact]
        public void ObsoleteWithErrorIsFlagged()
        {
            var reference = new Reference("F:System.DateTimeKind.Local", new MemberId('F', "System.DateTimeKind", "Local"), UseKind.Code, "test");

            Assert.Contains("obsolete", Rules.Judge(reference)?.Reason);
        }

        [Fact]
        public void ExcludedTypeIsFineOnlyAsAttribute()
        {
            Assert.Null(Rules.Judge(Member("System.FlagsAttribute", "#ctor", UseKind.Attribute)));
            Assert.Null(Rules.Judge(Type("T:System.FlagsAttribute", UseKind.Attribute)));
            Assert.Contains("[ExcludeType]", Rules.Judge(Member("System.FlagsAttribute", "#ctor", UseKind.Code))?.Reason);
            Assert.Contains("[ExcludeType]", Rules.Judge(Type("T:System.AttributeTargets", UseKind.Declaration))?.Reason);
        }

        [Theory]
        [InlineData("System.Runtime.CompilerServices.CompilerGeneratedAttribute", "#ctor")]
        [InlineData("System.Runtime.CompilerServices.CompilationRelaxationsAttribute", "#ctor(System.Int32)")]
        [InlineData("System.Runtime.CompilerServices.RuntimeCompatibilityAttribute", "#ctor")]
        [InlineData("System.Runtime.CompilerServices.RefSafetyRulesAttribute", "#ctor(System.Int32)")]
        [InlineData("System.Runtime.CompilerServices.NullableContextAttribute", "#ctor(System.Byte)")]
        public void CompilerEmittedAttributeIsAcceptedOnlyAsAttribute(string type, string constructor)
        {
            Assert.Null(Rules.Judge(Member(type, constructor, UseKind.Attribute)));
            Assert.Null(Rules.Judge(Type("T:" + type, UseKind.Attribute)));
            Assert.Equal("not in the nanoFramework API", Rules.Judge(Member(type, constructor, UseKind.Code))?.Reason);
            Assert.Equal("not in the nanoFramework API", Rules.Judge(Type("T:" + type, UseKind.Declaration))?.Reason);
        }

        [Fact]
        public void OtherMissingAttributeIsFlaggedEvenAsAttribute()
        {
            Violation violation = Rules.Judge(Member("System.Runtime.CompilerServices.TupleElementNamesAttribute", "#ctor(System.String[])", UseKind.Attribute));

            Assert.Equal("not in the nanoFramework API", violation?.Reason);
        }

        [Fact]
        public void GenericDeclaredButUnsupportedIsFlaggedWithItsOwnReason()
        {
            Assert.Contains("unusable on 1.x firmware", Rules.Judge(Type("T:System.Func`2", UseKind.Declaration))?.Reason);
        }

        [Fact]
        public void AllowedListEntryIsAccepted()
        {
            string path = Path.GetTempFileName();
            try
            {
                File.WriteAllText(path, "# test\nM:System.Array.Clear(System.Array)\twhole-array clear, checked by a test\n");
                var rules = new ReferenceRules(TestPaths.Api, AllowedList.Load(path));

                Assert.Null(rules.Judge(Member("System.Array", "Clear(System.Array)", UseKind.Code)));
                Assert.NotNull(rules.Judge(Member("System.Array", "Clear(System.Array,System.Int32)", UseKind.Code)));
            }
            finally
            {
                File.Delete(path);
            }
        }

        private static Reference Member(string type, string suffix, UseKind use)
        {
            var member = new MemberId('M', type, suffix);
            return new Reference(member.Id, member, use, "test");
        }

        private static Reference Type(string id, UseKind use)
        {
            return new Reference(id, null, use, "test");
        }
    }
}
