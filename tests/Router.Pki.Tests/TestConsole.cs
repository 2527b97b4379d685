using System;
using System.Collections;
using System.Text;
using Router.Cli;
using Router.Core;
using Router.Pki.Commands;
using Router.Pki.Database;

namespace Router.Pki.Tests
{
    /// <summary>
    /// The PKI commands on a command table, with files in RAM, the test verifier, no ENCO keys and
    /// a fixed clock: enough for every command but the create ones.
    /// </summary>
    internal sealed class TestConsole : ICommandOutput, IPkiFiles, IClock, IPemPasteHost
    {
        private readonly Hashtable _files = new Hashtable();
        private readonly ArrayList _lines = new ArrayList();
        private readonly StringBuilder _partial = new StringBuilder();
        private readonly CommandDispatcher _dispatcher;

        public readonly CertificateDatabase Database;
        public readonly PkiContext Context;
        public PemPaste Paste;

        public TestConsole()
        {
            Database = new CertificateDatabase(DatabaseLimits.Default(), new RamCertificateStorage());
            Context = new PkiContext(Database, this, null, new TestPki.Verifier(), this, null);
            CommandTable table = CommandCatalog.CreateTable();
            new PkiCommands(Context, this).Attach(table);
            _dispatcher = new CommandDispatcher(table);
        }

        public DateTime Now = new DateTime(2030, 1, 1, 0, 0, 0);

        /// <summary>Runs a line as a Security Officer; returns everything it wrote, lines joined with "\n".</summary>
        public string Run(string line)
        {
            _lines.Clear();
            _dispatcher.Execute(line, Privilege.SecurityOfficer, true, this);
            return Text;
        }

        /// <summary>Hands pasted lines to the paste the last command began.</summary>
        public string PasteLines(string[] lines)
        {
            _lines.Clear();
            for (int i = 0; i < lines.Length && Paste != null; i++)
            {
                if (Paste.AcceptLine(lines[i], this))
                {
                    Paste = null;
                }
            }

            return Text;
        }

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

        public void PutFile(string name, byte[] data)
        {
            _files[name] = data;
        }

        // ICommandOutput
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

        // IPkiFiles
        public byte[] Read(string name, int maxLength)
        {
            return (byte[])_files[name];
        }

        public bool Exists(string name)
        {
            return _files.Contains(name);
        }

        void IPkiFiles.Write(string name, byte[] data, int offset, int count)
        {
            byte[] copy = new byte[count];
            Array.Copy(data, offset, copy, 0, count);
            _files[name] = copy;
        }

        // IClock
        public long UptimeMilliseconds
        {
            get { return 0; }
        }

        public DateTime UtcNow
        {
            get { return Now; }
        }

        // IPemPasteHost
        public bool CanPaste
        {
            get { return true; }
        }

        public void BeginPaste(PemPaste paste)
        {
            Paste = paste;
        }
    }
}
