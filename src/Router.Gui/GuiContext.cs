using Router.Cli;
using Router.Config.Security;
using Router.Config.Session;
using Router.Config.Users;
using Router.Core;
using Router.Core.Storage;
using Router.Pki.Commands;

namespace Router.Gui
{
    /// <summary>
    /// Everything the GUI reads or drives, handed over by the composition root (Router.Device's GuiWiring):
    /// the router's users and login rules, system security, the console context that commands report to,
    /// the command table (the GUI runs commands through its own dispatcher), the event log, the flash store,
    /// the PKI, and the system and SSL figures.
    /// </summary>
    public sealed class GuiContext
    {
        public readonly UserDatabase Users;
        public readonly SecurityMode Security;
        public readonly ConsoleContext Console;
        public readonly CommandTable Commands;
        public readonly EventLog Log;
        public readonly FlashStore Store;
        public readonly PkiContext Pki;
        public readonly IGuiSystemInfo System;
        public readonly IGuiSslStatistics Ssl;
        public readonly IClock Clock;

        /// <summary>Sessions the GUI keeps (see <see cref="SessionTable"/>).</summary>
        public int MaxSessions = SessionTable.DefaultCapacity;

        /// <summary>Event log lines on the dashboard.</summary>
        public int LogLines = 15;

        /// <param name="pki">The PKI, or null on a router without one (the certificate pages then say so).</param>
        /// <param name="ssl">The SSL figures, or null before the TLS diagnostics are wired.</param>
        public GuiContext(UserDatabase users, SecurityMode security, ConsoleContext console, CommandTable commands, EventLog log,
            FlashStore store, PkiContext pki, IGuiSystemInfo system, IGuiSslStatistics ssl, IClock clock)
        {
            Users = users;
            Security = security;
            Console = console;
            Commands = commands;
            Log = log;
            Store = store;
            Pki = pki;
            System = system;
            Ssl = ssl;
            Clock = clock;
        }
    }
}
