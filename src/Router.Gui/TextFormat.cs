using System;

namespace Router.Gui
{
    /// <summary>Numbers, durations and times as the pages show them (no culture-dependent formatting on the device).</summary>
    public static class TextFormat
    {
        /// <summary>"3d 04:05:06" or "04:05:06".</summary>
        public static string Duration(long milliseconds)
        {
            long seconds = milliseconds / 1000;
            long days = seconds / 86400;
            seconds %= 86400;
            string clock = Two(seconds / 3600) + ":" + Two(seconds / 60 % 60) + ":" + Two(seconds % 60);
            return days > 0 ? days.ToString() + "d " + clock : clock;
        }

        /// <summary>"2026-11-24 01:33:05".</summary>
        public static string Time(DateTime time)
        {
            return time.Year.ToString() + "-" + Two(time.Month) + "-" + Two(time.Day) + " " + Two(time.Hour) + ":" + Two(time.Minute)
                + ":" + Two(time.Second);
        }

        /// <summary>"2026-11-24T01:33:05" (ISO 8601, local device time).</summary>
        public static string IsoTime(DateTime time)
        {
            return time.Year.ToString() + "-" + Two(time.Month) + "-" + Two(time.Day) + "T" + Two(time.Hour) + ":" + Two(time.Minute)
                + ":" + Two(time.Second);
        }

        /// <summary>Bytes as "123 KB" (rounded down), or "unknown" for a negative figure.</summary>
        public static string Kilobytes(long bytes)
        {
            return bytes < 0 ? "unknown" : (bytes / 1024).ToString() + " KB";
        }

        /// <summary>A count per interval as a rate with one decimal: 25 handshakes in 10 s is "2.5".</summary>
        public static string Rate(long count, int intervalSeconds)
        {
            long tenths = count * 10 / intervalSeconds;
            return (tenths / 10).ToString() + "." + (tenths % 10).ToString();
        }

        private static string Two(long value)
        {
            return value < 10 ? "0" + value.ToString() : value.ToString();
        }
    }
}
