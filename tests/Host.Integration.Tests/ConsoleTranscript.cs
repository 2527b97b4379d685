using System;
using System.Text;
using System.Threading;

namespace Host.Integration.Tests
{
    /// <summary>
    /// Everything a console has printed, filled by a reader thread, with waits for expected
    /// text. A cursor remembers how far the test has read, so the second "Manager > " is not
    /// mistaken for the first.
    /// </summary>
    internal sealed class ConsoleTranscript
    {
        private readonly object _gate = new object();
        private readonly StringBuilder _text = new StringBuilder();
        private int _cursor;
        private bool _ended;

        public string Text
        {
            get
            {
                lock (_gate)
                {
                    return _text.ToString();
                }
            }
        }

        public void Append(byte[] buffer, int count)
        {
            lock (_gate)
            {
                _text.Append(Encoding.Latin1.GetString(buffer, 0, count));
                Monitor.PulseAll(_gate);
            }
        }

        public void End()
        {
            lock (_gate)
            {
                _ended = true;
                Monitor.PulseAll(_gate);
            }
        }

        /// <summary>
        /// Waits until <paramref name="expected"/> appears after the cursor; returns the text from
        /// the cursor to the end of the match and moves the cursor past it.
        /// </summary>
        public string WaitFor(string expected, TimeSpan timeout)
        {
            DateTime deadline = DateTime.UtcNow + timeout;
            lock (_gate)
            {
                while (true)
                {
                    string text = _text.ToString();
                    int at = text.IndexOf(expected, _cursor, StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        string passage = text.Substring(_cursor, at + expected.Length - _cursor);
                        _cursor = at + expected.Length;
                        return passage;
                    }

                    TimeSpan left = deadline - DateTime.UtcNow;
                    if (_ended || left <= TimeSpan.Zero)
                    {
                        throw new TimeoutException("console never showed \"" + Escape(expected) + "\"" + (_ended ? " (output ended)" : "")
                            + "; after the cursor it shows:\n" + Escape(text.Substring(_cursor)));
                    }

                    Monitor.Wait(_gate, left);
                }
            }
        }

        private static string Escape(string text)
        {
            return text.Replace("\r", "\\r").Replace("\u0007", "\\a");
        }
    }
}
