using System;
using Router.Cli;
using Router.Config;
using Router.Config.Scripts;
using Router.Config.Settings;
using Router.Core;
using Router.Core.Storage;
using Router.Device.Http;
using Router.Device.Gui;
using Router.Device.Shell;
using Router.Device.Ssl;
using Router.Device.Terminal;
using Router.Config.Keys;
using Router.Enco.Channels;
using Router.Enco.Keys;
using Router.Pki.Commands;
using Router.Pki.Database;
using Router.Pki.Engine;
using Router.Tls.Diagnostics;

namespace Router.Device
{
    /// <summary>
    /// The composition root: builds the router's parts on a board and runs the console loop
    /// until the administrator restarts the router, the board asks it to stop, or the console
    /// goes away. One instance is one boot; a restart builds a new one, so nothing survives it
    /// but what the board keeps (flash).
    /// <para>
    /// Boot: banner; mount the flash store; read the system state (security mode, boot script)
    /// and the user database; run the boot script (its errors are reported with file and line
    /// and do not stop the boot); take the board's manager password if there is still no user;
    /// then the console: the first-boot manager password prompt, or the login prompt.
    /// </para>
    /// </summary>
    public sealed class RouterDevice
    {
        private const int OutputBufferSize = 256;
        private const int InputChunkSize = 64;
        private const int GuiSampleMilliseconds = 1000;

        // How long after network activity the loop keeps its console waits at 1 ms (H4).
        private const int NetworkGraceMilliseconds = 200;

        // show enco's algorithms section: what the ENCO engine (native-interop/enco) offers on every board.
        private static readonly string[] EncoAlgorithms =
        {
            "Ciphers", "AES-GCM, ChaCha20-Poly1305, AES, 3DES, DES",
            "Hashes", "SHA-256, SHA-384, SHA-512, SHA-1, MD5",
            "Public Key", "RSA 1024-4096, ECDSA P-256/P-384, ECDH, X25519, MODP DH",
            "Other", "HMAC, HKDF, TLS PRF, PBKDF2, DRBG, Deflate",
        };

        private readonly IBoard _board;
        private readonly DeviceSettings _settings;
        private readonly EventLog _log;
        private readonly TerminalWriter _output;
        private readonly FlashStore _store;
        private readonly RouterConfiguration _configuration;
        private readonly CertificateDatabase _certificates;
        private readonly EncoChannelPool _channels;
        private readonly CommandTable _commands;
        private readonly CommandDispatcher _dispatcher;
        private readonly ConsoleSession _session;
        private readonly byte[] _input = new byte[InputChunkSize];
        private readonly SslService _ssl;
        private readonly HttpService _http;
        private readonly Router.Gui.GuiHandler _gui;
        private long _nextGuiSample;
        private bool _networkBusy;
        private long _networkActivity = long.MinValue / 2;

