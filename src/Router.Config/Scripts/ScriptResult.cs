namespace Router.Config.Scripts
{
    /// <summary>What running a configuration script did.</summary>
    public sealed class ScriptResult
    {
        /// <summary>False when the file does not exist (nothing ran).</summary>
        public bool Found;

        /// <summary>Lines read, comments and blank lines included.</summary>
        public int Lines;

        /// <summary>Commands run.</summary>
        public int Commands;

        /// <summary>Commands refused or failed, each reported with its file and line.</summary>
        public int Errors;
    }
}
