using System.Text;

namespace Router.Cli
{
    /// <summary>
    /// Checks one typed value against the value part of a Syntax element ("0..255",
    /// "{ISakmp|MAnual}", "{ANy|ipv4range|ipv6range}", "{AH|SAD|SPD},...") and keeps what it
    /// found: which alternative accepted it and its number. Works on ranges of the line and of
    /// the syntax string, so an accepted value costs no allocation; only describing an error
    /// builds strings.
    /// </summary>
    internal sealed class ValueChecker
    {
        internal const int KindKeyword = 0;
        internal const int KindRange = 1;
        internal const int KindText = 2;
        internal const int KindName = 3;
        internal const int KindHex = 4;
        internal const int KindIpv4 = 5;
        internal const int KindIpv6 = 6;
        internal const int KindIpv4Range = 7;
        internal const int KindIpv6Range = 8;
        internal const int KindMask = 9;
        internal const int KindBool = 10;
        internal const int KindUnknown = -1;

        /// <summary>The words a <c>bool</c> value accepts, with their abbreviations; even positions mean true.</summary>
        private const string BoolWords = "ON OFf True False Yes No";

        private const string ListSuffix = ",...";

        // Bounds of the alternative being classified (set by Classify).
        private long _low;
        private long _high;

        // Error details for Describe.
        private bool _sawRange;
        private bool _sawLength;
        private bool _sawMask;
        private bool _sawAddress;

        /// <summary>Index, in writing order, of the alternative that accepted the (first) item.</summary>
        internal int Alternative;

        /// <summary>The Kind* of that alternative.</summary>
        internal int Kind;

        /// <summary>Whether <see cref="Number"/> holds the value (a range, a digit keyword, bool, IPv4 address or mask).</summary>
        internal bool HasNumber;

        /// <summary>The value as a number: ranges and digit keywords, 1/0 for bool, an IPv4 address or mask.</summary>
        internal long Number;

        /// <summary>Number of comma-separated items (1 unless the spec ends with ",...").</summary>
        internal int ItemCount;

        /// <summary>Limits to quote in a range or length error.</summary>
        internal long LimitLow;
        internal long LimitHigh;

        /// <summary>
        /// Checks <c>line[valueStart, valueStart+valueLength)</c> against the spec; returns 0 or
        /// one of the module 045 message numbers.
        /// </summary>
        public int Check(string syntax, int specStart, int specLength, string line, int valueStart, int valueLength)
        {
            Alternative = -1;
            Kind = KindUnknown;
            Number = 0;
            HasNumber = false;
            ItemCount = 0;
            int specEnd = specStart + specLength;
            if (!IsList(syntax, specStart, specLength))
            {
                ItemCount = 1;
                return CheckItem(syntax, specStart, specEnd, line, valueStart, valueLength);
            }

            // A list: every item must pass; the first item's outcome is the one kept.
            int choiceEnd = specEnd - ListSuffix.Length;
            int firstAlternative = -1;
            int firstKind = KindUnknown;
            long firstNumber = 0;
            bool firstHasNumber = false;
            int itemStart = valueStart;
            int valueEnd = valueStart + valueLength;
            for (int i = valueStart; i <= valueEnd; i++)
            {
                if (i < valueEnd && line[i] != ',')
                {
                    continue;
                }

                int error = CheckItem(syntax, specStart, choiceEnd, line, itemStart, i - itemStart);
                if (error != 0)
                {
                    return error;
                }

                if (ItemCount == 0)
                {
                    firstAlternative = Alternative;
                    firstKind = Kind;
                    firstNumber = Number;
                    firstHasNumber = HasNumber;
                }

                ItemCount++;
                itemStart = i + 1;
            }

            Alternative = firstAlternative;
            Kind = firstKind;
            Number = firstNumber;
            HasNumber = firstHasNumber;
            return 0;
        }

