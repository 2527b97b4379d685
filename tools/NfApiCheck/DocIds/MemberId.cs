namespace NfApiCheck.DocIds
{
    /// <summary>
    /// A member's doc ID split where inheritance lookups need it: kind ('M' or 'F'), declaring
    /// type name and the rest (<c>Concat(System.String,System.String)</c>), so the same member
    /// can be looked up on a base type.
    /// </summary>
    internal sealed class MemberId
    {
        public MemberId(char kind, string typeName, string suffix)
        {
            Kind = kind;
            TypeName = typeName;
            Suffix = suffix;
        }

        public char Kind { get; }

        public string TypeName { get; }

        public string Suffix { get; }

        public string Id => Kind + ":" + TypeName + "." + Suffix;

        public string TypeId => "T:" + TypeName;

        public MemberId OnType(string typeName)
        {
            return new MemberId(Kind, typeName, Suffix);
        }

        public override string ToString()
        {
            return Id;
        }
    }
}
