using System;

namespace Router.Cli
{
    /// <summary>
    /// One line of a show report, built in a buffer sized once and sent with <see cref="End"/>:
    /// text, numbers without strings, padding to a column, the manuals' dot leaders
    /// ("Version ......... TLSv1"), dates and durations. A report reuses one instance for all
    /// its lines, so writing a report allocates nothing. Characters outside printable ASCII
    /// (names read from flash or typed on a hostile line) are shown as '?'; a line longer than
    /// the buffer is cut.
    /// </summary>
    public sealed class ReportLine
    {
        /// <summary>Column where a field's value starts, after the dot leader.</summary>
        public const int ValueColumn = 41;

        /// <summary>Width of the rules that frame a report.</summary>
        public const int RuleWidth = 66;

        /// <summary>A rule, as one literal so that writing it allocates nothing.</summary>
        public const string Rule = "------------------------------------------------------------------";

        private static readonly string[] MonthNames =
        {
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        };

        private readonly char[] _chars;
        private readonly char[] _digits = new char[20];
        private int _length;

        public ReportLine(int capacity)
        {
            _chars = new char[capacity];
        }

        /// <summary>Column of the next character, 0 at the start of the line.</summary>
        public int Column
        {
            get { return _length; }
        }

        public void Append(string text)
        {
            if (text == null)
            {
                return;
            }

            for (int i = 0; i < text.Length; i++)
            {
                AppendChar(text[i]);
            }
        }

        public void AppendChar(char c)
        {
            if (_length < _chars.Length)
            {
                _chars[_length++] = c >= ' ' && c <= '~' ? c : '?';
            }
        }

        /// <summary>Writes <paramref name="value"/> in decimal, left-padded with zeros to <paramref name="minimumDigits"/>.</summary>
        public void AppendNumber(long value, int minimumDigits)
        {
            if (value < 0)
            {
                AppendChar('-');
                if (value == long.MinValue)
                {
                    Append("9223372036854775808");
                    return;
                }

                value = -value;
            }

            int count = 0;
            do
            {
                _digits[count++] = (char)('0' + (int)(value % 10));
                value /= 10;
            }
            while (value != 0);

            for (int i = count; i < minimumDigits; i++)
            {
                AppendChar('0');
            }

            while (count > 0)
            {
                AppendChar(_digits[--count]);
            }
        }

        public void AppendNumber(long value)
        {
            AppendNumber(value, 1);
        }

        /// <summary>Writes <paramref name="fill"/> until the line reaches <paramref name="column"/>.</summary>
        public void PadTo(int column, char fill)
        {
            while (_length < column && _length < _chars.Length)
            {
                _chars[_length++] = fill;
            }
        }

        /// <summary>"Name ........ " up to <see cref="ValueColumn"/>; the caller appends the value.</summary>
        public void AppendField(string name)
        {
            Append(name);
            AppendChar(' ');
            PadTo(ValueColumn - 1, '.');
            AppendChar(' ');
        }

        /// <summary>"23-Nov-2025", the manuals' date form.</summary>
        public void AppendDate(DateTime time)
        {
            AppendNumber(time.Day, 2);
            AppendChar('-');
            Append(MonthNames[time.Month - 1]);
            AppendChar('-');
            AppendNumber(time.Year, 4);
        }

        /// <summary>"14:03:22".</summary>
        public void AppendTime(DateTime time)
        {
            AppendNumber(time.Hour, 2);
            AppendChar(':');
            AppendNumber(time.Minute, 2);
            AppendChar(':');
            AppendNumber(time.Second, 2);
        }

        /// <summary>"12 days 03:04:05".</summary>
        public void AppendDuration(long milliseconds)
        {
            long seconds = milliseconds / 1000;
            AppendNumber(seconds / 86400);
            Append(seconds / 86400 == 1 ? " day " : " days ");
            AppendNumber(seconds / 3600 % 24, 2);
            AppendChar(':');
            AppendNumber(seconds / 60 % 60, 2);
            AppendChar(':');
            AppendNumber(seconds % 60, 2);
        }

        /// <summary>A size in whole kilobytes, or a note when the figure is unknown (negative).</summary>
        public void AppendKilobytes(long bytes)
        {
            if (bytes < 0)
            {
                Append("not reported by this board");
                return;
            }

            AppendNumber(bytes / 1024);
            Append(" KB");
        }

        /// <summary>Sends the line and starts the next one.</summary>
        public void End(ICommandOutput output)
        {
            output.Write(_chars, 0, _length);
            output.WriteLine(string.Empty);
            _length = 0;
        }

        /// <summary>Forgets what was appended (a report abandoned half way).</summary>
        public void Clear()
        {
            _length = 0;
        }
    }
}
