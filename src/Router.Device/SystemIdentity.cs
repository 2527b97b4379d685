using Router.Config.Settings;
using Router.Pki.Commands;

namespace Router.Device
{
    /// <summary>The PKI commands' view of "set system distinguishedname": read live, so a change applies at once.</summary>
    internal sealed class SystemIdentity : ISystemIdentity
    {
        private readonly SystemSettings _settings;

        public SystemIdentity(SystemSettings settings)
        {
            _settings = settings;
        }

        public string DistinguishedName
        {
            get { return _settings.DistinguishedName == null ? string.Empty : _settings.DistinguishedName; }
        }
    }
}
