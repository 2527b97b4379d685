using NfApiCheck.DocIds;

namespace NfApiCheck.Scanning
{
    /// <summary>One use of an external type or member by our assembly, by its doc ID.</summary>
    internal sealed class Reference
    {
        public Reference(string id, MemberId member, UseKind use, string context, string library = null)
        {
            Id = id;
            Member = member;
            Use = use;
            Context = context;
            Library = library;
        }

        /// <summary>"T:...", "M:..." or "F:...".</summary>
        public string Id { get; }

        /// <summary>The split member ID for inheritance lookups; null for a type.</summary>
        public MemberId Member { get; }

        public UseKind Use { get; }

        /// <summary>Where in our assembly: "Router.Core.ByteReader.Reset", "assembly", ...</summary>
        public string Context { get; }

        /// <summary>The assembly it comes from when that is not a framework (strong-named) assembly, else null.</summary>
        public string Library { get; }

        public override string ToString()
        {
            return Id + " (" + Use + " in " + Context + ")";
        }
    }
}
