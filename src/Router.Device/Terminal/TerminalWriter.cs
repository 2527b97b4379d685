using Router.Core;

namespace Router.Device.Terminal
{
    /// <summary>
    /// Writes text to the console port through a small fixed buffer: ASCII only, "\n" sent as
    /// CR LF as a serial terminal expects, numbers formatted without building strings, and the
    /// current column tracked so reports can align their fields. Nothing is sent until the
    /// buffer fills or <see cref="Flush"/> is called.
    /// </summary>
    public sealed class TerminalWriter
    {
        private const byte Cr = 0x0D;
        private const byte Lf = 0x0A;

        private readonly IConsolePort _port;
        private readonly byte[] _buffer;
        private readonly char[] _digits = new char[20];
        private int _used;
        private int _column;

        public TerminalWriter(IConsolePort port, int bufferSize)
        {
            _port = port;
            _buffer = new byte[bufferSize];
        }

        /// <summary>Column of the next character on the current line, 0 at its start.</summary>
        public int Column
        {
            get { return _column; }
        }

        /// <summary>Writes <paramref name="text"/>; characters outside printable ASCII become '?'.</summary>
        public void Write(string text)
        {
            if (text == null)
            {
                return;
            }

            for (int i = 0; i < text.Length; i++)
            {
                WriteChar(text[i]);
            }
        }

        public void WriteLine(string text)
        {
            Write(text);
            NewLine();
        }

        public void NewLine()
        {
            Put(Cr);
            Put(Lf);
            _column = 0;
        }

        public void WriteChar(char c)
        {
            if (c == '\n')
            {
                NewLine();
            }
            else if (c >= ' ' && c <= '~')
            {
                Put((byte)c);
                _column++;
            }
            else
            {
                Put((byte)'?');
                _column++;
            }
        }

        /// <summary>Writes <paramref name="value"/> in decimal, left-padded with zeros to <paramref name="minimumDigits"/>.</summary>
        public void WriteNumber(long value, int minimumDigits)
        {
            if (value < 0)
            {
                WriteChar('-');
                if (value == long.MinValue)
                {
                    // Its negation does not fit in a long; no router figure gets here.
                    Write("9223372036854775808");
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
            while (value != 0 && count < _digits.Length);

            for (int i = count; i < minimumDigits; i++)
            {
                WriteChar('0');
            }

            while (count > 0)
            {
                WriteChar(_digits[--count]);
            }
        }

        public void WriteNumber(long value)
        {
            WriteNumber(value, 1);
        }

        /// <summary>Writes <paramref name="fill"/> until the line reaches <paramref name="column"/>.</summary>
        public void PadTo(int column, char fill)
        {
            while (_column < column)
            {
                WriteChar(fill);
            }
        }

        /// <summary>Echo of a key: sent as is, control bytes included (bell, backspace).</summary>
        public void WriteRaw(byte value)
        {
            Put(value);
        }

        /// <summary>Moves the cursor back over one echoed character and blanks it.</summary>
        public void EraseLastCharacter()
        {
            Put(0x08);
            Put((byte)' ');
            Put(0x08);
            if (_column > 0)
            {
                _column--;
            }
        }

        public void Flush()
        {
            if (_used > 0)
            {
                _port.Write(_buffer, 0, _used);
                _used = 0;
            }
        }

        private void Put(byte value)
        {
            if (_used == _buffer.Length)
            {
                Flush();
            }

            _buffer[_used++] = value;
        }
    }
}
