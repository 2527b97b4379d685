namespace Router.Cli
{
    /// <summary>
    /// The handler of a syntax-only entry: the command parses fully (so typing mistakes are
    /// still reported) and then answers that its feature is not in this firmware yet.
    /// </summary>
    public sealed class NotAvailableHandler : ICommandHandler
    {
        /// <summary>One shared instance for every syntax-only entry.</summary>
        public static readonly NotAvailableHandler Instance = new NotAvailableHandler();

        private NotAvailableHandler()
        {
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            CliMessages.WriteError(output, CliMessages.NotAvailable, "\"" + command.Entry.Title + "\" is not available in this firmware yet.");
            return CommandResult.Error;
        }
    }
}
