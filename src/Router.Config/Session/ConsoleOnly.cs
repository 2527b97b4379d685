using Router.Cli;

namespace Router.Config.Session
{
    /// <summary>Refuses, in a configuration script, the commands that need a person at the console.</summary>
    public static class ConsoleOnly
    {
        /// <summary>True at the console; otherwise writes error 3035013 and returns false.</summary>
        public static bool Check(ConsoleContext context, ParsedCommand command, ICommandOutput output)
        {
            if (context.IsInteractive)
            {
                return true;
            }

            CliMessages.WriteError(output, CliMessages.NeedsConsole, "\"" + command.Title + "\" cannot run from a configuration script.");
            return false;
        }
    }
}
