using System.Collections;
using System.Text;
using Router.Cli;

namespace Router.Config.Tests.Fakes
{
    /// <summary>Collects what a command writes, line by line.</summary>
    internal sealed class TestOutput : ICommandOutput
    {
        private readonly ArrayList _lines = new ArrayList();
        private readonly StringBuilder _partial = new StringBuilder();

        public int Count
        {
            get { return _lines.Count; }
        }

        public string Last
        {
            get { return _lines.Count == 0 ? string.Empty : (string)_lines[_lines.Count - 1]; }
        }

        public void Write(string text)
        {
            _partial.Append(text);
        }

        public void Write(char[] chars, int offset, int count)
        {
            _partial.Append(chars, offset, count);
        }

        public void WriteLine(string line)
        {
            _partial.Append(line);
            _lines.Add(_partial.ToString());
            _partial.Clear();
        }

        public void Clear()
        {
            _lines.Clear();
            _partial.Clear();
        }

        /// <summary>All lines joined with "\n".</summary>
        public string Text
        {
            get
            {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < _lines.Count; i++)
                {
                    text.Append(i > 0 ? "\n" : string.Empty).Append((string)_lines[i]);
                }

                return text.ToString();
            }
        }
    }
}
