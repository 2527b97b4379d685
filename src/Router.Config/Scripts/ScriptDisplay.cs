using Router.Cli;

namespace Router.Config.Scripts
{
    /// <summary>
    /// Shows a script on the console, line by line: bytes outside printable ASCII as '?', and the
    /// value of every <c>passwordhash=</c> replaced by <c>&lt;hidden&gt;</c>: a hash is not a
    /// password, but there is no reason to hand it to whoever reads the screen (an offline
    /// guessing attack starts from it). The file itself keeps the hashes.
    /// </summary>
    public sealed class ScriptDisplay
    {
        private const string HashParameter = "passwordhash=";
        private const string Hidden = "<hidden>";

        private readonly char[] _line = new char[CommandLine.MaxLength + Hidden.Length];
        private int _length;

        /// <summary>Writes <paramref name="data"/>[0..<paramref name="count"/>) as lines; a last line without a newline is written too.</summary>
        public void Write(byte[] data, int count, ICommandOutput output)
        {
            _length = 0;
            Append(data, 0, count, output);
            Finish(output);
        }

        /// <summary>For a file read in chunks: call <see cref="Append"/> per chunk, then <see cref="Finish"/>.</summary>
        public void Append(byte[] data, int offset, int count, ICommandOutput output)
        {
            for (int i = offset; i < offset + count; i++)
            {
                byte b = data[i];
                if (b == (byte)'\n')
                {
                    EndLine(output);
                }
                else if (b != (byte)'\r' && _length < _line.Length - Hidden.Length)
                {
                    _line[_length++] = b >= 0x20 && b <= 0x7E ? (char)b : '?';
                }
            }
        }

        public void Finish(ICommandOutput output)
        {
            if (_length > 0)
            {
                EndLine(output);
            }
        }

        public void Reset()
        {
            _length = 0;
        }

        private void EndLine(ICommandOutput output)
        {
            HideHashes();
            output.Write(_line, 0, _length);
            output.WriteLine(string.Empty);
            _length = 0;
        }

        private void HideHashes()
        {
            int at = 0;
            while ((at = Find(at)) >= 0)
            {
                int valueStart = at + HashParameter.Length;
                int valueEnd = valueStart;
                bool quoted = valueEnd < _length && _line[valueEnd] == '"';
                if (quoted)
                {
                    valueEnd++;
                }

                while (valueEnd < _length && (quoted ? _line[valueEnd] != '"' : _line[valueEnd] != ' '))
                {
                    valueEnd++;
                }

                if (quoted && valueEnd < _length)
                {
                    valueEnd++;
                }

                if (valueStart + Hidden.Length > _line.Length)
                {
                    _length = valueStart; // no room for the marker: cut the value off
                    return;
                }

                // Replace [valueStart, valueEnd) by the marker, moving the rest of the line (cut if it no longer fits).
                int tail = _length - valueEnd;
                if (valueStart + Hidden.Length + tail > _line.Length)
                {
                    tail = _line.Length - valueStart - Hidden.Length;
                }

                System.Array.Copy(_line, valueEnd, _line, valueStart + Hidden.Length, tail);
                for (int i = 0; i < Hidden.Length; i++)
                {
                    _line[valueStart + i] = Hidden[i];
                }

                _length = valueStart + Hidden.Length + tail;
                at = valueStart + Hidden.Length;
            }
        }

        private int Find(int from)
        {
            for (int i = from; i + HashParameter.Length <= _length; i++)
            {
                bool match = true;
                for (int k = 0; k < HashParameter.Length && match; k++)
                {
                    char c = _line[i + k];
                    match = (c >= 'A' && c <= 'Z' ? (char)(c + 32) : c) == HashParameter[k];
                }

                if (match)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
