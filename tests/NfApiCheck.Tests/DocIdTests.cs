using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using NfApiCheck.DocIds;
using Xunit;

namespace NfApiCheck.Tests
{
    /// <summary>
    /// Doc IDs computed from metadata for the members in DocIdSamples.cs, checked against
    /// hand-written expectations and against the IDs the C# compiler wrote into this assembly's
    /// XML documentation file.
    /// </summary>
    public class DocIdTests
    {
        private const string Samples = "NfApiCheck.Tests.Samples.";

        private static readonly HashSet<string> Computed = ComputeSampleIds();

        [Theory]
        [InlineData("T:" + Samples + "Outer`1.Inner`1")]
        [InlineData("F:" + Samples + "Outer`1.Value")]
        [InlineData("M:" + Samples + "Outer`1.Inner`1.Mix``1(`0,`1,``0," + Samples + "Outer{``0}.Inner{`0})")]
        [InlineData("F:" + Samples + "Signatures.Table")]
        [InlineData("M:" + Samples + "Signatures.#cctor")]
        [InlineData("M:" + Samples + "Signatures.#ctor(System.Int32)")]
        [InlineData("M:" + Samples + "Signatures.ByRef(System.Int32@,System.String@,System.Int64@)")]
        [InlineData("M:" + Samples + "Signatures.Arrays(System.Int32[0:,0:],System.String[0:,0:][])")]
        [InlineData("M:" + Samples + "Signatures.Pointers(System.Int32*,System.Byte**)")]
        [InlineData("M:" + Samples + "Signatures.Generic``2(System.Collections.Generic.List{``0},System.Collections.Generic.Dictionary{System.String,System.Collections.Generic.List{``1}},``0@)")]
        [InlineData("M:" + Samples + "Signatures.op_Implicit(" + Samples + "Signatures)~System.Int32")]
        [InlineData("M:" + Samples + "Signatures.op_Explicit(System.String)~" + Samples + "Signatures")]
        [InlineData("M:" + Samples + "Signatures.op_Addition(" + Samples + "Signatures," + Samples + "Signatures)")]
        [InlineData("M:" + Samples + "Signatures.get_Item(System.Int32,System.String)")]
        [InlineData("M:" + Samples + "Signatures.Lifted(System.Nullable{System.Int32},System.ValueTuple{System.Int32,System.String})")]
        [InlineData("M:" + Samples + "Signatures.System#IDisposable#Dispose")]
        [InlineData("M:" + Samples + "Signatures.System#Collections#Generic#IComparer{System#String}#Compare(System.String,System.String)")]
        [InlineData("M:" + Samples + "Signatures.Params(System.Object[])")]
        [InlineData("M:" + Samples + "Signatures.Delegates(System.Action{System.Int32},System.Func{System.Int32,System.String})")]
        [InlineData("M:" + Samples + "Signatures.Nested.#ctor(" + Samples + "Outer{System.Int32}.Inner{System.String})")]
        public void FormatsTrickySignature(string expected)
        {
            Assert.Contains(expected, Computed);
        }

        [Fact]
        public void MatchesTheCompilersXmlDocumentation()
        {
            string xmlPath = Path.ChangeExtension(TestPaths.TestAssembly, ".xml");
            int compared = 0;
            foreach (XElement member in XDocument.Load(xmlPath).Descendants("member"))
            {
                string id = (string)member.Attribute("name");
                bool isSample = id.Substring(2).StartsWith(Samples, System.StringComparison.Ordinal);
                if (isSample && (id[0] == 'T' || id[0] == 'M' || id[0] == 'F'))
                {
                    Assert.Contains(id, Computed);
                    compared++;
                }
            }

            Assert.True(compared >= 20, "expected the sample members in the XML documentation, found " + compared);
        }

        [Fact]
        public void SplitsNestedGenericArgumentsByLevel()
        {
            var arguments = System.Collections.Immutable.ImmutableArray.Create("A", "B", "C");

            Assert.Equal("N.Outer{A,B}.Mid.Inner{C}", TypeNames.Instantiate("N.Outer`2.Mid.Inner`1", arguments));
        }

        private static HashSet<string> ComputeSampleIds()
        {
            var ids = new HashSet<string>();
            var provider = new DocIdTypeProvider();
            using (var pe = new PEReader(File.OpenRead(TestPaths.TestAssembly)))
            {
                MetadataReader reader = pe.GetMetadataReader();
                foreach (TypeDefinitionHandle handle in reader.TypeDefinitions)
                {
                    string name = TypeNames.Of(reader, handle);
                    if (!name.StartsWith(Samples, System.StringComparison.Ordinal))
                    {
                        continue;
                    }

                    TypeDefinition type = reader.GetTypeDefinition(handle);
                    ids.Add("T:" + name);
                    foreach (MethodDefinitionHandle method in type.GetMethods())
                    {
                        ids.Add(MemberIds.Of(reader, method, provider).Id);
                    }

                    foreach (FieldDefinitionHandle field in type.GetFields())
                    {
                        ids.Add(MemberIds.Of(reader, field).Id);
                    }
                }
            }

            return ids;
        }
    }
}
