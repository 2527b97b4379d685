namespace Router.Cli
{
    /// <summary>The SSL command reference of the SSL chapter (000).</summary>
    internal static class CatalogSsl
    {
        public static void Register(CommandTable table)
        {
            // KEYlog is not in the manual: NSS key log lines for a Security Officer (the handler checks who asks).
            CommandCatalog.Manager(table, "DISable SSL DEBug[={ALL|PACket|STAte|TRAce|KEYlog}]");
            CommandCatalog.Manager(table, "ENAble SSL DEBug[={ALL|PACket|STAte|TRAce|KEYlog}]");

            // cachetimeout 60-600 s, ipadd dotted decimal, maxsessions 0-5000. CIPhers is not in the manual: the
            // suites to offer, as IANA numbers (4865 or 0x1301), IANA or OpenSSL names, separated by "," or ":",
            // optionally in parentheses like seed 003's CIPHLIST "(47,10,9)"; "default" restores the default order.
            CommandCatalog.Security(table, "SET SSL [CAchetimeout=60..600] [DEbugipaddress={ALL|ipv4}] [MAXsessions=0..5000] [CIPhers=name(1..255)]");
            CommandCatalog.Manager(table, "SHow SSL");
            CommandCatalog.Manager(table, "SHow SSL COUnters");
            CommandCatalog.Manager(table, "SHow SSL SESsions");

            // Not in the manual (its counters reset only at restart): as reset isakmp counters does.
            CommandCatalog.Manager(table, "RESET SSL COUnters");
        }
    }
}
