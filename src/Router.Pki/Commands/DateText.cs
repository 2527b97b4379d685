using System.Text;
using Router.Cli;
using Router.Pki.Der;

namespace Router.Pki.Commands
{
    /// <summary>Dates as the IPsec certificate view of 002 prints them: "2003 Mar 1st, 01:20:42 GMT".</summary>
    public static class DateText
    {
        private static readonly string[] Months = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

        /// <summary>Appends the date to a report line, allocating nothing.</summary>
        public static void Append(ReportLine line, long seconds)
        {
            int year;
            int month;
            int day;
            int hour;
            int minute;
            int second;
            CivilTime.Split(seconds, out year, out month, out day, out hour, out minute, out second);
            line.AppendNumber(year);
            line.AppendChar(' ');
            line.Append(Months[month - 1]);
            line.AppendChar(' ');
            line.AppendNumber(day);
            line.Append(Suffix(day));
            line.Append(", ");
            line.AppendNumber(hour, 2);
            line.AppendChar(':');
            line.AppendNumber(minute, 2);
            line.AppendChar(':');
            line.AppendNumber(second, 2);
            line.Append(" GMT");
        }

        /// <summary>The date as a string, for messages.</summary>
        public static string Format(long seconds)
        {
            int year;
            int month;
            int day;
            int hour;
            int minute;
            int second;
            CivilTime.Split(seconds, out year, out month, out day, out hour, out minute, out second);
            StringBuilder text = new StringBuilder(32);
            text.Append(year).Append(' ').Append(Months[month - 1]).Append(' ').Append(day).Append(Suffix(day)).Append(", ");
            text.Append((char)('0' + hour / 10)).Append((char)('0' + hour % 10)).Append(':');
            text.Append((char)('0' + minute / 10)).Append((char)('0' + minute % 10)).Append(':');
            text.Append((char)('0' + second / 10)).Append((char)('0' + second % 10)).Append(" GMT");
            return text.ToString();
        }

        /// <summary>1st, 2nd, 3rd, 4th ... 11th, 12th, 13th ... 21st, 22nd, 23rd ... 31st.</summary>
        public static string Suffix(int day)
        {
            if (day >= 11 && day <= 13)
            {
                return "th";
            }

            switch (day % 10)
            {
                case 1:
                    return "st";
                case 2:
                    return "nd";
                case 3:
                    return "rd";
                default:
                    return "th";
            }
        }
    }
}
