namespace Router.Cli
{
    /// <summary>
    /// Users, login, system security, configuration scripts, system settings and restart:
    /// the commands the SSL chapter's worked example (000) and the IPsec examples (001) use.
    /// Their own chapters are not in the seeds, so the syntax is designed in the same style.
    /// </summary>
    internal static class CatalogSystem
    {
        public static void Register(CommandTable table)
        {
            // 000: add user="cipher" password="sbr4y3" privilege=securityofficer login=yes
            // 001: add user=secoff pass=secoff priv=sec login=yes telnet=yes
            CommandCatalog.Security(table, "ADD USER=name(1..64) PASSword=text(1..64) [PRIVilege={USER|MANager|SECurityofficer}] [LOGin=bool] [TELnet=bool] [DESCription=text(1..23)]");
            CommandCatalog.Security(table, "DELete USER=name(1..64)");
            CommandCatalog.Security(table, "SET USER [SECUREDelay=10..3600]");
            CommandCatalog.Manager(table, "SHow USER[=name(1..64)]");

            // 000: login cipher (the password is prompted for)
            table.RegisterPending("LOGin <LOGINNAME=name(1..64)>", Privilege.User, false);

            // 000: Only a Security Officer may enable (or disable) system security.
            table.RegisterPending("ENAble SYStem SECurity", Privilege.SecurityOfficer, true);
            table.RegisterPending("DISable SYStem SECurity", Privilege.SecurityOfficer, true);

            CommandCatalog.Manager(table, "SET SYStem [NAme=text(0..80)] [DISTinguishedname=text(1..255)]");
            CommandCatalog.Manager(table, "SET LOG UTCoffset={NONE|-24..24}");

            // 000/001: create config=ssl.cfg, set config=ipsec.cfg
            CommandCatalog.Manager(table, "CREate CONFig=name(1..64)");
            CommandCatalog.Manager(table, "SET CONFig={NONE|name(1..64)}");

            CommandCatalog.Manager(table, "RESTART ROUTER");
            CommandCatalog.Manager(table, "RESTART REBOOT");
        }
    }
}
