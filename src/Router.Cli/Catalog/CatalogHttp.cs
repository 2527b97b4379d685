namespace Router.Cli
{
    /// <summary>
    /// The HTTP server that carries the GUI (000: set http server security=on sslkey=0
    /// port=443). Turning SSL on changes the router's security, hence a security command.
    /// </summary>
    internal static class CatalogHttp
    {
        public static void Register(CommandTable table)
        {
            CommandCatalog.Security(table, "SET HTTP SERver [SECurity=bool] [SSLkey=0..65535] [POrt=1..65535]");
            CommandCatalog.Manager(table, "SHow HTTP SERver");
        }
    }
}
