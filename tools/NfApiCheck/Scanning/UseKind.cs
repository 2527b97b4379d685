namespace NfApiCheck.Scanning
{
    /// <summary>How our assembly uses an external type or member; the rules treat attribute usages specially.</summary>
    internal enum UseKind
    {
        /// <summary>The constructor (and so the type) of a custom attribute applied to something of ours.</summary>
        Attribute,

        /// <summary>An IL operand, a local variable type or a catch clause.</summary>
        Code,

        /// <summary>Part of our declarations: base type, interface, field, parameter or return type, override target, constraint.</summary>
        Declaration,

        /// <summary>A TypeRef/MemberRef/TypeSpec/MethodSpec row that no walk reached; checked anyway.</summary>
        Unreached,
    }
}
