namespace Router.Cli
{
    /// <summary>
    /// One registered command: its Syntax line (a string literal, so on the device it stays
    /// in flash and is read lazily), the handler, and who may run it. Nothing is decoded or
    /// copied at registration: an entry is three fields (nanoFramework spends a 12-byte heap
    /// block per field, so privilege and the security flag share one).
    /// </summary>
    public sealed class CommandEntry
    {
        private const int SecurityFlag = 0x100;

        private readonly string _syntax;
        private readonly int _access;
        private ICommandHandler _handler;

        internal CommandEntry(string syntax, ICommandHandler handler, Privilege minimum, bool isSecurityCommand)
        {
            _syntax = syntax;
            _handler = handler;
            _access = (int)minimum | (isSecurityCommand ? SecurityFlag : 0);
        }

        public string Syntax { get { return _syntax; } }

        public ICommandHandler Handler { get { return _handler; } }

        /// <summary>The lowest privilege that may run the command.</summary>
        public Privilege MinimumPrivilege { get { return (Privilege)(_access & 0xFF); } }

        /// <summary>While system security is enabled, only a Security Officer may run a security command.</summary>
        public bool IsSecurityCommand { get { return (_access & SecurityFlag) != 0; } }

        /// <summary>False while the entry is syntax only (its feature is not built yet).</summary>
        public bool IsAvailable { get { return !(_handler is NotAvailableHandler); } }

        /// <summary>The command's name as the manuals title it, e.g. "create ipsec policy" (allocates).</summary>
        public string Title { get { return CommandTitle.Of(_syntax); } }

        internal void Attach(ICommandHandler handler)
        {
            _handler = handler;
        }
    }
}
