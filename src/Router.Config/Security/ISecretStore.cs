namespace Router.Config.Security
{
    /// <summary>
    /// A store of secrets that follows system security, such as the ENCO key store: its secrets
    /// persist in flash only while security is enabled, and are destroyed when it is disabled.
    /// </summary>
    public interface ISecretStore
    {
        /// <summary>What the console calls the secrets in messages ("ENCO keys").</summary>
        string Name { get; }

        /// <summary>
        /// System security is being enabled: keep the secrets (those held now and new ones) in
        /// flash. Returns null, or why the store could not (it is then as before, out of security mode).
        /// </summary>
        string SecurityEnabled();

        /// <summary>System security is disabled: destroy every secret, in RAM and in flash. Returns how many.</summary>
        int DestroyAll();
    }
}
