using System;

namespace Router.Core
{
    /// <summary>
    /// One event log entry. The log owns a fixed set of these and overwrites them in turn;
    /// readers get a copy through <see cref="EventLog.CopyEntry"/>, so an entry object can be
    /// reused for every line of a listing.
    /// </summary>
    public sealed class LogEntry
    {
        /// <summary>Numbers every entry since boot, so a reader can tell which entries it has already seen.</summary>
        public long Sequence;

        public long UptimeMilliseconds;

        public DateTime UtcTime;

        public LogSeverity Severity;

        /// <summary>The part of the router that logged it, such as "SYSTEM" or "CONSOLE".</summary>
        public string Module;

        public string Message;

        internal void CopyTo(LogEntry destination)
        {
            destination.Sequence = Sequence;
            destination.UptimeMilliseconds = UptimeMilliseconds;
            destination.UtcTime = UtcTime;
            destination.Severity = Severity;
            destination.Module = Module;
            destination.Message = Message;
        }
    }
}
