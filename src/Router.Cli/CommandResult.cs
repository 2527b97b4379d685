namespace Router.Cli
{
    /// <summary>The result codes of a handler and of <see cref="CommandDispatcher.Execute"/>.</summary>
    public static class CommandResult
    {
        /// <summary>Done; the dispatcher answers "Info (134003): Operation successful.".</summary>
        public const int Success = 0;

        /// <summary>Done; the handler's own output is the whole answer (show commands, help).</summary>
        public const int Shown = 1;

        /// <summary>Not done; a numbered error message has been written.</summary>
        public const int Error = 2;

        /// <summary>The line was empty: nothing to do and nothing written.</summary>
        public const int Nothing = 3;
    }
}