        public RouterDevice(IBoard board, DeviceSettings settings)
        {
            _board = board;
            _settings = settings;
            SystemClock clock = new SystemClock(board.Clock);
            _log = new EventLog(settings.EventLogCapacity, clock);
            _output = new TerminalWriter(board.Console, OutputBufferSize);

            int storeBlocks = StoreBlocks(board.Flash, settings);
            _store = new FlashStore(board.Flash, 0, storeBlocks, settings.StoreBlocksPerSegment, settings.StoreMaxFiles);
            string scriptHeader = FirmwareIdentity.ProductName + " configuration, firmware " + FirmwareIdentity.Version;
            _configuration = new RouterConfiguration(_store, _log, clock, scriptHeader);
            _configuration.Settings.Name = settings.SystemName;
            _configuration.Users.Iterations = settings.PasswordIterations;

            _commands = CommandCatalog.CreateTable();
            _configuration.AttachCommands(_commands);
            _commands.Attach("show system", new ShowSystemCommand(board, _configuration, _store, storeBlocks * board.Flash.EraseBlockSize, _log));
            RestartCommand restart = new RestartCommand(_configuration.Context, _log);
            _commands.Attach("restart router", restart);
            _commands.Attach("restart reboot", restart);

            // The ENCO channel pool, sized once here; TLS, IPsec and ISAKMP attach to it.
            _channels = new EncoChannelPool(settings.EncoChannels, new EncoCounters());
            _commands.Attach("show enco", new ShowEncoCommand(_channels, _configuration.Keys, EncoAlgorithms));
            _commands.Attach("show enco counters", new ShowEncoCountersCommand(_channels.Counters));
            _dispatcher = new CommandDispatcher(_commands);

            LineEditor editor = new LineEditor(settings.MaxLineLength, _output, new LineHistory(settings.HistoryLines, settings.HistoryBytes));
            _session = new ConsoleSession(_output, editor, _configuration.Users, _dispatcher, _configuration.Context,
                _configuration.Security, _log, clock);

            // PKI (Router.Pki README): certificates on the flash store, signed with the ENCO key store's keys;
            // the console session takes pasted PEM (add pki certificate ... location=console).
            _certificates = new CertificateDatabase(DatabaseLimits.Default(), new FlashCertificateStorage(_store));
            PkiContext pki = new PkiContext(_certificates, new FlashPkiFiles(_store), new EncoSigningKeys(_configuration.Keys),
                new EncoSignatureVerifier(), clock, new SystemIdentity(_configuration.Settings));
            new PkiCommands(pki, _session).Attach(_commands);

            // SSL (Router.Tls Diagnostics and Commands, Ssl/SslFeature): counters, session cache, monitor, ssl commands.
            _ssl = SslFeature.Build(_commands, _configuration, _output, clock, settings);

            // --- HTTP server (helper H4: Router.Http, Http/HttpService): set/enable/disable/show http server, polled by Run.
            _http = new HttpService(board.Network, HttpLimits(settings), _configuration.Keys, pki, _ssl, _channels, _log,
                settings.HttpPort, settings.HttpsPort);
            HttpCommands.Attach(_commands, _configuration.Running, _http);

            // The HTTPS management GUI (Router.Gui) serves every request of the HTTP server.
            _gui = GuiWiring.Create(board, _configuration, _commands, _log, _store, pki, _ssl);
            _http.Handler = _gui;
            // --- end HTTP server
        }

        public EventLog Log
        {
            get { return _log; }
        }

        /// <summary>The command table, with every handler this firmware has attached.</summary>
        public CommandTable Commands
        {
            get { return _commands; }
        }

        public RouterConfiguration Configuration
        {
            get { return _configuration; }
        }

        /// <summary>The ENCO channel pool, for the features that use the engine.</summary>
        public EncoChannelPool EncoChannels
        {
            get { return _channels; }
        }

        /// <summary>The router's SSL: what the HTTP server and load balancer build their TLS servers from and report to.</summary>
        public SslService Ssl
        {
            get { return _ssl; }
        }

        /// <summary>The HTTP server (the GUI installs its handler with Http.Handler).</summary>
        public HttpService Http
        {
            get { return _http; }
        }

        public DeviceExit Run()
        {
            try
            {
                Boot();
                return RunLoop();
            }
            finally
            {
                // HTTP server (H4): its ports close before a restart binds them again.
                _http.Stop();
            }
        }

