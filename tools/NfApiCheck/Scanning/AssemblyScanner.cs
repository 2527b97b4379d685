using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using NfApiCheck.DocIds;

namespace NfApiCheck.Scanning
{
    /// <summary>
    /// Walks one assembly and lists every use of an external type or member, with where it is
    /// used: our declarations (base types, interfaces, field and method signatures, overrides,
    /// constraints), our method bodies (IL operands, locals, catch clauses) and custom attributes.
    /// Our own TypeDefs, MethodDefs and FieldDefs are not checked, nor references into the other
    /// firmware assemblies checked in the same run, but the external types inside our signatures
    /// and generic instantiations are. Finally every TypeRef, MemberRef, TypeSpec and
    /// MethodSpec row the walk did not reach is checked too, so nothing in the tables is missed.
    /// </summary>
    internal sealed class AssemblyScanner
    {
        private readonly PEReader _pe;
        private readonly MetadataReader _reader;
        private readonly MentionedTypes _mentioned = new MentionedTypes();
        private readonly DocIdTypeProvider _provider;
        private readonly HashSet<EntityHandle> _reached = new HashSet<EntityHandle>();
        private readonly Dictionary<ParameterHandle, string> _parameterOwners = new Dictionary<ParameterHandle, string>();
        private readonly List<Reference> _references = new List<Reference>();
        private readonly List<string> _genericDefinitions = new List<string>();
        private readonly TypeOrigin _origin;

        private AssemblyScanner(PEReader pe, ISet<string> ownAssemblies)
        {
            _pe = pe;
            _reader = pe.GetMetadataReader();
            _provider = new DocIdTypeProvider(_mentioned);
            _origin = new TypeOrigin(_reader, ownAssemblies);
        }

        /// <param name="ownAssemblies">
        /// Names of the assemblies checked together with this one (the firmware libraries): a
        /// reference into one of them is ours, and that assembly is checked on its own.
        /// </param>
        public static ScanResult Scan(string assemblyPath, ISet<string> ownAssemblies = null)
        {
            using (PEReader pe = Open(assemblyPath))
            {
                return new AssemblyScanner(pe, ownAssemblies ?? new HashSet<string>()).Run();
            }
        }

        public static string ReadAssemblyName(string assemblyPath)
        {
            using (PEReader pe = Open(assemblyPath))
            {
                return NameOf(pe.GetMetadataReader());
            }
        }

        private static PEReader Open(string assemblyPath)
        {
            var pe = new PEReader(File.OpenRead(assemblyPath));
            if (!pe.HasMetadata)
            {
                pe.Dispose();
                throw new ConfigurationException("not a .NET assembly: " + assemblyPath);
            }

            return pe;
        }

        private static string NameOf(MetadataReader reader)
        {
            return reader.IsAssembly
                ? reader.GetString(reader.GetAssemblyDefinition().Name)
                : reader.GetString(reader.GetModuleDefinition().Name);
        }

        private ScanResult Run()
        {
            foreach (TypeDefinitionHandle type in _reader.TypeDefinitions)
            {
                ScanType(type);
            }

            foreach (CustomAttributeHandle handle in _reader.CustomAttributes)
            {
                CustomAttribute attribute = _reader.GetCustomAttribute(handle);
                UseMember(attribute.Constructor, UseKind.Attribute, ContextOf(attribute.Parent));
            }

            CheckUnreachedRows();
            return new ScanResult(NameOf(_reader), _references, _genericDefinitions);
        }

        private void ScanType(TypeDefinitionHandle handle)
        {
            TypeDefinition type = _reader.GetTypeDefinition(handle);
            string context = TypeNames.Of(_reader, handle);
            if (IntroducesGenericParameters(type))
            {
                _genericDefinitions.Add("T:" + context);
            }

            UseType(type.BaseType, UseKind.Declaration, context);
            foreach (InterfaceImplementationHandle item in type.GetInterfaceImplementations())
            {
                UseType(_reader.GetInterfaceImplementation(item).Interface, UseKind.Declaration, context);
            }

            UseConstraints(type.GetGenericParameters(), context);
            foreach (FieldDefinitionHandle field in type.GetFields())
            {
                FieldDefinition definition = _reader.GetFieldDefinition(field);
                definition.DecodeSignature(_provider, null);
                UseMentioned(UseKind.Declaration, context + "." + _reader.GetString(definition.Name));
            }

            foreach (MethodDefinitionHandle method in type.GetMethods())
            {
                ScanMethod(method, context);
            }

            foreach (MethodImplementationHandle item in type.GetMethodImplementations())
            {
                // Explicit overrides and interface implementations name the member they implement.
                UseMember(_reader.GetMethodImplementation(item).MethodDeclaration, UseKind.Declaration, context);
            }
        }

