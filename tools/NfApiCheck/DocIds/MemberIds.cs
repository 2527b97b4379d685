using System.Reflection.Metadata;
using System.Text;

namespace NfApiCheck.DocIds
{
    /// <summary>Builds doc IDs of methods and fields, whether defined here (MethodDef/FieldDef) or referenced (MemberRef).</summary>
    internal static class MemberIds
    {
        public static MemberId Of(MetadataReader reader, MethodDefinitionHandle handle, DocIdTypeProvider provider)
        {
            MethodDefinition method = reader.GetMethodDefinition(handle);
            MethodSignature<string> signature = method.DecodeSignature(provider, null);
            string typeName = TypeNames.Of(reader, method.GetDeclaringType());
            return new MemberId('M', typeName, MethodSuffix(reader.GetString(method.Name), signature));
        }

        public static MemberId Of(MetadataReader reader, FieldDefinitionHandle handle)
        {
            FieldDefinition field = reader.GetFieldDefinition(handle);
            return new MemberId('F', TypeNames.Of(reader, field.GetDeclaringType()), reader.GetString(field.Name));
        }

        /// <summary>
        /// A MemberRef's ID names the member as declared: on a generic instantiation such as
        /// <c>List&lt;int&gt;.Add</c> it is <c>M:System.Collections.Generic.List`1.Add(`0)</c>,
        /// which is what the MemberRef signature already encodes. Returns null for a parent
        /// that is a method (vararg call sites), which only happens for our own methods.
        /// </summary>
        public static MemberId Of(MetadataReader reader, MemberReferenceHandle handle, DocIdTypeProvider provider)
        {
            MemberReference member = reader.GetMemberReference(handle);
            string typeName = ParentTypeName(reader, member.Parent, provider);
            if (typeName == null)
            {
                return null;
            }

            string name = reader.GetString(member.Name);
            if (member.GetKind() == MemberReferenceKind.Field)
            {
                member.DecodeFieldSignature(provider, null);
                return new MemberId('F', typeName, name);
            }

            return new MemberId('M', typeName, MethodSuffix(name, member.DecodeMethodSignature(provider, null)));
        }

        /// <summary>Name, generic arity, parameters and, for conversion operators, the return type.</summary>
        public static string MethodSuffix(string name, MethodSignature<string> signature)
        {
            var text = new StringBuilder(EscapeName(name));
            if (signature.GenericParameterCount > 0)
            {
                text.Append("``").Append(signature.GenericParameterCount);
            }

            if (signature.ParameterTypes.Length > 0)
            {
                text.Append('(').Append(string.Join(",", signature.ParameterTypes)).Append(')');
            }

            if (name == "op_Implicit" || name == "op_Explicit")
            {
                text.Append('~').Append(signature.ReturnType);
            }

            return text.ToString();
        }

        /// <summary>
        /// The generic type a TypeSpec instantiates (a TypeDef or TypeRef handle), or a nil
        /// handle when the TypeSpec is something else (an array, a type parameter).
        /// </summary>
        public static EntityHandle GenericTypeOf(MetadataReader reader, TypeSpecificationHandle handle)
        {
            BlobReader blob = reader.GetBlobReader(reader.GetTypeSpecification(handle).Signature);
            if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance)
            {
                return default;
            }

            blob.ReadSignatureTypeCode(); // CLASS or VALUETYPE
            return blob.ReadTypeHandle();
        }

        private static string ParentTypeName(MetadataReader reader, EntityHandle parent, DocIdTypeProvider provider)
        {
            switch (parent.Kind)
            {
                case HandleKind.TypeDefinition:
                    return provider.GetTypeFromDefinition(reader, (TypeDefinitionHandle)parent, 0);
                case HandleKind.TypeReference:
                    return provider.GetTypeFromReference(reader, (TypeReferenceHandle)parent, 0);
                case HandleKind.TypeSpecification:
                    var spec = (TypeSpecificationHandle)parent;
                    string decoded = provider.GetTypeFromSpecification(reader, null, spec, 0);
                    EntityHandle generic = GenericTypeOf(reader, spec);
                    return generic.IsNil ? decoded : GenericDefinitionName(reader, generic);
                case HandleKind.ModuleReference:
                    return "<Module " + reader.GetString(reader.GetModuleReference((ModuleReferenceHandle)parent).Name) + ">";
                default:
                    return null;
            }
        }

        private static string GenericDefinitionName(MetadataReader reader, EntityHandle generic)
        {
            return generic.Kind == HandleKind.TypeDefinition
                ? TypeNames.Of(reader, (TypeDefinitionHandle)generic)
                : TypeNames.Of(reader, (TypeReferenceHandle)generic);
        }

        /// <summary>Roslyn's escaping: ".ctor" becomes "#ctor", "System.IDisposable.Dispose" (an explicit implementation) "System#IDisposable#Dispose".</summary>
        private static string EscapeName(string name)
        {
            return name.Replace('.', '#').Replace('<', '{').Replace('>', '}');
        }
    }
}
