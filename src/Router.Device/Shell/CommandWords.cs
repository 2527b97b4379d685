namespace Router.Device.Shell
{
    /// <summary>
    /// Splits a command line into lower-case words separated by spaces. Keeps at most
    /// <see cref="MaxWords"/>; a longer line reports <see cref="MaxWords"/> + 1 words, which no
    /// command accepts.
    /// </summary>
    public sealed class CommandWords
    {
        public const int MaxWords = 16;

        private readonly string[] _words = new string[MaxWords];
        private int _count;

        public int Count
        {
            get { return _count; }
        }

        public int Split(string line)
        {
            _count = 0;
            int i = 0;
            while (i < line.Length)
            {
                while (i < line.Length && line[i] == ' ')
                {
                    i++;
                }

                int start = i;
                while (i < line.Length && line[i] != ' ')
                {
                    i++;
                }

                if (i > start)
                {
                    if (_count == MaxWords)
                    {
                        _count = MaxWords + 1;
                        return _count;
                    }

                    _words[_count++] = line.Substring(start, i - start).ToLower();
                }
            }

            return _count;
        }

        /// <summary>True when the line has exactly these words (lower case).</summary>
        public bool Are(string first)
        {
            return _count == 1 && _words[0] == first;
        }

        public bool Are(string first, string second)
        {
            return _count == 2 && _words[0] == first && _words[1] == second;
        }
    }
}
