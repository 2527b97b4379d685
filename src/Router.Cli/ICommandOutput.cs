namespace Router.Cli
{
    /// <summary>
    /// Where a command writes its answer: the serial console, a browser session, or a test.
    /// Show commands write literal strings and preformatted fields so that their steady
    /// state allocates nothing.
    /// </summary>
    public interface ICommandOutput
    {
        void Write(string text);

        void WriteLine(string line);
    }
}
