using System;
using Router.Device.Terminal;

namespace Router.Device.Shell
{
    /// <summary>The layout pieces the show commands share, in the style of the manuals' show output.</summary>
    public static class ReportFormat
    {
        /// <summary>Column where a field's value starts, after the dot leader ("Version ......... TLSv1").</summary>
        public const int ValueColumn = 41;

        public const int RuleWidth = 66;

        private static readonly string[] MonthNames =
        {
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        };

        public static void Rule(TerminalWriter output)
        {
            output.PadTo(RuleWidth, '-');
            output.NewLine();
        }

        /// <summary>Writes "Name ........ " up to <see cref="ValueColumn"/>; the caller writes the value and ends the line.</summary>
        public static void Field(TerminalWriter output, string name)
        {
            output.Write(name);
            output.WriteChar(' ');
            output.PadTo(ValueColumn - 1, '.');
            output.WriteChar(' ');
        }

        /// <summary>"12 days 03:04:05".</summary>
        public static void Duration(TerminalWriter output, long milliseconds)
        {
            long seconds = milliseconds / 1000;
            output.WriteNumber(seconds / 86400);
            output.Write(seconds / 86400 == 1 ? " day " : " days ");
            output.WriteNumber(seconds / 3600 % 24, 2);
            output.WriteChar(':');
            output.WriteNumber(seconds / 60 % 60, 2);
            output.WriteChar(':');
            output.WriteNumber(seconds % 60, 2);
        }

        /// <summary>"23-Nov-2025", the manuals' date form.</summary>
        public static void Date(TerminalWriter output, DateTime time)
        {
            output.WriteNumber(time.Day, 2);
            output.WriteChar('-');
            output.Write(MonthNames[time.Month - 1]);
            output.WriteChar('-');
            output.WriteNumber(time.Year, 4);
        }

        /// <summary>"14:03:22".</summary>
        public static void TimeOfDay(TerminalWriter output, DateTime time)
        {
            output.WriteNumber(time.Hour, 2);
            output.WriteChar(':');
            output.WriteNumber(time.Minute, 2);
            output.WriteChar(':');
            output.WriteNumber(time.Second, 2);
        }

        /// <summary>A size in whole kilobytes, or a note when the board cannot tell (a negative figure).</summary>
        public static void Kilobytes(TerminalWriter output, long bytes)
        {
            if (bytes < 0)
            {
                output.Write("not reported by this board");
                return;
            }

            output.WriteNumber(bytes / 1024);
            output.Write(" KB");
        }
    }
}