        private void ScanMethod(MethodDefinitionHandle handle, string typeContext)
        {
            MethodDefinition method = _reader.GetMethodDefinition(handle);
            string name = _reader.GetString(method.Name);
            string context = typeContext + "." + name;
            foreach (ParameterHandle parameter in method.GetParameters())
            {
                _parameterOwners[parameter] = context;
            }

            MethodSignature<string> signature = method.DecodeSignature(_provider, null);
            if (signature.GenericParameterCount > 0)
            {
                _genericDefinitions.Add(new MemberId('M', typeContext, MemberIds.MethodSuffix(name, signature)).Id);
            }

            UseMentioned(UseKind.Declaration, context);
            UseConstraints(method.GetGenericParameters(), context);
            if (method.RelativeVirtualAddress != 0)
            {
                ScanBody(_pe.GetMethodBody(method.RelativeVirtualAddress), context);
            }
        }

        private void ScanBody(MethodBodyBlock body, string context)
        {
            if (!body.LocalSignature.IsNil)
            {
                _reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(_provider, null);
                UseMentioned(UseKind.Code, context);
            }

            foreach (ExceptionRegion region in body.ExceptionRegions)
            {
                if (region.Kind == ExceptionRegionKind.Catch)
                {
                    UseType(region.CatchType, UseKind.Code, context);
                }
            }

            foreach (EntityHandle token in IlTokens.Read(body.GetILReader()))
            {
                switch (token.Kind)
                {
                    case HandleKind.TypeReference:
                    case HandleKind.TypeSpecification:
                        UseType(token, UseKind.Code, context);
                        break;
                    case HandleKind.MemberReference:
                    case HandleKind.MethodSpecification:
                        UseMember(token, UseKind.Code, context);
                        break;
                    case HandleKind.StandaloneSignature: // calli
                        _reader.GetStandaloneSignature((StandaloneSignatureHandle)token).DecodeMethodSignature(_provider, null);
                        UseMentioned(UseKind.Code, context);
                        break;
                }
            }
        }

        private void UseConstraints(GenericParameterHandleCollection parameters, string context)
        {
            foreach (GenericParameterHandle parameter in parameters)
            {
                foreach (GenericParameterConstraintHandle constraint in _reader.GetGenericParameter(parameter).GetConstraints())
                {
                    UseType(_reader.GetGenericParameterConstraint(constraint).Type, UseKind.Declaration, context);
                }
            }
        }

        /// <summary>Records a use of a TypeRef or of the external types inside a TypeSpec; our TypeDefs are skipped.</summary>
        private void UseType(EntityHandle handle, UseKind use, string context)
        {
            if (handle.Kind == HandleKind.TypeReference)
            {
                MarkReached(handle);
                if (!_origin.IsOwn(handle))
                {
                    Add("T:" + TypeNames.Of(_reader, (TypeReferenceHandle)handle), null, use, context, _origin.LibraryOf(handle));
                }
            }
            else if (handle.Kind == HandleKind.TypeSpecification)
            {
                _reached.Add(handle);
                _reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(_provider, null);
                UseMentioned(use, context);
            }
        }

        /// <summary>Records a use of a MemberRef (and its parent type) or of a MethodSpec's method and type arguments.</summary>
        private void UseMember(EntityHandle handle, UseKind use, string context)
        {
            if (handle.Kind == HandleKind.MethodSpecification)
            {
                _reached.Add(handle);
                MethodSpecification spec = _reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                UseMember(spec.Method, use, context);
                spec.DecodeSignature(_provider, null);
                UseMentioned(use, context);
                return;
            }

            if (handle.Kind != HandleKind.MemberReference)
            {
                return; // our own MethodDef or FieldDef
            }

            _reached.Add(handle);
            EntityHandle parent = _reader.GetMemberReference((MemberReferenceHandle)handle).Parent;
            UseType(parent, use, context);

            // The member's own signature needs no separate check: if the API lists the member,
            // it has the types in its signature. Decoding it marks those TypeRefs as reached.
            MemberId member = MemberIds.Of(_reader, (MemberReferenceHandle)handle, _provider);
            MarkMentionedReached();
            if (member != null && !_origin.IsOwn(parent))
            {
                Add(member.Id, member, use, context, _origin.LibraryOf(parent));
            }
        }

        private void UseMentioned(UseKind use, string context)
        {
            EntityHandle[] handles = _mentioned.Handles.ToArray();
            PrimitiveTypeCode[] primitives = _mentioned.Primitives.ToArray();
            _mentioned.Clear();
            foreach (EntityHandle handle in handles)
            {
                if (handle.Kind == HandleKind.TypeReference)
                {
                    UseType(handle, use, context);
                }
                else
                {
                    _reached.Add(handle); // a TypeSpec's contents are already in the list
                }
            }

            foreach (PrimitiveTypeCode primitive in primitives)
            {
                Add("T:" + PrimitiveTypeNames.Of(primitive), null, use, context, null);
            }
        }

