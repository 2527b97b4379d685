using Router.Cli;
using Router.Core;
using Router.Config.Users;

namespace Router.Config.Security
{
    /// <summary>
    /// System security (the manuals' "security mode"): while enabled, only Security Officers may
    /// change security configuration (the command table flags those commands and the dispatcher
    /// enforces it), and the secret stores keep their secrets in flash. Enabling needs a Security
    /// Officer; disabling destroys every secret. The flag itself persists in
    /// <see cref="SystemState"/>; each change is logged.
    /// </summary>
    public sealed class SecurityMode
    {
        private const int MaxStores = 4;

        private readonly SystemState _state;
        private readonly UserDatabase _users;
        private readonly EventLog _log;
        private readonly ISecretStore[] _stores = new ISecretStore[MaxStores];
        private int _storeCount;

        public SecurityMode(SystemState state, UserDatabase users, EventLog log)
        {
            _state = state;
            _users = users;
            _log = log;
        }

        public bool IsEnabled
        {
            get { return _state.SecurityEnabled; }
        }

        public int StoreCount
        {
            get { return _storeCount; }
        }

        public ISecretStore GetStore(int index)
        {
            return _stores[index];
        }

        /// <summary>Adds a store that follows system security (at most four; a fifth is a wiring mistake).</summary>
        public void Register(ISecretStore store)
        {
            if (_storeCount == MaxStores)
            {
                throw new System.InvalidOperationException("too many secret stores");
            }

            _stores[_storeCount++] = store;
        }

        /// <summary>Whether a Security Officer exists, the condition for enabling.</summary>
        public bool CanEnable
        {
            get { return _users.CountWith(Privilege.SecurityOfficer) > 0; }
        }

        /// <summary>
        /// Enables system security, then has every store keep its secrets in flash. Returns null,
        /// or why a store refused (security is then disabled again; a store enabled before the
        /// one that refused keeps its files until the next boot, which wipes them). Throws
        /// StorageException when the flag cannot be saved (nothing changed).
        /// </summary>
        public string Enable(string byWhom)
        {
            _state.SetSecurityEnabled(true);
            for (int i = 0; i < _storeCount; i++)
            {
                string problem = _stores[i].SecurityEnabled();
                if (problem != null)
                {
                    _log.Add(LogSeverity.Error, "SECURITY", "System security not enabled: " + problem);
                    try
                    {
                        _state.SetSecurityEnabled(false);
                    }
                    catch (Router.Core.Storage.StorageException)
                    {
                        // The next boot reads "enabled" with no secrets on flash: harmless.
                    }

                    return problem;
                }
            }

            _log.Add(LogSeverity.Info, "SECURITY", "System security enabled by " + byWhom);
            return null;
        }

        /// <summary>
        /// Destroys every secret of every store, then disables system security. Returns how many
        /// secrets were destroyed. Throws StorageException when the flag cannot be saved (the
        /// secrets are gone all the same).
        /// </summary>
        public int Disable(string byWhom)
        {
            int destroyed = 0;
            for (int i = 0; i < _storeCount; i++)
            {
                destroyed += _stores[i].DestroyAll();
            }

            _log.Add(LogSeverity.Warning, "SECURITY", "System security disabled by " + byWhom + ": "
                + destroyed.ToString() + " secrets destroyed");
            _state.SetSecurityEnabled(false);
            return destroyed;
        }
    }
}
