using System;

namespace Router.Pki.Der
{
    /// <summary>
    /// UTC instants as seconds since 1970-01-01T00:00:00Z (negative before), converted to and
    /// from the proleptic Gregorian calendar with Howard Hinnant's days-from-civil algorithm.
    /// Certificates carry dates from 1950 to 9999 (RFC 5280 4.1.2.5), beyond the range a
    /// device's DateTime is sure to hold, so the PKI code compares these numbers instead.
    /// </summary>
    public static class CivilTime
    {
        public const long SecondsPerDay = 86400;

        /// <summary>9999-12-31T23:59:59Z, the "no well-defined expiration date" of RFC 5280 4.1.2.5.</summary>
        public const long EndOfTime = 253402300799;

        /// <summary>Seconds since the epoch of a valid calendar date and time (callers check ranges).</summary>
        public static long ToSeconds(int year, int month, int day, int hour, int minute, int second)
        {
            return DaysFromCivil(year, month, day) * SecondsPerDay + hour * 3600L + minute * 60L + second;
        }

        /// <summary>The instant of a DateTime read as UTC, to the second.</summary>
        public static long FromDateTime(DateTime utc)
        {
            return ToSeconds(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, utc.Second);
        }

        public static bool IsLeapYear(int year)
        {
            return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        }

        public static int DaysInMonth(int year, int month)
        {
            switch (month)
            {
                case 2:
                    return IsLeapYear(year) ? 29 : 28;
                case 4:
                case 6:
                case 9:
                case 11:
                    return 30;
                default:
                    return 31;
            }
        }

        /// <summary>Days since 1970-01-01 of a civil date (month 1..12).</summary>
        public static long DaysFromCivil(int year, int month, int day)
        {
            long y = month <= 2 ? year - 1 : year;
            long era = (y >= 0 ? y : y - 399) / 400;
            long yearOfEra = y - era * 400;
            long dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
            long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
            return era * 146097 + dayOfEra - 719468;
        }

        /// <summary>Splits an instant into year, month (1..12), day, hour, minute and second.</summary>
        public static void Split(long seconds, out int year, out int month, out int day, out int hour, out int minute, out int second)
        {
            long days = seconds / SecondsPerDay;
            long rest = seconds % SecondsPerDay;
            if (rest < 0)
            {
                rest += SecondsPerDay;
                days--;
            }

            hour = (int)(rest / 3600);
            minute = (int)(rest % 3600 / 60);
            second = (int)(rest % 60);

            long z = days + 719468;
            long era = (z >= 0 ? z : z - 146096) / 146097;
            long dayOfEra = z - era * 146097;
            long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
            long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
            long mp = (5 * dayOfYear + 2) / 153;
            day = (int)(dayOfYear - (153 * mp + 2) / 5 + 1);
            month = (int)(mp < 10 ? mp + 3 : mp - 9);
            year = (int)(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));
        }
    }
}
