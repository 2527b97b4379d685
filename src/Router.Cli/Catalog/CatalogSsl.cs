namespace Router.Cli
{
    /// <summary>The SSL command reference of the SSL chapter (000).</summary>
    internal static class CatalogSsl
    {
        public static void Register(CommandTable table)
        {
            CommandCatalog.Manager(table, "DISable SSL DEBug[={ALL|PACket|STAte|TRAce}]");
            CommandCatalog.Manager(table, "ENAble SSL DEBug[={ALL|PACket|STAte|TRAce}]");

            // cachetimeout 60-600 s, ipadd dotted decimal, maxsessions 0-5000.
            CommandCatalog.Security(table, "SET SSL [CAchetimeout=60..600] [DEbugipaddress={ALL|ipv4}] [MAXsessions=0..5000]");
            CommandCatalog.Manager(table, "SHow SSL");
            CommandCatalog.Manager(table, "SHow SSL COUnters");
            CommandCatalog.Manager(table, "SHow SSL SESsions");
        }
    }
}
