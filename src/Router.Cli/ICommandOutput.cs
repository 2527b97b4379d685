namespace Router.Cli
{
    /// <summary>
    /// Where a command writes its answer: the serial console, a browser session, or a test.
    /// Show commands write literal strings and lines built in a reused buffer
    /// (<see cref="ReportLine"/>), so that their steady state allocates nothing.
    /// </summary>
    public interface ICommandOutput
    {
        void Write(string text);

        /// <summary>Writes <paramref name="count"/> characters of <paramref name="chars"/> from <paramref name="offset"/>; the buffer is the caller's and may be reused at once.</summary>
        void Write(char[] chars, int offset, int count);

        void WriteLine(string line);
    }
}
