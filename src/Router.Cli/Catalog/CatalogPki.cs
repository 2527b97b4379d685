namespace Router.Cli
{
    /// <summary>
    /// PKI certificates (000: create pki certificate=cer_name keypair=0 serialnumber=12345
    /// subject="cn=...", add pki certificate=cer_name location=cer_name.cer trust=yes). The PKI
    /// chapter is not in the seeds; the syntax follows its usage there.
    /// </summary>
    internal static class CatalogPki
    {
        public static void Register(CommandTable table)
        {
            CommandCatalog.Security(table, "CREate PKI CERTificate=name(1..32) KEYpair=0..65535 SERialnumber=0..2147483647 SUBject=text(1..255) [FORMat={DER|PEM}] [SUBJECTALTname=text(1..255)]");
            CommandCatalog.Security(table, "ADD PKI CERTificate=name(1..32) LOCation=name(1..64) [TRUSt=bool] [TYPe={CA|ENDentity|SELF}]");
            CommandCatalog.Security(table, "DELete PKI CERTificate=name(1..32)");
            CommandCatalog.Manager(table, "SHow PKI CERTificate[=name(1..32)]");
        }
    }
}
