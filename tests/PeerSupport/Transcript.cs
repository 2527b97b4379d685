using System;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;

namespace PeerSupport
{
    /// <summary>
    /// Everything a process has printed on one stream, filled by a reader thread, with waits for expected text.
    /// A cursor remembers how far the test has read, so the second prompt is not mistaken for the first.
    /// </summary>
    public sealed class Transcript
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

        public bool Ended
        {
            get
            {
                lock (_gate)
                {
                    return _ended;
                }
            }
        }

        public void Append(string text)
        {
            lock (_gate)
            {
                _text.Append(text);
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
        /// Waits until <paramref name="expected"/> appears after the cursor; returns the text from the cursor to the
        /// end of the match and moves the cursor past it. Throws <see cref="TimeoutException"/> with what was seen.
        /// </summary>
        public string WaitFor(string expected, TimeSpan timeout)
        {
            int from;
            lock (_gate)
            {
                from = _cursor;
            }

            Match match = WaitFor(new Regex(Regex.Escape(expected)), timeout);
            return Text.Substring(from, match.Index + match.Length - from);
        }

        /// <summary>Like <see cref="WaitFor(string, TimeSpan)"/> for a pattern; returns the match (its groups too).</summary>
        public Match WaitFor(Regex pattern, TimeSpan timeout)
        {
            DateTime deadline = DateTime.UtcNow + timeout;
            lock (_gate)
            {
                while (true)
                {
                    string text = _text.ToString();
                    Match match = pattern.Match(text, _cursor);
                    if (match.Success)
                    {
                        _cursor = match.Index + match.Length;
                        return match;
                    }

                    TimeSpan left = deadline - DateTime.UtcNow;
                    if (_ended || left <= TimeSpan.Zero)
                    {
                        throw new TimeoutException("never printed /" + pattern + "/" + (_ended ? " (output ended)" : "")
                            + "; after the cursor:\n" + text.Substring(_cursor).Replace("\r", "\\r"));
                    }

                    Monitor.Wait(_gate, left);
                }
            }
        }
    }
}
