using System;
using Router.Cli;

namespace Router.Config.Settings
{
    /// <summary>show time: local time and date, UTC, the offset between them, and the uptime.</summary>
    public sealed class ShowTimeCommand : ICommandHandler
    {
        private readonly SystemClock _clock;
        private readonly SystemSettings _settings;
        private readonly ReportLine _line = new ReportLine(80);

        public ShowTimeCommand(SystemClock clock, SystemSettings settings)
        {
            _clock = clock;
            _settings = settings;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            DateTime utc = _clock.UtcNow;
            DateTime local = LocalTime.FromUtc(utc, _settings);
            output.WriteLine(string.Empty);
            _line.AppendField("Local time");
            _line.AppendTime(local);
            _line.AppendChar(' ');
            _line.AppendDate(local);
            _line.End(output);
            _line.AppendField("UTC");
            _line.AppendTime(utc);
            _line.AppendChar(' ');
            _line.AppendDate(utc);
            _line.End(output);
            _line.AppendField("UTC offset");
            _line.AppendChar(_settings.UtcOffsetHours < 0 ? '-' : '+');
            _line.AppendNumber(_settings.UtcOffsetHours < 0 ? -_settings.UtcOffsetHours : _settings.UtcOffsetHours);
            _line.Append(" hours");
            _line.End(output);
            _line.AppendField("Uptime");
            _line.AppendDuration(_clock.UptimeMilliseconds);
            _line.End(output);
            return CommandResult.Shown;
        }
    }
}
