namespace Router.Pki.Commands
{
    /// <summary>
    /// The router's own X.500 name (set system distinguishedname=..., kept by Router.Config), the
    /// subject of an enrollment request made without SUBJECT=. The composition root adapts the
    /// system settings to it.
    /// </summary>
    public interface ISystemIdentity
    {
        /// <summary>The distinguished name text, or an empty string when none is set.</summary>
        string DistinguishedName { get; }
    }
}