        private void MarkMentionedReached()
        {
            foreach (EntityHandle handle in _mentioned.Handles)
            {
                MarkReached(handle);
            }

            _mentioned.Clear();
        }

        /// <summary>A nested TypeRef is checked by its full name, which covers the enclosing TypeRefs.</summary>
        private void MarkReached(EntityHandle handle)
        {
            while (_reached.Add(handle) && handle.Kind == HandleKind.TypeReference)
            {
                EntityHandle scope = _reader.GetTypeReference((TypeReferenceHandle)handle).ResolutionScope;
                if (scope.Kind != HandleKind.TypeReference)
                {
                    break;
                }

                handle = scope;
            }
        }

        private void CheckUnreachedRows()
        {
            const string context = "(metadata table, unreached)";
            for (int row = 1; row <= _reader.GetTableRowCount(TableIndex.MethodSpec); row++)
            {
                CheckIfUnreached(MetadataTokens.MethodSpecificationHandle(row), context);
            }

            foreach (MemberReferenceHandle handle in _reader.MemberReferences)
            {
                CheckIfUnreached(handle, context);
            }

            for (int row = 1; row <= _reader.GetTableRowCount(TableIndex.TypeSpec); row++)
            {
                CheckIfUnreached(MetadataTokens.TypeSpecificationHandle(row), context);
            }

            foreach (TypeReferenceHandle handle in _reader.TypeReferences)
            {
                CheckIfUnreached(handle, context);
            }
        }

        private void CheckIfUnreached(EntityHandle handle, string context)
        {
            if (_reached.Contains(handle))
            {
                return;
            }

            if (handle.Kind == HandleKind.TypeReference || handle.Kind == HandleKind.TypeSpecification)
            {
                UseType(handle, UseKind.Unreached, context);
            }
            else
            {
                UseMember(handle, UseKind.Unreached, context);
            }
        }

        private void Add(string id, MemberId member, UseKind use, string context, string library)
        {
            _references.Add(new Reference(id, member, use, context, library));
        }

        /// <summary>
        /// Nested types repeat their declaring type's generic parameters in metadata; only a type
        /// that adds parameters of its own is a generic definition in the source.
        /// </summary>
        private bool IntroducesGenericParameters(TypeDefinition type)
        {
            int count = type.GetGenericParameters().Count;
            TypeDefinitionHandle declaring = type.GetDeclaringType();
            int inherited = declaring.IsNil ? 0 : _reader.GetTypeDefinition(declaring).GetGenericParameters().Count;
            return count > inherited;
        }

        /// <summary>Names what a custom attribute is applied to, for the report.</summary>
        private string ContextOf(EntityHandle target)
        {
            switch (target.Kind)
            {
                case HandleKind.AssemblyDefinition:
                    return "assembly";
                case HandleKind.ModuleDefinition:
                    return "module";
                case HandleKind.TypeDefinition:
                    return TypeNames.Of(_reader, (TypeDefinitionHandle)target);
                case HandleKind.MethodDefinition:
                    MethodDefinition method = _reader.GetMethodDefinition((MethodDefinitionHandle)target);
                    return TypeNames.Of(_reader, method.GetDeclaringType()) + "." + _reader.GetString(method.Name);
                case HandleKind.FieldDefinition:
                    FieldDefinition field = _reader.GetFieldDefinition((FieldDefinitionHandle)target);
                    return TypeNames.Of(_reader, field.GetDeclaringType()) + "." + _reader.GetString(field.Name);
                case HandleKind.Parameter:
                    return _parameterOwners.TryGetValue((ParameterHandle)target, out string owner) ? owner : "parameter";
                case HandleKind.PropertyDefinition:
                    PropertyDefinition property = _reader.GetPropertyDefinition((PropertyDefinitionHandle)target);
                    PropertyAccessors accessors = property.GetAccessors();
                    return OwnerOf(accessors.Getter.IsNil ? accessors.Setter : accessors.Getter) + "." + _reader.GetString(property.Name);
                case HandleKind.EventDefinition:
                    EventDefinition @event = _reader.GetEventDefinition((EventDefinitionHandle)target);
                    return OwnerOf(@event.GetAccessors().Adder) + "." + _reader.GetString(@event.Name);
                default:
                    return target.Kind.ToString();
            }
        }

        private string OwnerOf(MethodDefinitionHandle accessor)
        {
            return TypeNames.Of(_reader, _reader.GetMethodDefinition(accessor).GetDeclaringType());
        }
    }
}
