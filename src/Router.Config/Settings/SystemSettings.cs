namespace Router.Config.Settings
{
    /// <summary>
    /// The router's identity and local time settings: <c>set system name=... distinguishedname=...</c>
    /// and <c>set log utcoffset=...</c>. Part of the running configuration (create config saves them).
    /// </summary>
    public sealed class SystemSettings
    {
        public const string DefaultName = "router";

        /// <summary>Shown in show system.</summary>
        public string Name = DefaultName;

        /// <summary>The router's X.500 name for PKI ("cn=router1,o=my_company,c=us"); empty when unset.</summary>
        public string DistinguishedName = string.Empty;

        /// <summary>Local time minus UTC, in hours (000: set log utcoffset=7); 0 for none.</summary>
        public int UtcOffsetHours;
    }
}
