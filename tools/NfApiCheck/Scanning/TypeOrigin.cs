using System.Collections.Generic;
using System.Reflection.Metadata;
using NfApiCheck.DocIds;

namespace NfApiCheck.Scanning
{
    /// <summary>
    /// Where a referenced type comes from: this assembly, another assembly checked in the same run
    /// (both "ours"), or somewhere else (checked against the nanoFramework API).
    /// </summary>
    internal sealed class TypeOrigin
    {
        private readonly MetadataReader _reader;
        private readonly ISet<string> _ownAssemblies;

        public TypeOrigin(MetadataReader reader, ISet<string> ownAssemblies)
        {
            _reader = reader;
            _ownAssemblies = ownAssemblies;
        }

        /// <summary>
        /// True for a TypeDef or MethodDef, a TypeRef into this module or into an assembly checked
        /// in this run, and an instantiation of such a generic type (its definition is reported
        /// where it is declared).
        /// </summary>
        public bool IsOwn(EntityHandle type)
        {
            switch (type.Kind)
            {
                case HandleKind.TypeDefinition:
                case HandleKind.MethodDefinition:
                    return true;
                case HandleKind.TypeReference:
                    AssemblyReferenceHandle assembly = AssemblyOf((TypeReferenceHandle)type);
                    return assembly.IsNil || _ownAssemblies.Contains(_reader.GetString(_reader.GetAssemblyReference(assembly).Name));
                case HandleKind.TypeSpecification:
                    EntityHandle generic = MemberIds.GenericTypeOf(_reader, (TypeSpecificationHandle)type);
                    return !generic.IsNil && IsOwn(generic);
                default:
                    return false;
            }
        }

        /// <summary>
        /// The name of the assembly a type comes from when that is not a framework assembly (it
        /// has no public key, like our firmware libraries), else null.
        /// </summary>
        public string LibraryOf(EntityHandle type)
        {
            if (type.Kind == HandleKind.TypeSpecification)
            {
                type = MemberIds.GenericTypeOf(_reader, (TypeSpecificationHandle)type);
            }

            if (type.Kind != HandleKind.TypeReference)
            {
                return null;
            }

            AssemblyReferenceHandle handle = AssemblyOf((TypeReferenceHandle)type);
            if (handle.IsNil)
            {
                return null;
            }

            AssemblyReference assembly = _reader.GetAssemblyReference(handle);
            return assembly.PublicKeyOrToken.IsNil ? _reader.GetString(assembly.Name) : null;
        }

        /// <summary>The AssemblyRef a TypeRef resolves through (a nested TypeRef through its enclosing one); nil for this module.</summary>
        private AssemblyReferenceHandle AssemblyOf(TypeReferenceHandle type)
        {
            EntityHandle scope = _reader.GetTypeReference(type).ResolutionScope;
            while (scope.Kind == HandleKind.TypeReference)
            {
                scope = _reader.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope;
            }

            return scope.Kind == HandleKind.AssemblyReference ? (AssemblyReferenceHandle)scope : default;
        }
    }
}
