using Router.Cli;
using Router.Config.Session;

namespace Router.Config.Users
{
    /// <summary>
    /// login NAME (000: login cipher): the console asks for NAME's password and, when it is
    /// right, the session continues as NAME. A wrong password leaves the current user logged in.
    /// </summary>
    public sealed class LoginCommand : ICommandHandler
    {
        private readonly ConsoleContext _context;

        public LoginCommand(ConsoleContext context)
        {
            _context = context;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            if (!ConsoleOnly.Check(_context, command, output))
            {
                return CommandResult.Error;
            }

            _context.RequestLogin(command.GetText("LOGINNAME", null));
            return CommandResult.Shown;
        }
    }
}
