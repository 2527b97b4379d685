using Router.Core;
using Router.Device.Terminal;

namespace Router.Device.Shell
{
    /// <summary>The output of show log: the entries the event log holds, oldest first.</summary>
    public sealed class EventLogReport
    {
        private readonly EventLog _log;
        private readonly LogEntry _entry = new LogEntry();

        public EventLogReport(EventLog log)
        {
            _log = log;
        }

        public void Write(TerminalWriter output)
        {
            output.NewLine();
            output.Write("Event Log: ");
            output.WriteNumber(_log.Count);
            output.Write(" of ");
            output.WriteNumber(_log.Capacity);
            output.Write(" entries, ");
            output.WriteNumber(_log.Overwritten);
            output.WriteLine(" overwritten");
            ReportFormat.Rule(output);
            output.WriteLine("Date        Time     Module    Severity Message");
            ReportFormat.Rule(output);

            for (int i = 0; _log.CopyEntry(i, _entry); i++)
            {
                ReportFormat.Date(output, _entry.UtcTime);
                output.WriteChar(' ');
                ReportFormat.TimeOfDay(output, _entry.UtcTime);
                output.WriteChar(' ');
                output.Write(_entry.Module);
                output.PadTo(31, ' ');
                output.Write(SeverityName(_entry.Severity));
                output.PadTo(40, ' ');
                output.WriteLine(_entry.Message);
            }

            ReportFormat.Rule(output);
        }

        public static string SeverityName(LogSeverity severity)
        {
            if (severity == LogSeverity.Error)
            {
                return "ERROR";
            }

            return severity == LogSeverity.Warning ? "WARN" : "INFO";
        }
    }
}
