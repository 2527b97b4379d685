namespace Router.Cli
{
    /// <summary>
    /// Every command the manuals define for this firmware, registered area by area. Entries
    /// start as syntax only (<see cref="CommandTable.RegisterPending"/>); each feature attaches
    /// its handlers with <see cref="CommandTable.Attach"/> when it is built.
    ///
    /// Syntax lines are transcribed from the manuals' Syntax sections with placeholders
    /// replaced by value types (<see cref="SyntaxNotation"/>). Where a manual's Syntax line
    /// disagrees with its own parameter table or examples, the catalog follows the table and
    /// examples and says so next to the line.
    ///
    /// Access, unless a line says otherwise: Manager privilege; commands that change IPsec,
    /// ISAKMP, SA, ENCO, PKI, user or HTTPS settings are security commands (Security Officer
    /// only while system security is enabled), as the manuals state for them; show and
    /// counter commands are not.
    /// </summary>
    public static class CommandCatalog
    {
        /// <summary>Table capacity with room for the commands later features add.</summary>
        public const int Capacity = 160;

        public static CommandTable CreateTable()
        {
            CommandTable table = new CommandTable(Capacity);
            RegisterAll(table);
            return table;
        }

        public static void RegisterAll(CommandTable table)
        {
            CatalogSystem.Register(table);
            CatalogIp.Register(table);
            CatalogFirewall.Register(table);
            CatalogEnco.Register(table);
            CatalogPki.Register(table);
            CatalogSsl.Register(table);
            CatalogHttp.Register(table);
            CatalogIpsec.Register(table);
            CatalogIsakmp.Register(table);
            CatalogPreIpsecSa.Register(table);
        }

        /// <summary>A command that changes security configuration (syntax only for now).</summary>
        internal static void Security(CommandTable table, string syntax)
        {
            table.RegisterPending(syntax, Privilege.Manager, true);
        }

        /// <summary>A manager command outside security mode's restrictions (syntax only for now).</summary>
        internal static void Manager(CommandTable table, string syntax)
        {
            table.RegisterPending(syntax, Privilege.Manager, false);
        }
    }
}
