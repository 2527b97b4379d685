using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Text;

namespace NfApiCheck.DocIds
{
    /// <summary>
    /// Decodes metadata signatures into the type part of Roslyn documentation-comment IDs:
    /// <c>System.Int32@</c>, <c>System.Byte[]</c>, <c>System.Collections.Generic.List{System.Int32}</c>,
    /// <c>`0</c> for a type parameter, <c>``0</c> for a method type parameter.
    /// When given a <see cref="MentionedTypes"/>, it also records every type it meets, so the
    /// caller learns which types a signature uses.
    /// </summary>
    internal sealed class DocIdTypeProvider : ISignatureTypeProvider<string, object>
    {
        private readonly MentionedTypes _mentioned;

        public DocIdTypeProvider(MentionedTypes mentioned = null)
        {
            _mentioned = mentioned;
        }

        public string GetPrimitiveType(PrimitiveTypeCode typeCode)
        {
            _mentioned?.Primitives.Add(typeCode);
            return PrimitiveTypeNames.Of(typeCode);
        }

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            _mentioned?.Handles.Add(handle);
            return TypeNames.Of(reader, handle);
        }

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            _mentioned?.Handles.Add(handle);
            return TypeNames.Of(reader, handle);
        }

        public string GetTypeFromSpecification(MetadataReader reader, object genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        {
            _mentioned?.Handles.Add(handle);
            return reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
        }

        public string GetSZArrayType(string elementType)
        {
            return elementType + "[]";
        }

        public string GetArrayType(string elementType, ArrayShape shape)
        {
            // Roslyn writes every dimension of a multi-dimensional array as "0:" (lower bound 0, no size).
            var text = new StringBuilder(elementType).Append('[');
            for (int i = 0; i < shape.Rank; i++)
            {
                text.Append(i == 0 ? "0:" : ",0:");
            }

            return text.Append(']').ToString();
        }

        public string GetByReferenceType(string elementType)
        {
            return elementType + "@";
        }

        public string GetPointerType(string elementType)
        {
            return elementType + "*";
        }

        public string GetPinnedType(string elementType)
        {
            return elementType;
        }

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired)
        {
            // Doc IDs ignore custom modifiers (modreq(InAttribute) on 'in' parameters, IsVolatile, ...).
            return unmodifiedType;
        }

        public string GetGenericTypeParameter(object genericContext, int index)
        {
            return "`" + index;
        }

        public string GetGenericMethodParameter(object genericContext, int index)
        {
            return "``" + index;
        }

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
        {
            return TypeNames.Instantiate(genericType, typeArguments);
        }

        public string GetFunctionPointerType(MethodSignature<string> signature)
        {
            // No C# doc-ID form exists for function pointers; this text only has to be readable
            // and never match the API list (nanoFramework has no function pointers).
            return "delegate*(" + string.Join(",", signature.ParameterTypes) + ")~" + signature.ReturnType;
        }
    }
}
