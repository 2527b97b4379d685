using Router.Device.Terminal;

namespace Router.Device.Shell
{
    /// <summary>
    /// The numbered messages of the console, written in the manuals' form
    /// "Error (3035001): Unknown command ..." and "Info (3035006): ...". 3035 is this console's
    /// module number; Router.Cli will own the full catalogue and keep these numbers.
    /// </summary>
    public static class ConsoleMessages
    {
        public const int UnknownCommand = 3035001;
        public const int LineTooLong = 3035002;
        public const int PasswordLength = 3035003;
        public const int PasswordMismatch = 3035004;
        public const int LoginIncorrect = 3035005;
        public const int PasswordSet = 3035006;
        public const int Restarting = 3035007;
        public const int InternalError = 3035099;

        /// <summary>Writes "Error (code): "; the caller writes the text and ends the line.</summary>
        public static void BeginError(TerminalWriter output, int code)
        {
            output.Write("Error (");
            output.WriteNumber(code);
            output.Write("): ");
        }

        /// <summary>Writes "Info (code): "; the caller writes the text and ends the line.</summary>
        public static void BeginInfo(TerminalWriter output, int code)
        {
            output.Write("Info (");
            output.WriteNumber(code);
            output.Write("): ");
        }

        public static void Error(TerminalWriter output, int code, string text)
        {
            BeginError(output, code);
            output.WriteLine(text);
        }

        public static void Info(TerminalWriter output, int code, string text)
        {
            BeginInfo(output, code);
            output.WriteLine(text);
        }
    }
}
