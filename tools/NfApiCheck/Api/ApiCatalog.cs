using System.IO;
using NfApiCheck.DocIds;

namespace NfApiCheck.Api
{
    /// <summary>Everything known about the nanoFramework API: the listed IDs, the type hierarchy and the annotations.</summary>
    internal sealed class ApiCatalog
    {
        private ApiCatalog(ApiSurface surface, TypeHierarchy hierarchy, Annotations annotations)
        {
            Surface = surface;
            Hierarchy = hierarchy;
            Annotations = annotations;
        }

        public ApiSurface Surface { get; }

        public TypeHierarchy Hierarchy { get; }

        public Annotations Annotations { get; }

        public static ApiCatalog Load(string apiDirectory, System.Collections.Generic.ICollection<string> assemblies = null)
        {
            if (!Directory.Exists(apiDirectory))
            {
                throw new ConfigurationException("nanoFramework API directory not found: " + apiDirectory);
            }

            string annotations = Path.Combine(apiDirectory, "annotations");
            if (!Directory.Exists(annotations))
            {
                throw new ConfigurationException("annotations directory not found: " + annotations);
            }

            return new ApiCatalog(
                ApiSurface.Load(apiDirectory, assemblies),
                TypeHierarchy.Load(Path.Combine(annotations, "type-hierarchy.tsv")),
                Annotations.Load(annotations));
        }

        /// <summary>
        /// The listed member that a reference binds to: the member itself on the referenced type,
        /// else the same signature on the nearest ancestor that lists it (a call emitted as
        /// <c>M:System.ArgumentException.get_Message</c> binds to <c>M:System.Exception.get_Message</c>).
        /// Null when no type in the chain lists it.
        /// </summary>
        public MemberId Resolve(MemberId member)
        {
            if (Surface.Contains(member.Id))
            {
                return member;
            }

            foreach (string ancestor in Hierarchy.AncestorsOf(member.TypeId))
            {
                MemberId inherited = member.OnType(ancestor.Substring(2));
                if (Surface.Contains(inherited.Id))
                {
                    return inherited;
                }
            }

            return null;
        }
    }
}
