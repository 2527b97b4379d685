namespace Router.Device.Terminal
{
    /// <summary>
    /// Builds console lines from keystrokes, one byte at a time, with the editing a serial
    /// terminal user expects: printable ASCII is inserted at the cursor and echoed; Backspace or
    /// Delete (0x7F) erases before the cursor and the Delete key (ESC [3~) at it; Left/Right,
    /// Home/End (and Ctrl-A/Ctrl-E) move the cursor; Up/Down recall earlier lines from a bounded
    /// <see cref="LineHistory"/>; Ctrl-C cancels the line; CR, LF or CR LF ends it (picocom
    /// sends CR, pipes send LF). The screen is redrawn with plain characters and backspaces
    /// only, which every terminal understands.
    /// Input is hostile: the line is bounded, unknown escape sequences and other control or
    /// non-ASCII bytes are dropped, and an overlong line is refused as a whole when it ends.
    /// The characters live in one buffer sized at construction and are wiped after each line,
    /// so a password typed here does not linger; while echo is off (passwords) there is no
    /// cursor movement and no history. No keystroke allocates.
    /// </summary>
    public sealed class LineEditor
    {
        private const byte CtrlA = 0x01;
        private const byte CtrlC = 0x03;
        private const byte CtrlE = 0x05;
        private const byte Backspace = 0x08;
        private const byte Lf = 0x0A;
        private const byte Cr = 0x0D;
        private const byte Escape = 0x1B;
        private const byte Delete = 0x7F;
        private const byte Bell = 0x07;

        // An escape sequence longer than this is not a key: stop swallowing and read on.
        private const int MaxEscapeLength = 16;

        private const int EscapeNone = 0;
        private const int EscapeStarted = 1;
        private const int EscapeSequence = 2;

        private readonly TerminalWriter _echo;
        private readonly char[] _chars;
        private readonly LineHistory _history;
        private int _length;
        private int _cursor;
        private bool _echoEnabled = true;
        private bool _overflowed;
        private bool _afterCr;
        private int _escapeState;
        private int _escapeLength;
        private int _escapeParameter;

        // Which history line is shown: -1 while the line is the user's own.
        private int _recalled = -1;

        public LineEditor(int maxLength, TerminalWriter echo)
            : this(maxLength, echo, new LineHistory(16, 1024))
        {
        }

        public LineEditor(int maxLength, TerminalWriter echo, LineHistory history)
        {
            _chars = new char[maxLength];
            _echo = echo;
            _history = history;
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

        /// <summary>Position of the cursor in the line, 0 to <see cref="Length"/>.</summary>
        public int Cursor
        {
            get { return _cursor; }
        }

        public LineHistory History
        {
            get { return _history; }
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

            if (_escapeState != EscapeNone && SwallowEscape(value))
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
                EraseBeforeCursor();
            }
            else if (value == Escape)
            {
                _escapeState = EscapeStarted;
                _escapeLength = 0;
                _escapeParameter = 0;
            }
            else if (value == CtrlA)
            {
                Home();
            }
            else if (value == CtrlE)
            {
                End();
            }
            else if (value >= 0x20 && value <= 0x7E)
            {
                Insert((char)value);
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
            return TakeLine(false);
        }

        /// <summary>As <see cref="TakeLine()"/>; with <paramref name="remember"/> the line also goes to the history.</summary>
        public string TakeLine(bool remember)
        {
            string line = new string(_chars, 0, _length);
            if (remember)
            {
                _history.Add(_chars, _length);
            }

            Clear();
            return line;
        }

        /// <summary>Forgets the current line and wipes its characters.</summary>
        public void Clear()
        {
            System.Array.Clear(_chars, 0, _chars.Length);
            _length = 0;
            _cursor = 0;
            _overflowed = false;
            _escapeState = EscapeNone;
            _recalled = -1;
        }

        /// <summary>Forgets the recalled lines, when the user at the console changes.</summary>
        public void ClearHistory()
        {
            _history.Clear();
            _recalled = -1;
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

        private void Insert(char c)
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

            if (!_echoEnabled || _overflowed)
            {
                // No cursor without echo: keys go to the end.
                _cursor = _length;
            }

            System.Array.Copy(_chars, _cursor, _chars, _cursor + 1, _length - _cursor);
            _chars[_cursor] = c;
            _length++;
            _cursor++;
            if (_echoEnabled)
            {
                // The new character and the tail it pushed right, then back to the cursor.
                WriteRange(_cursor - 1, _length);
                Back(_length - _cursor);
            }
        }

        private void EraseBeforeCursor()
        {
            // Keys typed past the limit were never stored nor echoed: nothing on screen to erase.
            if (_overflowed || _cursor == 0)
            {
                return;
            }

            if (!_echoEnabled)
            {
                _chars[--_length] = '\0';
                _cursor = _length;
                return;
            }

            _cursor--;
            RemoveAt(_cursor);
            Back(1);
            RedrawTail(1);
        }

        private void EraseAtCursor()
        {
            if (_overflowed || !_echoEnabled || _cursor == _length)
            {
                return;
            }

            RemoveAt(_cursor);
            RedrawTail(1);
        }

        private void RemoveAt(int position)
        {
            System.Array.Copy(_chars, position + 1, _chars, position, _length - position - 1);
            _chars[--_length] = '\0';
        }

        /// <summary>Redraws from the cursor to the end, blanks <paramref name="blanks"/> old cells after it, and returns to the cursor.</summary>
        private void RedrawTail(int blanks)
        {
            WriteRange(_cursor, _length);
            for (int i = 0; i < blanks; i++)
            {
                _echo.WriteRaw((byte)' ');
            }

            Back(_length - _cursor + blanks);
        }

        private void Left()
        {
            if (_cursor > 0 && CanMove())
            {
                _cursor--;
                Back(1);
            }
        }

        private void Right()
        {
            if (_cursor < _length && CanMove())
            {
                // Writing the character under the cursor moves past it on any terminal.
                WriteRange(_cursor, _cursor + 1);
                _cursor++;
            }
        }

        private void Home()
        {
            if (CanMove())
            {
                Back(_cursor);
                _cursor = 0;
            }
        }

        private void End()
        {
            if (CanMove())
            {
                WriteRange(_cursor, _length);
                _cursor = _length;
            }
        }

        /// <summary>Up (<paramref name="step"/> 1) or Down (-1) through the history; below the newest is an empty line.</summary>
        private void Recall(int step)
        {
            if (!CanMove())
            {
                return;
            }

            int next = _recalled + step;
            if (next >= _history.Count || next < -1)
            {
                _echo.WriteRaw(Bell);
                return;
            }

            int oldLength = _length;
            Back(_cursor);
            System.Array.Clear(_chars, 0, _chars.Length);
            _length = next < 0 ? 0 : _history.CopyTo(next, _chars);
            _cursor = _length;
            _recalled = next;
            WriteRange(0, _length);
            int blanks = oldLength - _length;
            for (int i = 0; i < blanks; i++)
            {
                _echo.WriteRaw((byte)' ');
            }

            Back(blanks);
        }

        private bool CanMove()
        {
            return _echoEnabled && !_overflowed;
        }

        private void WriteRange(int from, int to)
        {
            for (int i = from; i < to; i++)
            {
                _echo.WriteRaw((byte)_chars[i]);
            }
        }

        private void Back(int count)
        {
            for (int i = 0; i < count; i++)
            {
                _echo.WriteRaw(Backspace);
            }
        }

        /// <summary>
        /// Consumes the bytes of an escape sequence: ESC x, or ESC [ / ESC O followed by parameter
        /// bytes and one final byte, and acts on the keys it knows (arrows, Home, End, Delete).
        /// Returns false when <paramref name="value"/> does not belong to the sequence, so the
        /// caller handles it as an ordinary key.
        /// </summary>
        private bool SwallowEscape(byte value)
        {
            if (value < 0x20 || value > 0x7E || ++_escapeLength > MaxEscapeLength)
            {
                _escapeState = EscapeNone;
                return false;
            }

            if (_escapeState == EscapeStarted)
            {
                _escapeState = value == (byte)'[' || value == (byte)'O' ? EscapeSequence : EscapeNone;
                return true;
            }

            if (value >= (byte)'0' && value <= (byte)'9')
            {
                // The first parameter is the key number of "ESC [ n ~"; later ones (";5") are modifiers.
                if (_escapeParameter >= 0 && _escapeParameter < 100)
                {
                    _escapeParameter = _escapeParameter * 10 + (value - '0');
                }
            }
            else if (value == (byte)';')
            {
                _escapeParameter = _escapeParameter == 0 ? 0 : -_escapeParameter;
            }

            if (value >= 0x40)
            {
                _escapeState = EscapeNone;
                ActOnKey(value, _escapeParameter < 0 ? -_escapeParameter : _escapeParameter);
            }

            return true;
        }

        private void ActOnKey(byte final, int parameter)
        {
            switch (final)
            {
                case (byte)'A':
                    Recall(1);
                    break;
                case (byte)'B':
                    Recall(-1);
                    break;
                case (byte)'C':
                    Right();
                    break;
                case (byte)'D':
                    Left();
                    break;
                case (byte)'H':
                    Home();
                    break;
                case (byte)'F':
                    End();
                    break;
                case (byte)'~':
                    if (parameter == 1 || parameter == 7)
                    {
                        Home();
                    }
                    else if (parameter == 4 || parameter == 8)
                    {
                        End();
                    }
                    else if (parameter == 3)
                    {
                        EraseAtCursor();
                    }

                    break;
            }
        }
    }
}
