using Router.Cli;
using Router.Core;
using Router.Core.Storage;
using Router.Config.Files;
using Router.Config.Keys;
using Router.Config.Scripts;
using Router.Config.Security;
using Router.Config.Session;
using Router.Config.Settings;
using Router.Config.Users;
using Router.Enco.Keys;

namespace Router.Config
{
    /// <summary>
    /// Everything this library adds to a router, built once per boot on the flash store: the
    /// console context, the user database and login rules, system security, the persistent
    /// system state, the system settings and clock, and the running configuration with its
    /// sections. <see cref="AttachCommands"/> gives the command table its handlers.
    /// </summary>
    public sealed class RouterConfiguration
    {
        private readonly FlashStore _store;
        private readonly EventLog _log;
        private readonly string _scriptHeader;
        private readonly ConsoleContext _context = new ConsoleContext();
        private readonly SystemSettings _settings = new SystemSettings();
        private readonly RunningConfiguration _running = new RunningConfiguration();
        private readonly SystemClock _clock;
        private readonly UserDatabase _users;
        private readonly SystemState _state;
        private readonly SecurityMode _security;
        private readonly EncoKeyStore _keys;

        /// <param name="scriptHeader">The comment create config opens each script with.</param>
        public RouterConfiguration(FlashStore store, EventLog log, SystemClock clock, string scriptHeader)
        {
            _store = store;
            _log = log;
            _clock = clock;
            _scriptHeader = scriptHeader;
            _users = new UserDatabase(store, log, clock, new LoginPolicy());
            _state = new SystemState(store, log);
            _security = new SecurityMode(_state, _users, log);
            _keys = new EncoKeyStore(EncoKeyStore.DefaultMaxKeys, store, new EncoRandomSource());
            _security.Register(new EncoKeySecrets(_keys));
            _running.Register(new SystemConfigSection(_settings));
            _running.Register(new UserConfigSection(_users));
        }

        public ConsoleContext Context
        {
            get { return _context; }
        }

        public UserDatabase Users
        {
            get { return _users; }
        }

        public SecurityMode Security
        {
            get { return _security; }
        }

        /// <summary>The ENCO key store, kept in flash only while system security is enabled.</summary>
        public EncoKeyStore Keys
        {
            get { return _keys; }
        }

        public SystemState State
        {
            get { return _state; }
        }

        public SystemSettings Settings
        {
            get { return _settings; }
        }

        public SystemClock Clock
        {
            get { return _clock; }
        }

        /// <summary>Other features register the sections create config writes for them here.</summary>
        public RunningConfiguration Running
        {
            get { return _running; }
        }

        /// <summary>Attaches the handlers of this library's commands; a title the table lacks is a wiring mistake and throws.</summary>
        public void AttachCommands(CommandTable table)
        {
            AdministratorGuard guard = new AdministratorGuard(_users, _security);
            Attach(table, "add user", new AddUserCommand(_users, _context, _log));
            Attach(table, "set user", new SetUserCommand(_users, guard, _context, _log));
            Attach(table, "delete user", new DeleteUserCommand(_users, guard, _context, _log));
            Attach(table, "show user", new ShowUserCommand(_users, _clock));
            Attach(table, "login", new LoginCommand(_context));
            LogoffCommand logoff = new LogoffCommand(_context);
            Attach(table, "logoff", logoff);
            Attach(table, "logout", logoff);

            Attach(table, "enable system security", new EnableSecurityCommand(_security, _context, _log));
            Attach(table, "disable system security", new DisableSecurityCommand(_security, _context, _log));

            Attach(table, "set system", new SetSystemCommand(_settings, _context, _log));
            Attach(table, "set log utcoffset", new SetLogCommand(_settings));
            Attach(table, "show log", new ShowLogCommand(_log, _settings));
            Attach(table, "set time", new SetTimeCommand(_clock, _settings, _context, _log));
            Attach(table, "show time", new ShowTimeCommand(_clock, _settings));

            Attach(table, "create enco key", new CreateEncoKeyCommand(_keys, _context, _log));
            Attach(table, "destroy enco key", new DestroyEncoKeyCommand(_keys, _context, _log));
            Attach(table, "set enco key", new SetEncoKeyCommand(_keys, _context, _log));
            Attach(table, "show enco key", new ShowEncoKeyCommand(_keys, _context));

            Attach(table, "create config", new CreateConfigCommand(_running, _store, _context, _log, _scriptHeader));
            Attach(table, "set config", new SetConfigCommand(_state, _store, _context, _log));
            Attach(table, "show config", new ShowConfigCommand(_state, _store, _running, _scriptHeader));
            Attach(table, "show file", new ShowFileCommand(_store, _log));
            Attach(table, "delete file", new DeleteFileCommand(_store, _state, _context, _log));
        }

        /// <summary>
        /// Boot, after <see cref="SystemState.Load"/>: reads the key files back in security mode, or
        /// wipes any left on flash out of it. Returns the keys loaded; throws EncoKeyStoreException
        /// when the flash cannot be read.
        /// </summary>
        public int LoadKeys()
        {
            return _keys.Load(_security.IsEnabled);
        }

        /// <summary>A runner for boot scripts that uses <paramref name="dispatcher"/>.</summary>
        public ScriptRunner CreateScriptRunner(CommandDispatcher dispatcher)
        {
            return new ScriptRunner(_store, dispatcher, _context, _security, _log);
        }

        private static void Attach(CommandTable table, string title, ICommandHandler handler)
        {
            if (!table.Attach(title, handler))
            {
                throw new System.InvalidOperationException("no command titled " + title);
            }
        }
    }
}
