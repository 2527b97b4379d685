using System.Collections;

namespace Router.Enco.Tests
{
    /// <summary>Collects what a show formatter writes.</summary>
    public sealed class KeysTestOutput : IShowOutput
    {
        private readonly ArrayList _lines = new ArrayList();

        public int Count
        {
            get { return _lines.Count; }
        }

        public string Line(int index)
        {
            return (string)_lines[index];
        }

        /// <summary>The first line that starts with <paramref name="prefix"/>, or null.</summary>
        public string Find(string prefix)
        {
            for (int i = 0; i < _lines.Count; i++)
            {
                if (((string)_lines[i]).StartsWith(prefix))
                {
                    return (string)_lines[i];
                }
            }

            return null;
        }

        /// <summary>Everything written, one line per line, for "contains" checks.</summary>
        public string Text()
        {
            string all = string.Empty;
            for (int i = 0; i < _lines.Count; i++)
            {
                all = all + (string)_lines[i] + "\n";
            }

            return all;
        }

        public void WriteLine(string line)
        {
            _lines.Add(line);
        }
    }
}
