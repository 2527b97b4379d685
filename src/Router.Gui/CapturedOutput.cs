using System.Text;
using Router.Cli;

namespace Router.Gui
{
    /// <summary>A command's answer collected for a page or a JSON reply, bounded: past the limit the rest is dropped and noted.</summary>
    public sealed class CapturedOutput : ICommandOutput
    {
        public const int DefaultLimit = 8192;

        private readonly StringBuilder _text = new StringBuilder();
        private readonly int _limit;
        private bool _truncated;

        public CapturedOutput(int limit)
        {
            _limit = limit;
        }

        public bool Truncated
        {
            get { return _truncated; }
        }

        public void Write(string text)
        {
            Append(text, 0, text.Length);
        }

        public void Write(char[] chars, int offset, int count)
        {
            if (count > _limit - _text.Length)
            {
                count = _limit - _text.Length;
                _truncated = true;
            }

            if (count > 0)
            {
                _text.Append(chars, offset, count);
            }
        }

        public void WriteLine(string line)
        {
            Append(line, 0, line.Length);
            Append("\n", 0, 1);
        }

        public void Clear()
        {
            _text.Clear();
            _truncated = false;
        }

        public override string ToString()
        {
            return _truncated ? _text.ToString() + "\n[output truncated]\n" : _text.ToString();
        }

        private void Append(string text, int offset, int count)
        {
            if (count > _limit - _text.Length)
            {
                count = _limit - _text.Length;
                _truncated = true;
            }

            if (count > 0)
            {
                _text.Append(text.Substring(offset, count));
            }
        }
    }
}
