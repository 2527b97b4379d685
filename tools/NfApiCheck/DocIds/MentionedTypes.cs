using System.Collections.Generic;
using System.Reflection.Metadata;

namespace NfApiCheck.DocIds
{
    /// <summary>
    /// The types one decoded signature mentions: TypeDef, TypeRef and TypeSpec handles (a TypeSpec's
    /// own contents are listed too) and the primitive element types, which have no token.
    /// </summary>
    internal sealed class MentionedTypes
    {
        public List<EntityHandle> Handles { get; } = new List<EntityHandle>();

        public List<PrimitiveTypeCode> Primitives { get; } = new List<PrimitiveTypeCode>();

        public void Clear()
        {
            Handles.Clear();
            Primitives.Clear();
        }
    }
}
