using NfApiCheck.Api;
using NfApiCheck.DocIds;
using NfApiCheck.Scanning;

namespace NfApiCheck.Rules
{
    /// <summary>
    /// Decides whether one reference is fine on nanoFramework 1.x. In order: allowed.tsv entries;
    /// compiler-emitted attributes used as attributes; listed in the API (members through the
    /// type hierarchy); not obsolete with error; [ExcludeType] types only as attributes; not a
    /// member that always throws. README.md explains each rule.
    /// </summary>
    internal sealed class ReferenceRules
    {
        /// <summary>Our own generic type or method: the 1.x runtime cannot load it.</summary>
        public static readonly Violation GenericDefinition =
            new Violation("generic definition: nanoFramework 1.x has no generics at runtime", "use object, arrays or a small typed class");

        private readonly ApiCatalog _api;
        private readonly AllowedList _allowed;

        public ReferenceRules(ApiCatalog api, AllowedList allowed)
        {
            _api = api;
            _allowed = allowed;
        }

        /// <summary>Null when the reference is fine.</summary>
        public Violation Judge(Reference reference)
        {
            if (_allowed.Contains(reference.Id))
            {
                return null;
            }

            string typeId = reference.Member == null ? reference.Id : reference.Member.TypeId;
            if (reference.Use == UseKind.Attribute && CompilerEmittedAttributes.Contains(typeId))
            {
                return null;
            }

            return reference.Member == null ? JudgeType(reference) : JudgeMember(reference);
        }

        private Violation JudgeType(Reference reference)
        {
            if (!_api.Surface.Contains(reference.Id))
            {
                return Missing(reference);
            }

            return Obsolete(reference.Id) ?? Excluded(reference.Id, reference.Use);
        }

        private Violation JudgeMember(Reference reference)
        {
            MemberId resolved = _api.Resolve(reference.Member);
            if (resolved == null)
            {
                return Missing(reference);
            }

            return Obsolete(resolved.Id)
                ?? Obsolete(resolved.TypeId)
                ?? Excluded(resolved.TypeId, reference.Use)
                ?? Throwing(resolved);
        }

        private Violation Missing(Reference reference)
        {
            if (reference.Library != null)
            {
                return new Violation(
                    "not in the nanoFramework API: it comes from " + reference.Library + ", which is not checked in this run",
                    "check the firmware libraries together (--firmware), or remove the dependency");
            }

            string reason = _api.Annotations.IsGenericUnsupported(reference.Id)
                ? "generic: declared in the nanoFramework 1.x sources but unusable on 1.x firmware"
                : "not in the nanoFramework API";
            return new Violation(reason, Hints.For(reference.Id));
        }

        private Violation Obsolete(string id)
        {
            return _api.Annotations.TryGetObsoleteError(id, out string message)
                ? new Violation("obsolete with error on nanoFramework: " + message, null)
                : null;
        }

        private Violation Excluded(string typeId, UseKind use)
        {
            return use != UseKind.Attribute && _api.Annotations.IsExcludedType(typeId)
                ? new Violation("[ExcludeType] " + typeId + ": stripped from the deployed assembly, usable only as an attribute", null)
                : null;
        }

        /// <summary>
        /// A member whose body is a single throw. For one marked virtual, the lookup above already
        /// stops at the nearest declaration from the referenced type, so a reference that binds to
        /// a listed override is not flagged; one that binds to the throwing declaration itself is.
        /// </summary>
        private Violation Throwing(MemberId resolved)
        {
            if (!_api.Annotations.TryGetThrowing(resolved.Id, out ThrowingMember throwing))
            {
                return null;
            }

            string reason = "always throws " + throwing.ExceptionType + " on nanoFramework";
            if (throwing.IsVirtual)
            {
                reason += " (virtual: the call binds to the throwing declaration " + resolved.Id + ")";
            }

            return new Violation(reason, null);
        }
    }
}
