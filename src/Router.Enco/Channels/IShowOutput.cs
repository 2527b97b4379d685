namespace Router.Enco
{
    /// <summary>
    /// Where the ENCO show formatters (show enco, show enco key, show enco counters) write their
    /// lines. The CLI's command output has the same shape, so it can implement this directly.
    /// </summary>
    public interface IShowOutput
    {
        void WriteLine(string line);
    }
}