        /// <summary>
        /// Checks one item; keywords are tried first (exact, then a unique abbreviation), then
        /// the typed alternatives in writing order.
        /// </summary>
        public int CheckItem(string syntax, int choiceStart, int choiceEnd, string line, int itemStart, int itemLength)
        {
            _sawRange = false;
            _sawLength = false;
            _sawMask = false;
            _sawAddress = false;
            Kind = KindUnknown;
            HasNumber = false;
            int start;
            int end;
            AlternativesBounds(syntax, choiceStart, choiceEnd, out start, out end);

            int abbreviated = -1;
            int abbreviations = 0;
            int index = 0;
            for (int a = start; a < end; a = NextAlternative(syntax, a, end) + 1, index++)
            {
                int length = NextAlternative(syntax, a, end) - a;
                int kind = Classify(syntax, a, length);
                if (kind == KindKeyword)
                {
                    int match = KeywordMatch.Compare(line, itemStart, itemLength, syntax, a, length);
                    if (match == KeywordMatch.Exact)
                    {
                        return AcceptKeyword(index, syntax, a, length);
                    }

                    if (match == KeywordMatch.Abbreviation)
                    {
                        abbreviations++;
                        abbreviated = abbreviated < 0 ? index : abbreviated;
                    }
                }
                else if (kind == KindBool)
                {
                    int word = MatchWord(BoolWords, line, itemStart, itemLength);
                    if (word >= 0)
                    {
                        Alternative = index;
                        Kind = KindBool;
                        Number = (word % 2) == 0 ? 1 : 0;
                        HasNumber = true;
                        return 0;
                    }
                }
            }

            if (abbreviations == 1)
            {
                int a = AlternativeAt(syntax, start, end, abbreviated);
                return AcceptKeyword(abbreviated, syntax, a, NextAlternative(syntax, a, end) - a);
            }

            if (abbreviations > 1)
            {
                return CliMessages.InvalidValue;
            }

            index = 0;
            for (int a = start; a < end; a = NextAlternative(syntax, a, end) + 1, index++)
            {
                int length = NextAlternative(syntax, a, end) - a;
                int kind = Classify(syntax, a, length);
                if (kind != KindKeyword && kind != KindBool && AcceptTyped(kind, line, itemStart, itemLength))
                {
                    Alternative = index;
                    Kind = kind;
                    HasNumber = kind == KindRange || kind == KindIpv4 || kind == KindMask;
                    return 0;
                }
            }

            return ChooseError(line, itemStart, itemLength);
        }

        /// <summary>
        /// What the spec accepts, for an error message: "ISAKMP, MANUAL", "0-255",
        /// "ANY, an IPv4 address or range".
        /// </summary>
        public string Describe(string syntax, int specStart, int specLength)
        {
            StringBuilder text = new StringBuilder();
            int specEnd = specStart + specLength;
            bool list = IsList(syntax, specStart, specLength);
            int start;
            int end;
            AlternativesBounds(syntax, specStart, list ? specEnd - ListSuffix.Length : specEnd, out start, out end);
            for (int a = start; a < end; a = NextAlternative(syntax, a, end) + 1)
            {
                int length = NextAlternative(syntax, a, end) - a;
                if (text.Length > 0)
                {
                    text.Append(", ");
                }

                AppendDescription(text, syntax, a, length);
            }

            if (list)
            {
                text.Append("; a comma-separated list");
            }

            return text.ToString();
        }

        /// <summary>Whether the spec ends with ",...": the value is a comma-separated list of items.</summary>
        public static bool IsList(string syntax, int specStart, int specLength)
        {
            int suffix = ListSuffix.Length;
            return specLength > suffix && Ascii.EqualsIgnoreCase(syntax, specStart + specLength - suffix, ListSuffix, 0, suffix);
        }

        /// <summary>
        /// Finds which keyword alternative an item resolves to and reports whether it is
        /// <paramref name="keyword"/> (whole word, any case). Used to test list members.
        /// </summary>
        public bool ItemIsKeyword(string syntax, int specStart, int specLength, string line, int itemStart, int itemLength, string keyword)
        {
            int specEnd = specStart + specLength;
            int choiceEnd = IsList(syntax, specStart, specLength) ? specEnd - ListSuffix.Length : specEnd;
            if (CheckItem(syntax, specStart, choiceEnd, line, itemStart, itemLength) != 0)
            {
                return false;
            }

            return AlternativeIs(syntax, specStart, specLength, Alternative, keyword);
        }

