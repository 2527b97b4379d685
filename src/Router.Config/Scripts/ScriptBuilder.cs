namespace Router.Config.Scripts
{
    /// <summary>
    /// Writes a configuration script into a buffer of fixed size: one command per line,
    /// parameters as <c>name=value</c>, values quoted when they hold a blank or are empty (the
    /// command line has no escape for a quote, and no value can hold one). Anything outside
    /// printable ASCII becomes '?'. When the buffer is full the rest is counted, not written,
    /// so the caller can say how large the script would be.
    /// </summary>
    public sealed class ScriptBuilder
    {
        private readonly byte[] _buffer;
        private int _length;
        private int _needed;

        public ScriptBuilder(int capacity)
        {
            _buffer = new byte[capacity];
        }

        public byte[] Buffer
        {
            get { return _buffer; }
        }

        /// <summary>Bytes written (at most the capacity).</summary>
        public int Length
        {
            get { return _length; }
        }

        /// <summary>Bytes the whole script needs, written or not.</summary>
        public int Needed
        {
            get { return _needed; }
        }

        public bool Overflowed
        {
            get { return _needed > _buffer.Length; }
        }

        public void Clear()
        {
            _length = 0;
            _needed = 0;
        }

        /// <summary>"# text" on a line of its own.</summary>
        public void Comment(string text)
        {
            Put("# ");
            Put(text);
            EndCommand();
        }

        /// <summary>Starts a command with its keywords ("set system").</summary>
        public void Command(string keywords)
        {
            Put(keywords);
        }

        public void Parameter(string name, string value)
        {
            Put(" ");
            Put(name);
            Value(value);
        }

        /// <summary>"=value" right after the last word: the object of "add user=secoff".</summary>
        public void Value(string value)
        {
            Put("=");
            bool quote = value.Length == 0 || value.IndexOf(' ') >= 0 || value.IndexOf('\t') >= 0;
            if (quote)
            {
                PutByte((byte)'"');
            }

            Put(value);
            if (quote)
            {
                PutByte((byte)'"');
            }
        }

        public void Parameter(string name, int value)
        {
            Parameter(name, value.ToString());
        }

        public void Parameter(string name, bool value)
        {
            Parameter(name, value ? "yes" : "no");
        }

        public void EndCommand()
        {
            PutByte((byte)'\n');
        }

        private void Put(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                PutByte(c >= ' ' && c <= '~' && c != '"' ? (byte)c : (byte)'?');
            }
        }

        private void PutByte(byte value)
        {
            if (_length < _buffer.Length)
            {
                _buffer[_length++] = value;
            }

            _needed++;
        }
    }
}
