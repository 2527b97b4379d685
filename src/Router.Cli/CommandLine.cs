namespace Router.Cli
{
    /// <summary>
    /// One console line split into words, without copying: each word is a range of the line.
    /// A word is a bare keyword (<c>show</c>), a parameter (<c>name=value</c>,
    /// <c>name="quoted value"</c>) or a bare quoted value (<c>"cipher"</c>). Quotes may be
    /// straight or the manuals' typographic ones, in any pairing (<c>str=”1 and 2"</c>).
    /// After "=", blanks are skipped only when a quoted value follows (<c>pol= "my_vpn"</c>,
    /// as one manual example writes it). The line and the word count are bounded; anything
    /// else the console sends is refused with a numbered error, never an exception.
    /// Reuse one instance per console: <see cref="Tokenize"/> allocates nothing.
    /// </summary>
    public sealed class CommandLine
    {
        public const int MaxLength = 512;
        public const int MaxWords = 48;

        private const int FlagHasValue = 1;
        private const int FlagQuoted = 2;

        private readonly int[] _nameStart = new int[MaxWords];
        private readonly int[] _nameLength = new int[MaxWords];
        private readonly int[] _valueStart = new int[MaxWords];
        private readonly int[] _valueLength = new int[MaxWords];
        private readonly int[] _flags = new int[MaxWords];
        private string _text = string.Empty;
        private int _count;
        private int _errorPosition;

        public string Text { get { return _text; } }

        public int Count { get { return _count; } }

        /// <summary>Character position the last tokenizing error refers to.</summary>
        public int ErrorPosition { get { return _errorPosition; } }

        public int NameStart(int word) { return _nameStart[word]; }

        public int NameLength(int word) { return _nameLength[word]; }

        public int ValueStart(int word) { return _valueStart[word]; }

        public int ValueLength(int word) { return _valueLength[word]; }

        /// <summary>The word had "=" (its value may still be empty).</summary>
        public bool HasValue(int word) { return (_flags[word] & FlagHasValue) != 0; }

        public bool IsQuoted(int word) { return (_flags[word] & FlagQuoted) != 0; }

        /// <summary>A quoted string standing alone, with no name before it.</summary>
        public bool IsBareValue(int word) { return _nameLength[word] == 0; }

        /// <summary>A bare word (no "=", not quoted) equal to <paramref name="word"/>, ignoring case.</summary>
        public bool IsWord(int index, string word)
        {
            return (_flags[index] & FlagHasValue) == 0 && _nameLength[index] > 0
                && Ascii.RangeIs(_text, _nameStart[index], _nameLength[index], word);
        }

        /// <summary>Splits <paramref name="text"/>; returns 0, or a module 035 message number.</summary>
        public int Tokenize(string text)
        {
            _text = text == null ? string.Empty : text;
            _count = 0;
            _errorPosition = 0;
            int length = _text.Length;
            if (length > MaxLength)
            {
                _errorPosition = MaxLength;
                return CliMessages.LineTooLong;
            }

            for (int i = 0; i < length; i++)
            {
                char c = _text[i];
                if ((c < ' ' && c != '\t') || c == '\u007F')
                {
                    _errorPosition = i;
                    return CliMessages.InvalidCharacter;
                }
            }

            int position = 0;
            while (true)
            {
                while (position < length && Ascii.IsBlank(_text[position]))
                {
                    position++;
                }

                if (position >= length)
                {
                    return 0;
                }

                if (_count == MaxWords)
                {
                    _errorPosition = position;
                    return CliMessages.TooManyWords;
                }

                int error = ReadWord(ref position);
                if (error != 0)
                {
                    return error;
                }

                _count++;
            }
        }

        private int ReadWord(ref int position)
        {
            int length = _text.Length;
            int word = _count;
            _flags[word] = 0;
            _nameStart[word] = position;
            _nameLength[word] = 0;
            _valueStart[word] = position;
            _valueLength[word] = 0;
            if (Ascii.IsQuote(_text[position]))
            {
                _flags[word] = FlagQuoted;
                return ReadQuoted(word, ref position);
            }

            while (position < length && !Ascii.IsBlank(_text[position]) && _text[position] != '=')
            {
                if (Ascii.IsQuote(_text[position]))
                {
                    _errorPosition = position;
                    return CliMessages.MisplacedQuote;
                }

                position++;
            }

            _nameLength[word] = position - _nameStart[word];
            if (position >= length || _text[position] != '=')
            {
                return 0;
            }

            if (_nameLength[word] == 0)
            {
                _errorPosition = position;
                return CliMessages.MissingParameterName;
            }

            position++;
            _flags[word] = FlagHasValue;
            int afterBlanks = position;
            while (afterBlanks < length && Ascii.IsBlank(_text[afterBlanks]))
            {
                afterBlanks++;
            }

            if (afterBlanks < length && Ascii.IsQuote(_text[afterBlanks]))
            {
                position = afterBlanks;
                _flags[word] |= FlagQuoted;
                return ReadQuoted(word, ref position);
            }

            _valueStart[word] = position;
            while (position < length && !Ascii.IsBlank(_text[position]))
            {
                if (Ascii.IsQuote(_text[position]))
                {
                    _errorPosition = position;
                    return CliMessages.MisplacedQuote;
                }

                position++;
            }

            _valueLength[word] = position - _valueStart[word];
            return 0;
        }

        /// <summary>Reads a quoted value starting at the opening quote; a blank or the end must follow the closing one.</summary>
        private int ReadQuoted(int word, ref int position)
        {
            int open = position;
            int length = _text.Length;
            int close = open + 1;
            while (close < length && !Ascii.IsQuote(_text[close]))
            {
                close++;
            }

            if (close >= length)
            {
                _errorPosition = open;
                return CliMessages.MissingClosingQuote;
            }

            _valueStart[word] = open + 1;
            _valueLength[word] = close - open - 1;
            position = close + 1;
            if (position < length && !Ascii.IsBlank(_text[position]))
            {
                _errorPosition = position;
                return CliMessages.MisplacedQuote;
            }

            return 0;
        }
    }
}
