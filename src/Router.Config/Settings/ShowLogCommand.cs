using System;
using Router.Cli;
using Router.Core;

namespace Router.Config.Settings
{
    /// <summary>
    /// show log: the event log, oldest entry first, in local time (the log's UTC offset applied).
    /// Every module writes to the one bounded log, so this is the router's whole recent history.
    /// </summary>
    public sealed class ShowLogCommand : ICommandHandler
    {
        private readonly EventLog _log;
        private readonly SystemSettings _settings;
        private readonly LogEntry _entry = new LogEntry();
        private readonly ReportLine _line = new ReportLine(160);

        public ShowLogCommand(EventLog log, SystemSettings settings)
        {
            _log = log;
            _settings = settings;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            output.WriteLine(string.Empty);
            _line.Append("Event Log: ");
            _line.AppendNumber(_log.Count);
            _line.Append(" of ");
            _line.AppendNumber(_log.Capacity);
            _line.Append(" entries, ");
            _line.AppendNumber(_log.Overwritten);
            _line.Append(" overwritten; times are UTC");
            if (_settings.UtcOffsetHours != 0)
            {
                _line.AppendChar(_settings.UtcOffsetHours > 0 ? '+' : '-');
                _line.AppendNumber(_settings.UtcOffsetHours > 0 ? _settings.UtcOffsetHours : -_settings.UtcOffsetHours);
            }

            _line.End(output);
            output.WriteLine(ReportLine.Rule);
            output.WriteLine("Date        Time     Module    Severity Message");
            output.WriteLine(ReportLine.Rule);

            for (int i = 0; _log.CopyEntry(i, _entry); i++)
            {
                DateTime local = LocalTime.FromUtc(_entry.UtcTime, _settings);
                _line.AppendDate(local);
                _line.AppendChar(' ');
                _line.AppendTime(local);
                _line.AppendChar(' ');
                _line.Append(_entry.Module);
                _line.PadTo(31, ' ');
                _line.Append(SeverityName(_entry.Severity));
                _line.PadTo(40, ' ');
                _line.Append(_entry.Message);
                _line.End(output);
            }

            output.WriteLine(ReportLine.Rule);
            return CommandResult.Shown;
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
