namespace Router.Cli
{
    /// <summary>
    /// The HTTP server that carries the GUI (000: set http server security=on sslkey=0
    /// port=443). Turning SSL on changes the router's security, hence a security command.
    /// CERTIFICATE picks the certificate by name when several hold the key's public key;
    /// REDIRECTPORT is the plain port that answers 301 to https while security is on (0: none);
    /// CLIENTAUTH asks browsers for a certificate issued by a trusted root (003: "double authentication").
    /// </summary>
    internal static class CatalogHttp
    {
        public static void Register(CommandTable table)
        {
            CommandCatalog.Security(table, "SET HTTP SERver [SECurity=bool] [SSLkey=0..65535] [CERTificate=name(1..32)] [POrt=1..65535] [REDirectport=0..65535] [CLIentauth={NONE|REQUEST|REQUIRE}]");
            CommandCatalog.Security(table, "ENAble HTTP SERver");
            CommandCatalog.Manager(table, "DISable HTTP SERver");
            CommandCatalog.Manager(table, "SHow HTTP SERver");
        }
    }
}
