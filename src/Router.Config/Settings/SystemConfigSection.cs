using Router.Config.Scripts;

namespace Router.Config.Settings
{
    /// <summary>The system settings as configuration commands: set system ..., set log utcoffset=....</summary>
    public sealed class SystemConfigSection : IConfigSection
    {
        private readonly SystemSettings _settings;

        public SystemConfigSection(SystemSettings settings)
        {
            _settings = settings;
        }

        public void WriteConfig(ScriptBuilder script)
        {
            script.Command("set system");
            script.Parameter("name", _settings.Name);
            if (_settings.DistinguishedName.Length > 0)
            {
                script.Parameter("distinguishedname", _settings.DistinguishedName);
            }

            script.EndCommand();
            if (_settings.UtcOffsetHours != 0)
            {
                script.Command("set log");
                script.Parameter("utcoffset", _settings.UtcOffsetHours);
                script.EndCommand();
            }
        }
    }
}
