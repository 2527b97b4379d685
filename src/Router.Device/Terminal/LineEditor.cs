namespace Router.Device.Terminal
{
    /// <summary>
    /// Builds console lines from keystrokes, one byte at a time, with the editing a serial
    /// terminal user expects: printable ASCII is echoed, Backspace or Delete erases, Ctrl-C
    /// cancels the line, and CR, LF or CR LF ends it (picocom sends CR, pipes send LF). Input
    /// is hostile: the line is bounded, terminal escape sequences (arrow keys) and other control
    /// or non-ASCII bytes are dropped, and an overlong line is refused as a whole when it ends.
    /// The characters live in one buffer sized at construction and are wiped after each line,
    /// so a password typed here does not linger.
    /// </summary>
    public sealed class LineEditor
    {
        private const byte CtrlC = 0x03;
        private const byte Backspace = 0x08;
        private const byte Lf = 0x0A;
        private const byte Cr = 0x0D;
        private const byte Escape = 0x1B;
        private const byte Delete = 0x7F;
        private const byte Bell = 0x07;

        // An escape sequence longer than this is not a key: stop swallowing and read on.
        private const int MaxEscapeLength = 16;

        private readonly TerminalWriter _echo;
        private readonly char[] _chars;
        private int _length;
        private bool _echoEnabled = true;
        private bool _overflowed;
        private bool _afterCr;
        private int _escapeState;
        private int _escapeLength;

        public LineEditor(int maxLength, TerminalWriter echo)
        {
            _chars = new char[maxLength];
            _echo = echo;
        }

        public int MaxLength
        {
            get { return _chars.Length; }
        }

        /// <summary>False while a password is typed: keys are not echoed, Enter still moves to a new line.</summary>
        public bool EchoEnabled
        {
            get { return _echoEnabled; }
            set { _echoEnabled = value; }
        }

        /// <summary>Characters of the current line; valid up to <see cref="Length"/>, wiped by <see cref="Clear"/>.</summary>
        public char[] Characters
        {
            get { return _chars; }
        }

        public int Length
        {
            get { return _length; }
        }

        public LineStatus Feed(byte value)
        {
            if (_afterCr)
            {
                _afterCr = false;
                if (value == Lf)
                {
                    // The LF of a CR LF pair: the line already ended at the CR.
                    return LineStatus.Pending;
                }
            }

            if (_escapeState != 0 && SwallowEscape(value))
            {
                return LineStatus.Pending;
            }

            if (value == Cr || value == Lf)
            {
                _afterCr = value == Cr;
                return EndLine();
            }

            if (value == CtrlC)
            {
                _echo.Write("^C");
                _echo.NewLine();
                Clear();
                return LineStatus.Cancelled;
            }

            if (value == Backspace || value == Delete)
            {
                EraseOne();
            }
            else if (value == Escape)
            {
                _escapeState = 1;
                _escapeLength = 0;
            }
            else if (value >= 0x20 && value <= 0x7E)
            {
                Append((char)value);
            }
            else if (value >= 0xC0)
            {
                // The first byte of a non-ASCII character: refuse it audibly, its other bytes silently.
                _echo.WriteRaw(Bell);
            }

            return LineStatus.Pending;
        }

        /// <summary>Returns the completed line and clears the editor for the next one.</summary>
        public string TakeLine()
        {
            string line = new string(_chars, 0, _length);
            Clear();
            return line;
        }

        /// <summary>Forgets the current line and wipes its characters.</summary>
        public void Clear()
        {
            System.Array.Clear(_chars, 0, _chars.Length);
            _length = 0;
            _overflowed = false;
            _escapeState = 0;
        }

        private LineStatus EndLine()
        {
            _echo.NewLine();
            if (_overflowed)
            {
                Clear();
                return LineStatus.TooLong;
            }

            return LineStatus.Completed;
        }

        private void Append(char c)
        {
            if (_length == _chars.Length)
            {
                if (!_overflowed)
                {
                    _overflowed = true;
                    _echo.WriteRaw(Bell);
                }

                return;
            }

            _chars[_length++] = c;
            if (_echoEnabled)
            {
                _echo.WriteChar(c);
            }
        }

        private void EraseOne()
        {
            // Keys typed past the limit were never stored nor echoed: nothing on screen to erase.
            if (_overflowed || _length == 0)
            {
                return;
            }

            _chars[--_length] = '\0';
            if (_echoEnabled)
            {
                _echo.EraseLastCharacter();
            }
        }

        /// <summary>
        /// Consumes the bytes of an escape sequence: ESC x, or ESC [ / ESC O followed by
        /// parameter bytes and one final byte. Returns false when <paramref name="value"/> does
        /// not belong to the sequence, so the caller handles it as an ordinary key.
        /// </summary>
        private bool SwallowEscape(byte value)
        {
            if (value < 0x20 || value > 0x7E || ++_escapeLength > MaxEscapeLength)
            {
                _escapeState = 0;
                return false;
            }

            if (_escapeState == 1)
            {
                _escapeState = value == (byte)'[' || value == (byte)'O' ? 2 : 0;
                return true;
            }

            if (value >= 0x40)
            {
                _escapeState = 0;
            }

            return true;
        }
    }
}
