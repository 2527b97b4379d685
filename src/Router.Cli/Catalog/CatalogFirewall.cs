namespace Router.Cli
{
    /// <summary>
    /// Firewall policies, only as far as the IPsec worked examples use them (001: create fire
    /// policy=main; add fire policy=main int=vlan1 type=private; add fire policy=main
    /// nat=enhanced int=vlan1 gblint=vlan2). The firewall chapter is not in the seeds and its
    /// rule commands appear there only as templates. Its "interface" and "nat" forms share
    /// one entry (one title) until the firewall feature exists and sorts the forms out.
    /// </summary>
    internal static class CatalogFirewall
    {
        public static void Register(CommandTable table)
        {
            CommandCatalog.Security(table, "CREate FIREwall POLicy=name(1..15)");
            CommandCatalog.Security(table, "DESTroy FIREwall POLicy=name(1..15)");
            CommandCatalog.Security(table, "ADD FIREwall POLicy=name(1..15) [INTerface=name(1..31)] [TYPe={PRIvate|PUBlic}] [NAT={ENHanced|STAndard}] [GBLInterface=name(1..31)]");
        }
    }
}
