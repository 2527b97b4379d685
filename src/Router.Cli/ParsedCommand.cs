namespace Router.Cli
{
    /// <summary>
    /// A command line matched to its table entry, with every value checked. Handlers read
    /// values by parameter name, written in full and in any case ("EXPIRYKBYTES"), whatever
    /// abbreviation the user typed; a parameter that was not given yields the default.
    /// The instance belongs to the parser and is reused for the next line: read what you
    /// need during <see cref="ICommandHandler.Execute"/>. Only <see cref="GetText"/> and
    /// <see cref="Title"/> allocate.
    /// </summary>
    public sealed class ParsedCommand
    {
        private readonly int[] _nameStart = new int[CommandLine.MaxWords];
        private readonly int[] _nameLength = new int[CommandLine.MaxWords];
        private readonly int[] _specStart = new int[CommandLine.MaxWords];
        private readonly int[] _specLength = new int[CommandLine.MaxWords];
        private readonly int[] _valueStart = new int[CommandLine.MaxWords];
        private readonly int[] _valueLength = new int[CommandLine.MaxWords];
        private readonly bool[] _hasValue = new bool[CommandLine.MaxWords];
        private readonly int[] _alternative = new int[CommandLine.MaxWords];
        private readonly int[] _kind = new int[CommandLine.MaxWords];
        private readonly long[] _number = new long[CommandLine.MaxWords];
        private readonly bool[] _hasNumber = new bool[CommandLine.MaxWords];
        private readonly int[] _itemCount = new int[CommandLine.MaxWords];
        private readonly ValueChecker _checker;
        private CommandEntry _entry;
        private string _line = string.Empty;
        private string _syntax = string.Empty;
        private int _count;

        internal ParsedCommand(ValueChecker checker)
        {
            _checker = checker;
        }

        public CommandEntry Entry { get { return _entry; } }

        /// <summary>The line as typed.</summary>
        public string Line { get { return _line; } }

        /// <summary>Number of words on the line (keywords and parameters).</summary>
        public int WordCount { get { return _count; } }

        /// <summary>The command's title, e.g. "show ipsec policy counter" (allocates).</summary>
        public string Title { get { return CommandTitle.Of(_syntax); } }

        /// <summary>Whether the parameter (or keyword) was given.</summary>
        public bool Has(string name)
        {
            return Find(name) >= 0;
        }

        /// <summary>Whether the parameter was given with a value.</summary>
        public bool HasValue(string name)
        {
            int word = Find(name);
            return word >= 0 && _hasValue[word];
        }

        public int GetNumber(string name, int defaultValue)
        {
            int word = Find(name);
            return (word >= 0 && _hasNumber[word] && _kind[word] != ValueChecker.KindBool) ? (int)_number[word] : defaultValue;
        }

        /// <summary>For values beyond the int range, such as an SPI (256..4294967295).</summary>
        public long GetLong(string name, long defaultValue)
        {
            int word = Find(name);
            return (word >= 0 && _hasNumber[word] && _kind[word] != ValueChecker.KindBool) ? _number[word] : defaultValue;
        }

        /// <summary>The value as typed, without its quotes (allocates a string).</summary>
        public string GetText(string name, string defaultValue)
        {
            int word = Find(name);
            return (word >= 0 && _hasValue[word]) ? _line.Substring(_valueStart[word], _valueLength[word]) : defaultValue;
        }

        /// <summary>
        /// Index of the alternative that accepted the value, counting the alternatives of the
        /// Syntax line in writing order from 0 (<c>{ISakmp|MAnual}</c>: 0 for "is", 1 for "ma").
        /// </summary>
        public int GetEnum(string name, int defaultValue)
        {
            int word = Find(name);
            return (word >= 0 && _hasValue[word]) ? _alternative[word] : defaultValue;
        }

        /// <summary>Whether the value chose the keyword <paramref name="keyword"/> (full word, any case).</summary>
        public bool IsEnum(string name, string keyword)
        {
            int word = Find(name);
            return word >= 0 && _hasValue[word] && _checker.AlternativeIs(_syntax, _specStart[word], _specLength[word], _alternative[word], keyword);
        }

        /// <summary>A <c>bool</c> value (on/off, true/false, yes/no); a flag given without a value counts as true.</summary>
        public bool GetBool(string name, bool defaultValue)
        {
            int word = Find(name);
            if (word < 0)
            {
                return defaultValue;
            }

            if (!_hasValue[word])
            {
                return true;
            }

            return _kind[word] == ValueChecker.KindBool ? _number[word] != 0 : defaultValue;
        }

        /// <summary>An IPv4 address or mask as a number, most significant byte first.</summary>
        public uint GetIpv4(string name, uint defaultValue)
        {
            int word = Find(name);
            bool isIpv4 = word >= 0 && (_kind[word] == ValueChecker.KindIpv4 || _kind[word] == ValueChecker.KindMask);
            return isIpv4 ? (uint)_number[word] : defaultValue;
        }

        /// <summary>
        /// Writes an IPv4 (4 bytes) or IPv6 (16 bytes) address value into
        /// <paramref name="destination"/> and returns how many bytes; 0 when the parameter is
        /// absent or its value is not a single address.
        /// </summary>
        public int GetAddress(string name, byte[] destination, int offset)
        {
            int word = Find(name);
            if (word < 0)
            {
                return 0;
            }

            if (_kind[word] == ValueChecker.KindIpv4 || _kind[word] == ValueChecker.KindMask)
            {
                uint value = (uint)_number[word];
                destination[offset] = (byte)(value >> 24);
                destination[offset + 1] = (byte)(value >> 16);
                destination[offset + 2] = (byte)(value >> 8);
                destination[offset + 3] = (byte)value;
                return 4;
            }

            if (_kind[word] == ValueChecker.KindIpv6)
            {
                return AddressText.TryParseIpv6(_line, _valueStart[word], _valueLength[word], destination, offset) ? 16 : 0;
            }

            return 0;
        }

        /// <summary>Number of items in a comma-separated list value (1 for a single value, 0 when absent).</summary>
        public int GetListCount(string name)
        {
            int word = Find(name);
            return (word >= 0 && _hasValue[word]) ? _itemCount[word] : 0;
        }

        /// <summary>Whether a list value names the keyword (e.g. counters "sad,spd" contains "SPD").</summary>
        public bool ListContains(string name, string keyword)
        {
            int word = Find(name);
            if (word < 0 || !_hasValue[word])
            {
                return false;
            }

            int start = _valueStart[word];
            int end = start + _valueLength[word];
            int itemStart = start;
            for (int i = start; i <= end; i++)
            {
                if (i == end || _line[i] == ',')
                {
                    if (_checker.ItemIsKeyword(_syntax, _specStart[word], _specLength[word], _line, itemStart, i - itemStart, keyword))
                    {
                        return true;
                    }

                    itemStart = i + 1;
                }
            }

            return false;
        }

        /// <summary>The numeric value of list item <paramref name="index"/> (e.g. ICMP types "133,134").</summary>
        public long GetListNumber(string name, int index, long defaultValue)
        {
            int word = Find(name);
            if (word < 0 || !_hasValue[word] || index < 0)
            {
                return defaultValue;
            }

            int start = _valueStart[word];
            int end = start + _valueLength[word];
            int itemStart = start;
            int item = 0;
            for (int i = start; i <= end; i++)
            {
                if (i == end || _line[i] == ',')
                {
                    if (item == index)
                    {
                        long number;
                        return ValueChecker.TryParseNumber(_line, itemStart, i - itemStart, out number) ? number : defaultValue;
                    }

                    item++;
                    itemStart = i + 1;
                }
            }

            return defaultValue;
        }

        internal void Reset(CommandEntry entry, string line, int count)
        {
            _entry = entry;
            _syntax = entry.Syntax;
            _line = line;
            _count = count;
        }

        internal void SetWord(int word, SyntaxElement element, int valueStart, int valueLength, bool hasValue)
        {
            _nameStart[word] = element.NameStart;
            _nameLength[word] = element.NameLength;
            _specStart[word] = element.SpecStart;
            _specLength[word] = element.SpecLength;
            _valueStart[word] = valueStart;
            _valueLength[word] = valueLength;
            _hasValue[word] = hasValue;
            _alternative[word] = -1;
            _kind[word] = ValueChecker.KindUnknown;
            _number[word] = 0;
            _hasNumber[word] = false;
            _itemCount[word] = 0;
        }

        internal void SetValue(int word, ValueChecker checker)
        {
            _alternative[word] = checker.Alternative;
            _kind[word] = checker.Kind;
            _number[word] = checker.Number;
            _hasNumber[word] = checker.HasNumber;
            _itemCount[word] = checker.ItemCount;
        }

        internal int ElementNameStart(int word)
        {
            return _nameStart[word];
        }

        private int Find(string name)
        {
            if (name == null)
            {
                return -1;
            }

            for (int word = 0; word < _count; word++)
            {
                if (_nameLength[word] == name.Length && Ascii.EqualsIgnoreCase(_syntax, _nameStart[word], name, 0, name.Length))
                {
                    return word;
                }
            }

            return -1;
        }
    }
}
