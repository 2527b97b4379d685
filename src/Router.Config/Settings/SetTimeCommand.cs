using System;
using Router.Cli;
using Router.Core;
using Router.Config.Session;

namespace Router.Config.Settings
{
    /// <summary>
    /// set time=hh:mm[:ss] [date=dd-mmm-yyyy]: the local time (UTC plus the log's UTC offset);
    /// without a date, today's local date is kept. The board's clock is corrected by
    /// <see cref="SystemClock"/>, so it works on any board, the virtual device included.
    /// </summary>
    public sealed class SetTimeCommand : ICommandHandler
    {
        private readonly SystemClock _clock;
        private readonly SystemSettings _settings;
        private readonly ConsoleContext _context;
        private readonly EventLog _log;

        public SetTimeCommand(SystemClock clock, SystemSettings settings, ConsoleContext context, EventLog log)
        {
            _clock = clock;
            _settings = settings;
            _context = context;
            _log = log;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            string timeText = command.GetText("TIME", null);
            string dateText = command.GetText("DATE", null);
            int seconds = TimeText.ParseTime(timeText);
            DateTime date;
            if (dateText == null)
            {
                date = LocalTime.FromUtc(_clock.UtcNow, _settings).Date;
            }
            else if (!TimeText.TryParseDate(dateText, out date))
            {
                seconds = -1;
            }

            if (seconds < 0)
            {
                CliMessages.WriteError(output, CliMessages.BadTime, "Time \"" + timeText + (dateText == null ? string.Empty : " " + dateText)
                    + "\" is not valid (hh:mm:ss, dd-mmm-yyyy).");
                return CommandResult.Error;
            }

            DateTime local = date.AddTicks(seconds * TimeSpan.TicksPerSecond);
            _clock.Set(LocalTime.ToUtc(local, _settings));
            _log.Add(LogSeverity.Info, "SYSTEM", "Time set by " + _context.Who);
            return CommandResult.Success;
        }
    }
}
