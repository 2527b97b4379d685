namespace Router.Core
{
    /// <summary>How much an event log entry matters; printed as the manuals' INFO/WARN/ERROR prefixes.</summary>
    public enum LogSeverity
    {
        Info = 0,
        Warning = 1,
        Error = 2,
    }
}
