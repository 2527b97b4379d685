using System;

namespace Router.Config.Settings
{
    /// <summary>Reads the time and date forms of set time: "hh:mm[:ss]" and "dd-mmm-yyyy" (23-Nov-2025).</summary>
    public static class TimeText
    {
        private static readonly string[] Months =
        {
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        };

        /// <summary>Seconds since midnight, or -1 when <paramref name="text"/> is not a valid time.</summary>
        public static int ParseTime(string text)
        {
            if (text == null || (text.Length != 5 && text.Length != 8) || text[2] != ':' || (text.Length == 8 && text[5] != ':'))
            {
                return -1;
            }

            int hours = TwoDigits(text, 0);
            int minutes = TwoDigits(text, 3);
            int seconds = text.Length == 8 ? TwoDigits(text, 6) : 0;
            if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59 || seconds < 0 || seconds > 59)
            {
                return -1;
            }

            return (hours * 60 + minutes) * 60 + seconds;
        }

        /// <summary>Reads a date into <paramref name="date"/>; false when it is not a valid dd-mmm-yyyy date (years 2000-2099).</summary>
        public static bool TryParseDate(string text, out DateTime date)
        {
            date = DateTime.MinValue;
            if (text == null || text.Length < 10 || text.Length > 11)
            {
                return false;
            }

            int dash = text.IndexOf('-');
            if (dash < 1 || dash > 2 || text.Length - dash != 9 || text[dash + 4] != '-')
            {
                return false;
            }

            int day = dash == 2 ? TwoDigits(text, 0) : Digit(text[0]);
            int month = MonthOf(text.Substring(dash + 1, 3));
            int year = TwoDigits(text, dash + 5) * 100 + TwoDigits(text, dash + 7);
            if (day < 1 || month < 1 || TwoDigits(text, dash + 5) < 0 || TwoDigits(text, dash + 7) < 0
                || year < 2000 || year > 2099 || day > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            date = new DateTime(year, month, day);
            return true;
        }

        private static int MonthOf(string name)
        {
            string lower = name.ToLower();
            for (int i = 0; i < Months.Length; i++)
            {
                if (Months[i] == lower)
                {
                    return i + 1;
                }
            }

            return -1;
        }

        private static int TwoDigits(string text, int at)
        {
            int high = Digit(text[at]);
            int low = Digit(text[at + 1]);
            return high < 0 || low < 0 ? -1 : high * 10 + low;
        }

        private static int Digit(char c)
        {
            return c >= '0' && c <= '9' ? c - '0' : -1;
        }
    }
}
