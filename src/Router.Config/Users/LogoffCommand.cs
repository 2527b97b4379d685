using Router.Cli;
using Router.Config.Session;

namespace Router.Config.Users
{
    /// <summary>logoff (or logout): ends the session; the console returns to its login prompt.</summary>
    public sealed class LogoffCommand : ICommandHandler
    {
        private readonly ConsoleContext _context;

        public LogoffCommand(ConsoleContext context)
        {
            _context = context;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            if (!ConsoleOnly.Check(_context, command, output))
            {
                return CommandResult.Error;
            }

            _context.RequestLogoff();
            return CommandResult.Shown;
        }
    }
}
