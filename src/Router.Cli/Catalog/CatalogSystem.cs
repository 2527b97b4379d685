namespace Router.Cli
{
    /// <summary>
    /// Users, login, system security, configuration scripts and files, system settings, time,
    /// the event log and restart: the commands the SSL chapter's worked example (000) and the
    /// IPsec examples (001) use. Their own chapters are not in the seeds, so the syntax is
    /// designed in the same style.
    /// </summary>
    internal static class CatalogSystem
    {
        public static void Register(CommandTable table)
        {
            RegisterUsers(table);
            RegisterSecurity(table);
            RegisterSettings(table);
            RegisterFiles(table);
        }

        private static void RegisterUsers(CommandTable table)
        {
            // 000: add user="cipher" password="sbr4y3" privilege=securityofficer login=yes
            // 001: add user=secoff pass=secoff priv=sec login=yes telnet=yes
            // PASSWORDHash carries a stored hash instead of a password: the form create config
            // writes, so that a configuration script never holds a password.
            CommandCatalog.Security(table, "ADD USER=name(1..64) [PASSword=text(1..64)] [PASSWORDHash=text(1..160)] [PRIVilege={USER|MANager|SECurityofficer}] [LOGin=bool] [TELnet=bool] [DESCription=text(1..23)]");
            CommandCatalog.Security(table, "DELete USER=name(1..64)");

            // 001: set user securedelay=600. One entry for both forms: "set user=NAME ..." changes
            // a user, "set user ..." the login rules every user shares.
            CommandCatalog.Security(table, "SET USER[=name(1..64)] [PASSword=text(1..64)] [PRIVilege={USER|MANager|SECurityofficer}] [LOGin=bool] [TELnet=bool] [DESCription=text(1..23)] [SECUREDelay=10..3600] [LOGINFail=1..10] [LOCKOUTPd=1..30000]");
            CommandCatalog.Manager(table, "SHow USER[=name(1..64)]");

            // 000: login cipher (the password is prompted for)
            table.RegisterPending("LOGin <LOGINNAME=name(1..64)>", Privilege.User, false);
            table.RegisterPending("LOGOFF", Privilege.User, false);
            table.RegisterPending("LOGOUT", Privilege.User, false);
        }

        private static void RegisterSecurity(CommandTable table)
        {
            // 001's example enables system security as Manager, once a Security Officer exists;
            // its reminder has a Manager regain control with disable system security, which
            // destroys the keys. Neither is restricted by security mode itself: enabling again
            // changes nothing, and disabling takes the secrets with it (and asks first).
            CommandCatalog.Manager(table, "ENAble SYStem SECurity");
            CommandCatalog.Manager(table, "DISable SYStem SECurity");
        }

        private static void RegisterSettings(CommandTable table)
        {
            CommandCatalog.Manager(table, "SET SYStem [NAme=text(0..80)] [DISTinguishedname=text(1..255)]");
            CommandCatalog.Manager(table, "SHow SYStem");
            CommandCatalog.Manager(table, "SET LOG UTCoffset={NONE|-24..24}");
            CommandCatalog.Manager(table, "SHow LOG");

            // The time as the router's clock keeps it, hh:mm:ss and dd-mmm-yyyy, local time
            // (UTC plus the log's UTC offset).
            CommandCatalog.Manager(table, "SET TIMe=text(5..8) [DATe=text(10..11)]");
            table.RegisterPending("SHow TIMe", Privilege.User, false);

            CommandCatalog.Manager(table, "RESTART ROUTER");
            CommandCatalog.Manager(table, "RESTART REBOOT");
        }

        private static void RegisterFiles(CommandTable table)
        {
            // 000/001: create config=ssl.cfg, set config=ipsec.cfg. File names are those of the
            // flash store: at most 31 characters.
            CommandCatalog.Manager(table, "CREate CONFig=name(1..31)");
            CommandCatalog.Manager(table, "SET CONFig={NONE|name(1..31)}");
            CommandCatalog.Manager(table, "SHow CONFig [DYNamic]");
            CommandCatalog.Manager(table, "SHow FILe[=name(1..31)]");
            CommandCatalog.Manager(table, "DELete FILe=name(1..31)");
        }
    }
}