        /// <summary>Whether alternative number <paramref name="alternative"/> of the spec is the keyword given.</summary>
        public bool AlternativeIs(string syntax, int specStart, int specLength, int alternative, string keyword)
        {
            if (alternative < 0)
            {
                return false;
            }

            int specEnd = specStart + specLength;
            int start;
            int end;
            AlternativesBounds(syntax, specStart, IsList(syntax, specStart, specLength) ? specEnd - ListSuffix.Length : specEnd, out start, out end);
            int a = AlternativeAt(syntax, start, end, alternative);
            if (a < 0)
            {
                return false;
            }

            int length = NextAlternative(syntax, a, end) - a;
            return Classify(syntax, a, length) == KindKeyword && Ascii.RangeIs(syntax, a, length, keyword);
        }

        /// <summary>Checks that a spec is well formed: every alternative classifies and ranges are ordered.</summary>
        public bool IsWellFormed(string syntax, int specStart, int specLength)
        {
            if (specLength == 0)
            {
                return false;
            }

            int specEnd = specStart + specLength;
            int choiceEnd = IsList(syntax, specStart, specLength) ? specEnd - ListSuffix.Length : specEnd;
            if (syntax[specStart] == '{' && syntax[choiceEnd - 1] != '}')
            {
                return false;
            }

            int start;
            int end;
            AlternativesBounds(syntax, specStart, choiceEnd, out start, out end);
            if (start >= end)
            {
                return false;
            }

            for (int a = start; a < end; a = NextAlternative(syntax, a, end) + 1)
            {
                int length = NextAlternative(syntax, a, end) - a;
                int kind = Classify(syntax, a, length);
                if (length == 0 || kind == KindUnknown || ((kind == KindRange || kind == KindText || kind == KindName || kind == KindHex) && _low > _high))
                {
                    return false;
                }

                for (int i = a; kind == KindKeyword && i < a + length; i++)
                {
                    char c = syntax[i];
                    if (!(Ascii.IsDigit(c) || Ascii.IsLower(c) || (c >= 'A' && c <= 'Z') || c == '-' || c == '_'))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private int AcceptKeyword(int index, string syntax, int start, int length)
        {
            Alternative = index;
            Kind = KindKeyword;
            long number;
            HasNumber = TryParseNumber(syntax, start, length, out number);
            Number = HasNumber ? number : 0;
            return 0;
        }

        private bool AcceptTyped(int kind, string line, int start, int length)
        {
            uint address;
            long number;
            switch (kind)
            {
                case KindRange:
                    if (!TryParseNumber(line, start, length, out number))
                    {
                        return false;
                    }

                    if (number < _low || number > _high)
                    {
                        NoteRange();
                        return false;
                    }

                    Number = number;
                    return true;

                case KindText:
                case KindName:
                case KindHex:
                    if (!CharactersFit(kind, line, start, length))
                    {
                        return false;
                    }

                    if (length < _low || length > _high)
                    {
                        NoteLength();
                        return false;
                    }

                    return true;

                case KindIpv4:
                    _sawAddress = true;
                    if (!AddressText.TryParseIpv4(line, start, length, out address))
                    {
                        return false;
                    }

                    Number = address;
                    return true;

                case KindMask:
                    _sawMask = true;
                    if (!AddressText.TryParseMask(line, start, length, out address))
                    {
                        return false;
                    }

                    Number = address;
                    return true;

                case KindIpv6:
                    _sawAddress = true;
                    return AddressText.TryParseIpv6(line, start, length, null, 0);

                case KindIpv4Range:
                    _sawAddress = true;
                    return AddressText.IsIpv4Range(line, start, length);

                case KindIpv6Range:
                    _sawAddress = true;
                    return AddressText.IsIpv6Range(line, start, length);

                default:
                    return false;
            }
        }

        private void NoteRange()
        {
            if (!_sawRange)
            {
                _sawRange = true;
                LimitLow = _low;
                LimitHigh = _high;
            }
        }

        private void NoteLength()
        {
            if (!_sawLength)
            {
                _sawLength = true;
                LimitLow = _low;
                LimitHigh = _high;
            }
        }

        /// <summary>The most specific complaint about an item no alternative accepted.</summary>
        private int ChooseError(string line, int start, int length)
        {
            long number;
            if (_sawRange && TryParseNumber(line, start, length, out number))
            {
                return CliMessages.OutOfRange;
            }

            if (_sawLength)
            {
                return length > LimitHigh ? CliMessages.TextTooLong : CliMessages.TextTooShort;
            }

            if (LooksLikeAddress(line, start, length))
            {
                if (_sawMask && !_sawAddress)
                {
                    return CliMessages.InvalidMask;
                }

                if (_sawAddress)
                {
                    return CliMessages.InvalidAddress;
                }
            }

            return CliMessages.InvalidValue;
        }

        private static bool LooksLikeAddress(string line, int start, int length)
        {
            bool separator = false;
            for (int i = start; i < start + length; i++)
            {
                char c = line[i];
                if (c == '.' || c == ':')
                {
                    separator = true;
                }
                else if (!Ascii.IsHexDigit(c) && c != '-' && c != '/')
                {
                    return false;
                }
            }

            return separator;
        }

        private static bool CharactersFit(int kind, string line, int start, int length)
        {
            for (int i = start; i < start + length; i++)
            {
                char c = line[i];
                if (kind == KindHex && !Ascii.IsHexDigit(c))
                {
                    return false;
                }

                if (kind == KindName && (c == ' ' || c == '\t' || Ascii.IsQuote(c)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Decimal integer with an optional minus sign, at most 18 digits (no overflow).</summary>
        internal static bool TryParseNumber(string text, int start, int length, out long value)
        {
            value = 0;
            int i = start;
            int end = start + length;
            bool negative = i < end && text[i] == '-';
            if (negative)
            {
                i++;
            }

            if (i == end || end - i > 18)
            {
                return false;
            }

            for (; i < end; i++)
            {
                if (!Ascii.IsDigit(text[i]))
                {
                    return false;
                }

                value = (value * 10) + (text[i] - '0');
            }

            value = negative ? -value : value;
            return true;
        }

        /// <summary>Index of the space-separated word of <paramref name="words"/> the item names (exact or abbreviated), or -1.</summary>
        private static int MatchWord(string words, string line, int start, int length)
        {
            int index = 0;
            int found = -1;
            for (int w = 0; w < words.Length; index++)
            {
                int wordEnd = words.IndexOf(' ', w);
                wordEnd = wordEnd < 0 ? words.Length : wordEnd;
                int match = KeywordMatch.Compare(line, start, length, words, w, wordEnd - w);
                if (match == KeywordMatch.Exact)
                {
                    return index;
                }

                if (match == KeywordMatch.Abbreviation)
                {
                    found = found < 0 ? index : -2;
                }

                w = wordEnd + 1;
            }

            return found < 0 ? -1 : found;
        }

        private static void AlternativesBounds(string syntax, int choiceStart, int choiceEnd, out int start, out int end)
        {
            bool braces = choiceEnd - choiceStart >= 2 && syntax[choiceStart] == '{' && syntax[choiceEnd - 1] == '}';
            start = braces ? choiceStart + 1 : choiceStart;
            end = braces ? choiceEnd - 1 : choiceEnd;
        }

        private static int NextAlternative(string syntax, int from, int end)
        {
            int i = from;
            while (i < end && syntax[i] != '|')
            {
                i++;
            }

            return i;
        }

        private static int AlternativeAt(string syntax, int start, int end, int wanted)
        {
            int index = 0;
            for (int a = start; a < end; a = NextAlternative(syntax, a, end) + 1, index++)
            {
                if (index == wanted)
                {
                    return a;
                }
            }

            return -1;
        }

        /// <summary>
        /// Sorts an alternative into keyword, number range or named type; for ranges and sized
        /// types it leaves the bounds in _low/_high.
        /// </summary>
        private int Classify(string syntax, int start, int length)
        {
            _low = 0;
            _high = 0;
            if (length == 0)
            {
                return KindUnknown;
            }

            if (!Ascii.IsLower(syntax[start]))
            {
                int dots = IndexOfDots(syntax, start, length);
                if (dots < 0)
                {
                    return KindKeyword;
                }

                return ReadBounds(syntax, start, dots, start + length) ? KindRange : KindUnknown;
            }

            if (Ascii.RangeIs(syntax, start, length, "ipv4"))
            {
                return KindIpv4;
            }

            if (Ascii.RangeIs(syntax, start, length, "ipv6"))
            {
                return KindIpv6;
            }

            if (Ascii.RangeIs(syntax, start, length, "ipv4range"))
            {
                return KindIpv4Range;
            }

            if (Ascii.RangeIs(syntax, start, length, "ipv6range"))
            {
                return KindIpv6Range;
            }

            if (Ascii.RangeIs(syntax, start, length, "mask"))
            {
                return KindMask;
            }

            if (Ascii.RangeIs(syntax, start, length, "bool"))
            {
                return KindBool;
            }

            // Sized types: text(1..100), name(1..23), hex(2..128).
            int open = start;
            while (open < start + length && syntax[open] != '(')
            {
                open++;
            }

            int close = start + length - 1;
            if (open >= close || syntax[close] != ')')
            {
                return KindUnknown;
            }

            int dotsAt = IndexOfDots(syntax, open + 1, close - open - 1);
            if (dotsAt < 0 || !ReadBounds(syntax, open + 1, dotsAt, close) || _low < 0)
            {
                return KindUnknown;
            }

            int nameLength = open - start;
            if (Ascii.RangeIs(syntax, start, nameLength, "text"))
            {
                return KindText;
            }

            if (Ascii.RangeIs(syntax, start, nameLength, "name"))
            {
                return KindName;
            }

            return Ascii.RangeIs(syntax, start, nameLength, "hex") ? KindHex : KindUnknown;
        }

        private bool ReadBounds(string syntax, int start, int dots, int end)
        {
            return TryParseNumber(syntax, start, dots - start, out _low)
                && TryParseNumber(syntax, dots + 2, end - dots - 2, out _high);
        }

        private static int IndexOfDots(string syntax, int start, int length)
        {
            for (int i = start; i + 1 < start + length; i++)
            {
                if (syntax[i] == '.' && syntax[i + 1] == '.')
                {
                    return i;
                }
            }

            return -1;
        }

        private void AppendDescription(StringBuilder text, string syntax, int start, int length)
        {
            int kind = Classify(syntax, start, length);
            switch (kind)
            {
                case KindKeyword:
                    for (int i = start; i < start + length; i++)
                    {
                        text.Append(Ascii.ToUpper(syntax[i]));
                    }

                    break;
                case KindRange:
                    text.Append(_low).Append('-').Append(_high);
                    break;
                case KindText:
                    text.Append("text of ").Append(_low).Append('-').Append(_high).Append(" characters");
                    break;
                case KindName:
                    text.Append("a name of ").Append(_low).Append('-').Append(_high).Append(" characters without spaces");
                    break;
                case KindHex:
                    text.Append(_low).Append('-').Append(_high).Append(" hexadecimal digits");
                    break;
                case KindIpv4:
                    text.Append("an IPv4 address");
                    break;
                case KindIpv6:
                    text.Append("an IPv6 address");
                    break;
                case KindIpv4Range:
                    text.Append("an IPv4 address or range");
                    break;
                case KindIpv6Range:
                    text.Append("an IPv6 address, prefix or range");
                    break;
                case KindMask:
                    text.Append("an IPv4 mask");
                    break;
                case KindBool:
                    text.Append("ON, OFF, TRUE, FALSE, YES, NO");
                    break;
                default:
                    text.Append('?');
                    break;
            }
        }
    }
}
