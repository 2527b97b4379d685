using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Text;

namespace NfApiCheck.DocIds
{
    /// <summary>
    /// Doc-ID names of types (without the "T:" prefix). Definitions keep the metadata arity
    /// suffix (<c>List`1</c>); nested types join their declaring type with '.'.
    /// </summary>
    internal static class TypeNames
    {
        public static string Of(MetadataReader reader, TypeDefinitionHandle handle)
        {
            TypeDefinition type = reader.GetTypeDefinition(handle);
            string name = reader.GetString(type.Name);
            TypeDefinitionHandle declaring = type.GetDeclaringType();
            if (!declaring.IsNil)
            {
                return Of(reader, declaring) + "." + name;
            }

            return Qualify(reader.GetString(type.Namespace), name);
        }

        public static string Of(MetadataReader reader, TypeReferenceHandle handle)
        {
            TypeReference type = reader.GetTypeReference(handle);
            string name = reader.GetString(type.Name);
            if (type.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                return Of(reader, (TypeReferenceHandle)type.ResolutionScope) + "." + name;
            }

            return Qualify(reader.GetString(type.Namespace), name);
        }

        /// <summary>
        /// <c>Outer`1.Inner`1</c> with arguments (A, B) becomes <c>Outer{A}.Inner{B}</c>: metadata
        /// lists the arguments of all nesting levels in one flat list, outermost first.
        /// </summary>
        public static string Instantiate(string genericType, ImmutableArray<string> typeArguments)
        {
            var text = new StringBuilder();
            int next = 0;
            foreach (string segment in genericType.Split('.'))
            {
                if (text.Length > 0)
                {
                    text.Append('.');
                }

                int arity = ArityOf(segment, out int nameLength);
                text.Append(segment, 0, nameLength);
                if (arity > 0)
                {
                    text.Append('{');
                    for (int i = 0; i < arity; i++)
                    {
                        text.Append(i == 0 ? "" : ",").Append(typeArguments[next++]);
                    }

                    text.Append('}');
                }
            }

            return text.ToString();
        }

        /// <summary>The number after a trailing backtick (<c>Dictionary`2</c> has 2), or 0.</summary>
        public static int ArityOf(string name, out int nameLength)
        {
            nameLength = name.Length;
            int tick = name.LastIndexOf('`');
            if (tick <= 0 || tick == name.Length - 1)
            {
                return 0;
            }

            int arity = 0;
            for (int i = tick + 1; i < name.Length; i++)
            {
                if (name[i] < '0' || name[i] > '9')
                {
                    return 0;
                }

                arity = (arity * 10) + (name[i] - '0');
            }

            nameLength = tick;
            return arity;
        }

        private static string Qualify(string ns, string name)
        {
            return ns.Length == 0 ? name : ns + "." + name;
        }
    }
}