        private DeviceExit RunLoop()
        {
            while (!_board.StopRequested)
            {
                // While the HTTP server runs, the console is polled briefly so the network is served in between: 1 ms
                // while connections move data and for a moment after (the peer's next flight), else 5 ms (H4). Never 0:
                // a UART read timeout of 0 is not "return at once" on every board.
                int wait = _settings.ConsolePollMilliseconds;
                if (_http.IsActive)
                {
                    bool recent = _networkBusy || _board.Clock.UptimeMilliseconds - _networkActivity < NetworkGraceMilliseconds;
                    wait = recent ? 1 : _settings.NetworkPollMilliseconds;
                }

                int count = _board.Console.Read(_input, 0, _input.Length, wait);
                if (count < 0)
                {
                    _log.Add(LogSeverity.Info, "SYSTEM", "Console closed");
                    return DeviceExit.ConsoleClosed;
                }

                // Idle time is judged before the new keys count as activity.
                _session.Tick();
                for (int i = 0; i < count && !_session.RestartRequested; i++)
                {
                    FeedConsole(_input[i]);
                }

                _output.Flush();
                if (_session.RestartRequested)
                {
                    return DeviceExit.Restart;
                }

                PollNetwork();
            }

            _output.NewLine();
            _output.WriteLine("INFO:  Router shutting down.");
            _output.Flush();
            _log.Add(LogSeverity.Info, "SYSTEM", "Router stopped by the board");
            return DeviceExit.Stopped;
        }

        private void Boot()
        {
            BootBanner banner = new BootBanner(_output, _log);
            banner.WriteHeader(_board);
            banner.WriteFlash(_board.Flash);
            if (MountStore(banner))
            {
                LoadState(banner);
                RunBootScript(banner);
            }

            AcceptBoardManagerPassword(banner);
            banner.Message(LogSeverity.Info, "Router startup complete");
            _output.NewLine();
            _session.Start();
            _output.Flush();
        }

        /// <summary>Mounts the store, repairing what a power cut interrupted. Without it the router runs, but keeps nothing.</summary>
        private bool MountStore(BootBanner banner)
        {
            try
            {
                _store.Mount();
                if (_store.RepairedRecords > 0)
                {
                    banner.Message(LogSeverity.Warning, "Flash store: " + _store.RepairedRecords.ToString() + " interrupted or damaged records cleaned up");
                }

                return true;
            }
            catch (StorageException e)
            {
                banner.Message(LogSeverity.Error, "Flash store unusable (" + e.Message + "): nothing will be saved");
                return false;
            }
        }

        private void LoadState(BootBanner banner)
        {
            try
            {
                _configuration.State.Load();
                int users = _configuration.Users.Load();
                if (users < 0)
                {
                    banner.Message(LogSeverity.Error, "User database damaged: it is ignored");
                }
            }
            catch (StorageException e)
            {
                banner.Message(LogSeverity.Error, "Flash store read failed: " + e.Message);
            }

            if (_configuration.Security.IsEnabled)
            {
                banner.Message(LogSeverity.Info, "System security is enabled");
            }

            LoadKeys(banner);
            LoadCertificates(banner);
        }

        /// <summary>The certificate database; unreadable records are skipped (and counted), never fatal.</summary>
        private void LoadCertificates(BootBanner banner)
        {
            _certificates.Load();
            if (_certificates.LoadFailures > 0)
            {
                banner.Message(LogSeverity.Error, "PKI records unreadable: " + _certificates.LoadFailures.ToString());
            }
        }

        /// <summary>The ENCO keys: back from flash in security mode; out of it, any key file left behind is wiped.</summary>
        private void LoadKeys(BootBanner banner)
        {
            try
            {
                int keys = _configuration.LoadKeys();
                if (_configuration.Security.IsEnabled)
                {
                    banner.Message(LogSeverity.Info, "ENCO keys loaded from flash: " + keys.ToString());
                }

                if (_configuration.Keys.UnreadableFiles > 0)
                {
                    banner.Message(LogSeverity.Error, "ENCO key files unreadable: " + _configuration.Keys.UnreadableFiles.ToString());
                }
            }
            catch (EncoKeyStoreException e)
            {
                banner.Message(LogSeverity.Error, "ENCO keys not loaded: " + e.Message);
            }
        }

