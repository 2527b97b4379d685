using Router.Core;

namespace Router.Pki.Der
{
    /// <summary>
    /// UTCTime and GeneralizedTime in the only forms RFC 5280 4.1.2.5 allows in certificates
    /// and CRLs: "YYMMDDHHMMSSZ" (YY >= 50 is 19YY, else 20YY) and "YYYYMMDDHHMMSSZ", in UTC,
    /// with seconds and without fractions. Values are seconds since 1970 (<see cref="CivilTime"/>).
    /// </summary>
    public static class DerTime
    {
        /// <summary>Parses the element's contents; fails on any other form or an impossible date.</summary>
        public static long Parse(byte[] buffer, DerElement element)
        {
            int position = element.Offset;
            int year;
            if (element.Tag == DerTag.UtcTime)
            {
                if (element.Length != 13)
                {
                    throw new MalformedInputException("UTCTime is not YYMMDDHHMMSSZ");
                }

                year = Digits(buffer, position, 2);
                year += year >= 50 ? 1900 : 2000;
                position += 2;
            }
            else if (element.Tag == DerTag.GeneralizedTime)
            {
                if (element.Length != 15)
                {
                    throw new MalformedInputException("GeneralizedTime is not YYYYMMDDHHMMSSZ");
                }

                year = Digits(buffer, position, 4);
                position += 4;
                if (year == 0)
                {
                    throw new MalformedInputException("GeneralizedTime year 0");
                }
            }
            else
            {
                throw new MalformedInputException("DER time expected");
            }

            int month = Digits(buffer, position, 2);
            int day = Digits(buffer, position + 2, 2);
            int hour = Digits(buffer, position + 4, 2);
            int minute = Digits(buffer, position + 6, 2);
            int second = Digits(buffer, position + 8, 2);
            if (buffer[position + 10] != (byte)'Z')
            {
                throw new MalformedInputException("time is not in UTC (Z)");
            }

            if (month < 1 || month > 12 || day < 1 || day > CivilTime.DaysInMonth(year, month)
                || hour > 23 || minute > 59 || second > 59)
            {
                throw new MalformedInputException("time out of range");
            }

            return CivilTime.ToSeconds(year, month, day, hour, minute, second);
        }

        /// <summary>
        /// Writes the contents for <paramref name="seconds"/> and returns the tag to use: UTCTime
        /// through 2049 and GeneralizedTime from 2050 on, as RFC 5280 4.1.2.5 requires. The
        /// destination needs 15 bytes.
        /// </summary>
        public static int Format(long seconds, byte[] destination, int offset, out int length)
        {
            int year;
            int month;
            int day;
            int hour;
            int minute;
            int second;
            CivilTime.Split(seconds, out year, out month, out day, out hour, out minute, out second);
            if (year < 1950 || year > 9999)
            {
                throw new System.ArgumentOutOfRangeException("seconds");
            }

            int tag;
            int position = offset;
            if (year < 2050)
            {
                tag = DerTag.UtcTime;
                PutDigits(destination, position, year % 100, 2);
                position += 2;
            }
            else
            {
                tag = DerTag.GeneralizedTime;
                PutDigits(destination, position, year, 4);
                position += 4;
            }

            PutDigits(destination, position, month, 2);
            PutDigits(destination, position + 2, day, 2);
            PutDigits(destination, position + 4, hour, 2);
            PutDigits(destination, position + 6, minute, 2);
            PutDigits(destination, position + 8, second, 2);
            destination[position + 10] = (byte)'Z';
            length = position + 11 - offset;
            return tag;
        }

        private static int Digits(byte[] buffer, int offset, int count)
        {
            int value = 0;
            for (int i = 0; i < count; i++)
            {
                int digit = buffer[offset + i] - '0';
                if (digit < 0 || digit > 9)
                {
                    throw new MalformedInputException("time digit expected");
                }

                value = value * 10 + digit;
            }

            return value;
        }

        private static void PutDigits(byte[] destination, int offset, int value, int count)
        {
            for (int i = count - 1; i >= 0; i--)
            {
                destination[offset + i] = (byte)('0' + value % 10);
                value /= 10;
            }
        }
    }
}
