using System;

namespace Router.Config.Settings
{
    /// <summary>The router's local time: its clock's UTC plus the log's UTC offset.</summary>
    public static class LocalTime
    {
        public static DateTime FromUtc(DateTime utc, SystemSettings settings)
        {
            return utc.AddTicks(settings.UtcOffsetHours * TimeSpan.TicksPerHour);
        }

        public static DateTime ToUtc(DateTime local, SystemSettings settings)
        {
            return local.AddTicks(-settings.UtcOffsetHours * TimeSpan.TicksPerHour);
        }
    }
}