        private void RunBootScript(BootBanner banner)
        {
            string script = _configuration.State.BootScript;
            if (script == null)
            {
                return;
            }

            banner.Message(LogSeverity.Info, "Running boot configuration " + script);
            ScriptResult result;
            try
            {
                result = _configuration.CreateScriptRunner(_dispatcher).Run(script, new TerminalOutput(_output));
            }
            catch (StorageException e)
            {
                banner.Message(LogSeverity.Error, "Boot configuration " + script + " could not be read: " + e.Message);
                return;
            }

            if (!result.Found)
            {
                banner.Message(LogSeverity.Error, "Boot configuration " + script + " does not exist");
                return;
            }

            banner.Message(result.Errors == 0 ? LogSeverity.Info : LogSeverity.Warning, "Boot configuration " + script + ": "
                + result.Commands.ToString() + " commands, " + result.Errors.ToString() + (result.Errors == 1 ? " error" : " errors"));
        }

        /// <summary>Takes the manager password the board was given (virtual device option) while there is no user yet.</summary>
        private void AcceptBoardManagerPassword(BootBanner banner)
        {
            string password = _settings.ManagerPassword;
            if (password == null || _configuration.Users.HasUsers)
            {
                return;
            }

            if (!Router.Config.Users.PasswordPolicy.IsAcceptable(password.Length))
            {
                banner.Message(LogSeverity.Warning, "Manager password from the board refused: wrong length");
                return;
            }

            char[] characters = password.ToCharArray();
            _configuration.Users.CreateManager(characters, characters.Length);
            Array.Clear(characters, 0, characters.Length);
            banner.Message(LogSeverity.Info, "Manager password set by the board");
            try
            {
                _configuration.Users.Save();
            }
            catch (StorageException e)
            {
                banner.Message(LogSeverity.Warning, "User database not saved: " + e.Message);
            }
        }

        /// <summary>One turn of the HTTP server (H4); a fault stays with the server, the console goes on.</summary>
        private void PollNetwork()
        {
            try
            {
                long now = _board.Clock.UptimeMilliseconds;
                _networkBusy = _http.Poll(now);
                if (_networkBusy)
                {
                    _networkActivity = now;
                }

                // The dashboard's handshakes/second chart samples the SSL counters once a second.
                if (now >= _nextGuiSample)
                {
                    _nextGuiSample = now + GuiSampleMilliseconds;
                    _gui.Tick();
                }
            }
            catch (Exception ex)
            {
                _networkBusy = false;
                _log.Add(LogSeverity.Error, "HTTP", ex.Message);
            }
        }

        /// <summary>The HTTP server's limits from the device settings (H4).</summary>
        private static Router.Http.HttpServerLimits HttpLimits(DeviceSettings settings)
        {
            Router.Http.HttpServerLimits limits = new Router.Http.HttpServerLimits();
            limits.MaxConnections = settings.HttpMaxConnections;
            limits.ResponseCapacity = settings.HttpResponseCapacity;
            limits.IdleTimeoutMs = settings.HttpIdleTimeoutMilliseconds;
            limits.RequestTimeoutMs = settings.HttpRequestTimeoutMilliseconds;
            limits.TlsOutputBuffer = settings.HttpsOutputBuffer;
            return limits;
        }

        private void FeedConsole(byte value)
        {
            try
            {
                _session.Feed(value);
            }
            catch (Exception ex)
            {
                // Rule 5: a fault in one command must not take the console down with it.
                _log.Add(LogSeverity.Error, "CONSOLE", ex.Message);
                _output.NewLine();
                _output.WriteLine(CliMessages.Error(CliMessages.InternalError, "Internal error; the line was abandoned."));
                _session.Recover();
            }
        }

        /// <summary>The store's blocks: the setting, or as many whole segments as a smaller flash has.</summary>
        private static int StoreBlocks(IFlash flash, DeviceSettings settings)
        {
            int available = flash.Size / flash.EraseBlockSize;
            int blocks = settings.StoreBlocks < available ? settings.StoreBlocks : available;
            return blocks - blocks % settings.StoreBlocksPerSegment;
        }
    }
}
