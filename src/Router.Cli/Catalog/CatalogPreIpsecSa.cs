namespace Router.Cli
{
    /// <summary>
    /// The pre-IPsec ("old") security associations of the IPsec chapter's command reference
    /// (001): SA ids 0..255, SPIs 256..4294967295, key ids 0..65535.
    /// </summary>
    internal static class CatalogPreIpsecSa
    {
        public static void Register(CommandTable table)
        {
            CommandCatalog.Security(table, "ADD SA=0..255 MEMber={LOCal|REMote} IPaddress=ipv4 MASK=mask");

            // The Syntax line writes ENCKEY (all capitals) but the example types "enck=4" and
            // set sa writes ENCKey: ENCKey is kept.
            CommandCatalog.Security(table, "CREate SA=0..255 ENCKey=0..65535 SPI=256..4294967295 [ENCalg={DES|3DES2key|3DESInner}] [DIrection={IN|OUT|BOTH}]");
            CommandCatalog.Security(table, "DELete SA=0..255 MEMber={LOCal|REMote} IPaddress=ipv4 MASK=mask");
            CommandCatalog.Security(table, "DESTroy SA=0..255");
            CommandCatalog.Security(table, "DISable SA=0..255 DEBug={All|Pkt|Search}");
            CommandCatalog.Security(table, "ENAble SA=0..255 DEBug={All|Pkt|Search}");
            CommandCatalog.Security(table, "SET SA=0..255 [DEBUGPkttype={Short|Full}] [DIrection={IN|OUT|BOTH}] [ENCalg={DES|3DES2key|3DESInner}] [ENCKey=0..65535] [SPI=256..4294967295]");
            CommandCatalog.Manager(table, "SHow SA[={0..255|ALL}]");
            CommandCatalog.Manager(table, "SHow SA[=0..255] COUnter");
            CommandCatalog.Manager(table, "SHow SA USER");
        }
    }
}
