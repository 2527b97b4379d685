namespace Router.Cli
{
    /// <summary>
    /// ENCO keys (000: create enco key=0 type=rsa length=1024; 001: create enco key=1
    /// type=general random / value=..., show enco key=1; 001 sends the reader to show enco for the
    /// channel maximum). The ENCO chapter is not in the seeds;
    /// the syntax follows its usage there. Key material is never echoed (rule 6): values are
    /// only ever read by the handler.
    /// </summary>
    internal static class CatalogEnco
    {
        public static void Register(CommandTable table)
        {
            CommandCatalog.Security(table, "CREate ENCo KEY=0..65535 TYPe={GENeral|RSA|ECC|AES|DES|3DES2key|3DESInner|3DESOuter} [LENgth=1..4096] [VALue=text(1..256)] [RANdom] [DESCription=text(1..63)]");
            CommandCatalog.Security(table, "DESTroy ENCo KEY=0..65535");
            CommandCatalog.Security(table, "SET ENCo KEY=0..65535 DESCription=text(1..63)");
            CommandCatalog.Security(table, "SHow ENCo KEY[=0..65535]");
            CommandCatalog.Manager(table, "SHow ENCo");
            CommandCatalog.Manager(table, "SHow ENCo COUnters");
        }
    }
}
