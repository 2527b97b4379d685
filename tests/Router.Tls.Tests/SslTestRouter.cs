using System;
using System.Collections;
using Router.Cli;
using Router.Core;
using Router.Tls.Commands;
using Router.Tls.Diagnostics;

namespace Router.Tls.Tests
{
    /// <summary>
    /// The SSL commands over the real catalog, dispatcher, service and monitor, with a clock the test moves and a
    /// console that records every line (command answers and debug output alike).
    /// </summary>
    internal sealed class SslTestRouter : ICommandOutput, ISslConsole, IClock
    {
        public static readonly DateTime WallStart = new DateTime(2026, 11, 24, 16, 23, 55);

        private readonly ArrayList _lines = new ArrayList();
        private readonly CommandDispatcher _dispatcher;
        private string _pending = string.Empty;

        public readonly SslMonitor Monitor;
        public readonly SslService Service;
        public readonly CommandTable Table;

        public long Uptime = 1000000;
        public bool Officer;
        public int UtcOffset;

        public SslTestRouter(int boardCacheEntries)
        {
            Monitor = new SslMonitor(this, this);
            Service = new SslService(Monitor, boardCacheEntries);
            Table = CommandCatalog.CreateTable();
            SslCommands.Attach(Table, Service, Monitor);
            _dispatcher = new CommandDispatcher(Table);
        }

        public long UptimeMilliseconds
        {
            get { return Uptime; }
        }

        public DateTime UtcNow
        {
            get { return WallStart.AddMilliseconds(Uptime - 1000000); }
        }

        public ICommandOutput DebugOutput
        {
            get { return this; }
        }

        public bool SecurityOfficerLoggedIn
        {
            get { return Officer; }
        }

        public int UtcOffsetHours
        {
            get { return UtcOffset; }
        }

        public int LineCount
        {
            get { return _lines.Count; }
        }

        /// <summary>Runs a command as a Manager (or the officer), clearing the lines first; returns the result code.</summary>
        public int Run(string line)
        {
            _lines.Clear();
            return _dispatcher.Execute(line, Officer ? Privilege.SecurityOfficer : Privilege.Manager, false, this);
        }

        public string Line(int index)
        {
            return (string)_lines[index];
        }

        public string Last
        {
            get { return _lines.Count == 0 ? null : (string)_lines[_lines.Count - 1]; }
        }

        public void Clear()
        {
            _lines.Clear();
        }

        /// <summary>Index of the first line equal to <paramref name="line"/>, or -1.</summary>
        public int IndexOf(string line)
        {
            for (int i = 0; i < _lines.Count; i++)
            {
                if ((string)_lines[i] == line)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>How many lines start with <paramref name="prefix"/>.</summary>
        public int CountStartingWith(string prefix)
        {
            int count = 0;
            for (int i = 0; i < _lines.Count; i++)
            {
                if (((string)_lines[i]).StartsWith(prefix))
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>The first line starting with <paramref name="prefix"/>, or null.</summary>
        public string StartingWith(string prefix)
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

        /// <summary>Every line, one per row, for failure messages.</summary>
        public string Text
        {
            get
            {
                string text = string.Empty;
                for (int i = 0; i < _lines.Count; i++)
                {
                    text += (string)_lines[i] + "\n";
                }

                return text;
            }
        }

        public void Write(string text)
        {
            _pending += text;
        }

        public void Write(char[] chars, int offset, int count)
        {
            _pending += new string(chars, offset, count);
        }

        public void WriteLine(string line)
        {
            _lines.Add(_pending + line);
            _pending = string.Empty;
        }
    }
}
