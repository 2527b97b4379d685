using nanoFramework.TestFramework;
using Router.Cli;

namespace Router.Cli.Tests
{
    /// <summary>
    /// A console over a command table for tests: runs lines through the dispatcher (full
    /// messages, privileges) or only through the parser (typed values).
    /// </summary>
    internal sealed class TestConsole
    {
        private static TestConsole s_catalog;

        private readonly CommandTable _table;
        private readonly CommandLine _line = new CommandLine();
        private readonly CommandParser _parser;
        private readonly CommandDispatcher _dispatcher;
        private readonly TestOutput _output = new TestOutput();

        public TestConsole(CommandTable table)
        {
            _table = table;
            _parser = new CommandParser(table);
            _dispatcher = new CommandDispatcher(table);
        }

        /// <summary>The catalog table, shared: building it once keeps the tests quick on the device.</summary>
        public static TestConsole Catalog
        {
            get
            {
                if (s_catalog == null)
                {
                    s_catalog = new TestConsole(CommandCatalog.CreateTable());
                }

                return s_catalog;
            }
        }

        public CommandTable Table { get { return _table; } }

        public TestOutput Output { get { return _output; } }

        public CommandParser Parser { get { return _parser; } }

        /// <summary>Parses only; null when the line is wrong (see <see cref="Parser"/>).</summary>
        public ParsedCommand Parse(string text)
        {
            int error = _line.Tokenize(text);
            Assert.AreEqual(0, error, "tokenizing \"" + text + "\"");
            return _parser.Parse(_line);
        }

        /// <summary>Parses a line that must be accepted, naming the parser's complaint otherwise.</summary>
        public ParsedCommand Accept(string text)
        {
            ParsedCommand command = Parse(text);
            Assert.IsNotNull(command, "\"" + text + "\" should parse, got: " + (command == null ? _parser.ErrorMessage : string.Empty));
            return command;
        }

        /// <summary>Runs a line as a manager outside security mode and returns the last line written.</summary>
        public string Run(string text)
        {
            return Run(text, Privilege.Manager, false);
        }

        public string Run(string text, Privilege caller, bool securityMode)
        {
            _output.Clear();
            _dispatcher.Execute(text, caller, securityMode, _output);
            return _output.Last;
        }

        public int Execute(string text, Privilege caller, bool securityMode)
        {
            _output.Clear();
            return _dispatcher.Execute(text, caller, securityMode, _output);
        }
    }
}
