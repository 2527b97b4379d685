namespace Router.Cli
{
    /// <summary>
    /// IP interfaces, routes and VLANs, as far as the SSL and IPsec examples use them
    /// (000: enable ip, add ip interface, add ip route; 001: create vlan=public vid=2,
    /// add vlan=2 port=1). A port list is kept as text ("1", "1-4,6") for the switch driver.
    /// </summary>
    internal static class CatalogIp
    {
        public static void Register(CommandTable table)
        {
            CommandCatalog.Manager(table, "ENAble IP");
            CommandCatalog.Manager(table, "DISable IP");
            CommandCatalog.Manager(table, "ADD IP INTerface=name(1..31) IPaddress={DHCP|ipv4} [MASK=mask] [FRAgment=bool]");
            CommandCatalog.Manager(table, "DELete IP INTerface=name(1..31)");
            CommandCatalog.Manager(table, "ADD IP ROUte=ipv4 INTerface=name(1..31) NEXThop=ipv4 [MASK=mask] [METric=1..16]");
            CommandCatalog.Manager(table, "DELete IP ROUte=ipv4 [MASK=mask] [NEXThop=ipv4]");
            CommandCatalog.Manager(table, "SHow IP [INTerface=name(1..31)]");
            CommandCatalog.Manager(table, "SHow IP ROUte");
            CommandCatalog.Manager(table, "CREate VLAN=name(1..32) VID=2..4094");
            CommandCatalog.Manager(table, "ADD VLAN={1..4094|name(1..32)} PORt={ALL|name(1..64)} [FRAme={TAGged|UNTAGged}]");
        }
    }
}
