using System;

namespace Router.Cli
{
    /// <summary>
    /// The commands of the console, each declared by its Syntax line in the notation of
    /// <see cref="SyntaxNotation"/>; the parser and help read the same strings. Feature areas
    /// register at boot (see CommandCatalog); afterwards the table is only read, so several
    /// consoles may share it. Its capacity is fixed when it is made (bounded, rule 4).
    /// </summary>
    public sealed class CommandTable
    {
        private readonly CommandEntry[] _entries;
        private int _count;

        public CommandTable(int capacity)
        {
            if (capacity < 1)
            {
                throw new ArgumentOutOfRangeException("capacity");
            }

            _entries = new CommandEntry[capacity];
        }

        public int Count { get { return _count; } }

        public int Capacity { get { return _entries.Length; } }

        public CommandEntry this[int index]
        {
            get
            {
                if (index < 0 || index >= _count)
                {
                    throw new ArgumentOutOfRangeException("index");
                }

                return _entries[index];
            }
        }

        /// <summary>
        /// Adds a command. A full table or a missing syntax is a programming error found at
        /// boot, so it throws; the syntax itself is checked by the catalog tests
        /// (<see cref="SyntaxNotation.Check"/>), not here, to keep boot cheap.
        /// </summary>
        public void Register(string syntax, ICommandHandler handler, Privilege minimum, bool isSecurityCommand)
        {
            if (syntax == null || syntax.Length == 0 || handler == null)
            {
                throw new ArgumentNullException(syntax == null || syntax.Length == 0 ? "syntax" : "handler");
            }

            if (_count == _entries.Length)
            {
                throw new InvalidOperationException("command table full");
            }

            _entries[_count++] = new CommandEntry(syntax, handler, minimum, isSecurityCommand);
        }

        /// <summary>Adds a syntax-only command whose feature is not built yet.</summary>
        public void RegisterPending(string syntax, Privilege minimum, bool isSecurityCommand)
        {
            Register(syntax, NotAvailableHandler.Instance, minimum, isSecurityCommand);
        }

        /// <summary>
        /// Gives the handler to the command titled <paramref name="title"/> (e.g.
        /// "show ipsec policy counter", full words, any case). Returns false when no command
        /// has that title.
        /// </summary>
        public bool Attach(string title, ICommandHandler handler)
        {
            if (handler == null)
            {
                throw new ArgumentNullException("handler");
            }

            for (int i = 0; i < _count; i++)
            {
                if (CommandTitle.Is(_entries[i].Syntax, title))
                {
                    _entries[i].Attach(handler);
                    return true;
                }
            }

            return false;
        }

        /// <summary>The command titled <paramref name="title"/>, or null.</summary>
        public CommandEntry Find(string title)
        {
            for (int i = 0; i < _count; i++)
            {
                if (CommandTitle.Is(_entries[i].Syntax, title))
                {
                    return _entries[i];
                }
            }

            return null;
        }
    }
}
