using Router.Cli;
using Router.Core;
using Router.Core.Network;
using Router.Enco;
using Router.Enco.Keys;
using Router.Http;
using Router.Pki.Commands;
using Router.Pki.Database;
using Router.Pki.Der;
using Router.Pki.Validation;
using Router.Pki.X509;
using Router.Tls;
using Router.Tls.Diagnostics;
using Router.Tls.Pki;

namespace Router.Device.Http
{
    /// <summary>
    /// The HTTP server as the router runs it: the settings the commands change, the TLS configuration built from
    /// the ENCO key and its PKI certificate (chain completed from the database), and the <see cref="HttpServer"/>
    /// started, restarted or stopped to match. The firmware loop calls <see cref="Poll"/>.
    /// </summary>
    public sealed class HttpService
    {
        private readonly HttpServerSettings _settings = new HttpServerSettings();
        private readonly HttpServer _server;
        private readonly INetwork _network;
        private readonly EncoKeyStore _keys;
        private readonly PkiContext _pki;
        private readonly SslService _ssl;
        private readonly EventLog _log;
        private readonly int _defaultPlainPort;
        private readonly int _defaultSecurePort;
        private EncoKey _key;
        private CertificateEntry _certificate;
        private readonly HttpServerLimits _limits;
        private int _sslRevision;
        private string _problem;

        public HttpService(INetwork network, HttpServerLimits limits, EncoKeyStore keys, PkiContext pki, SslService ssl,
            Router.Enco.Channels.EncoChannelPool channels, EventLog log, int defaultPlainPort, int defaultSecurePort)
        {
            _network = network;
            _limits = limits;
            _keys = keys;
            _pki = pki;
            _ssl = ssl;
            _log = log;
            _defaultPlainPort = defaultPlainPort;
            _defaultSecurePort = defaultSecurePort;
            _server = new HttpServer(network, limits, channels, ssl.Monitor);
        }

        public HttpServerSettings Settings
        {
            get { return _settings; }
        }

        public HttpServer Server
        {
            get { return _server; }
        }

        /// <summary>What serves requests (the GUI sets itself here); null: the built-in page.</summary>
        public IHttpHandler Handler
        {
            get { return _server.Handler; }
            set { _server.Handler = value; }
        }

        /// <summary>True while the server listens: the firmware loop then polls the console briefly.</summary>
        public bool IsActive
        {
            get { return _server.IsRunning; }
        }

        public bool HasNetwork
        {
            get { return _network != null; }
        }

        /// <summary>Why an enabled server is not running, or null.</summary>
        public string Problem
        {
            get { return _problem; }
        }

        /// <summary>The port the settings give (port=N, or the board's default for the security mode).</summary>
        public int ConfiguredPort
        {
            get { return _settings.Port != 0 ? _settings.Port : (_settings.Security ? _defaultSecurePort : _defaultPlainPort); }
        }

        /// <summary>The port for a security mode when port= was not given.</summary>
        public int ConfiguredPortFor(bool security)
        {
            return _settings.Port != 0 ? _settings.Port : (security ? _defaultSecurePort : _defaultPlainPort);
        }

        /// <summary>The redirect port the settings give while security is on (0: none).</summary>
        public int ConfiguredRedirectPort
        {
            get { return _settings.RedirectPort >= 0 ? _settings.RedirectPort : _defaultPlainPort; }
        }

        public string Address
        {
            get { return _network != null ? _network.DefaultAddress : "-"; }
        }

        /// <summary>
        /// Checks that ENCO key <paramref name="keyId"/> and its certificate (named, or found by public key) can
        /// serve HTTPS; writes the numbered error and returns false when not.
        /// </summary>
        public bool CheckTls(int keyId, string certificateName, ICommandOutput output)
        {
            string problem = _problem;
            CertificateEntry entry;
            bool usable = FindCertificate(keyId, certificateName, output, out entry);
            _problem = problem;
            return usable;
        }

        /// <summary>
        /// Makes the server match the settings: stopped when disabled, (re)started when enabled. Returns false and
        /// writes the numbered error (output may be null at boot: then it is logged) when it cannot run.
        /// </summary>
        public bool Apply(ICommandOutput output)
        {
            Stop();
            _problem = null;
            if (!_settings.Enabled)
            {
                return true;
            }

            if (_network == null)
            {
                return Refuse(output, HttpMessages.NoNetwork, "This board has no network: the HTTP server cannot run.");
            }

            TlsServerConfig config = null;
            if (_settings.Security)
            {
                if (_settings.SslKey < 0)
                {
                    return Refuse(output, HttpMessages.KeyRequired, "SECURITY=ON needs an SSL key: give SSLKEY.");
                }

                CertificateEntry entry;
                if (!FindCertificate(_settings.SslKey, _settings.Certificate, output, out entry))
                {
                    _problem = "no usable key or certificate";
                    return false;
                }

                config = BuildConfig(entry, output);
                if (config == null)
                {
                    _problem = "no usable key or certificate";
                    return false;
                }
            }

            string address = _network.DefaultAddress;
            int port = ConfiguredPort;
            string warning;
            string error = _server.Start(address, port, config, _settings.Security ? ConfiguredRedirectPort : 0, out warning);
            if (error != null)
            {
                ReleaseTls();
                return Refuse(output, HttpMessages.CannotListen, "The HTTP server cannot listen on " + address + ":" + port.ToString() + ": " + error);
            }

            string mode = _settings.Security ? "HTTPS" : "HTTP";
            _log.Add(LogSeverity.Info, "HTTP", mode + " server listening on " + address + ":" + _server.Port.ToString());
            if (warning != null)
            {
                string text = "HTTPS server running; the redirect port " + ConfiguredRedirectPort.ToString() + " is not: " + warning;
                _log.Add(LogSeverity.Warning, "HTTP", text);
                if (output != null)
                {
                    CliMessages.WriteInfo(output, HttpMessages.RedirectPortUnavailable, text);
                }
            }

            return true;
        }

        /// <summary>Stops the server and lets go of the key (wiped) and the certificate.</summary>
        public void Stop()
        {
            _server.Stop();
            ReleaseTls();
        }

        /// <summary>One turn of the firmware loop; a set ssl change gives new connections a new configuration. True when busy.</summary>
        public bool Poll(long now)
        {
            if (!_server.IsRunning)
            {
                return false;
            }

            if (_key != null && _keys.Find(_settings.SslKey) == null)
            {
                // The key was destroyed (destroy enco key, disable system security): its copy goes too (DESIGN rule 6).
                Stop();
                _problem = "ENCO key " + _settings.SslKey.ToString() + " was destroyed";
                _log.Add(LogSeverity.Warning, "HTTP", "HTTPS server stopped: " + _problem);
                return false;
            }

            if (_server.TlsConfig != null && _ssl.Revision != _sslRevision && _certificate != null)
            {
                TlsServerConfig config = NewConfig(_server.TlsConfig.Chain, _key);
                _server.TlsConfig = config;
            }

            return _server.Poll(now);
        }

        private bool FindCertificate(int keyId, string certificateName, ICommandOutput output, out CertificateEntry entry)
        {
            entry = null;
            EncoKeyEntry key = _keys.Find(keyId);
            if (key == null)
            {
                return Refuse(output, HttpMessages.NoSuchKey, "ENCO key " + keyId.ToString() + " does not exist.");
            }

            if (key.Kind != EncoKeyKind.Rsa && key.Kind != EncoKeyKind.Ecdsa || (key.Kind == EncoKeyKind.Ecdsa && key.Bits != 256))
            {
                return Refuse(output, HttpMessages.KeyUnusable, "ENCO key " + keyId.ToString()
                    + " cannot serve HTTPS: it needs an RSA or ECC P-256 key pair.");
            }

            byte[] spki = new byte[EncoKeyFormat.MaxDerSize];
            int length = _keys.ExportPublicKeyInfo(keyId, spki, 0);
            PublicKeyInfo publicKey = length > 0 ? PublicKeyInfo.Read(new DerReader(spki, 0, length)) : null;
            if (publicKey == null)
            {
                return Refuse(output, HttpMessages.KeyUnusable, "ENCO key " + keyId.ToString() + " has no public key to certify.");
            }

            if (certificateName != null)
            {
                entry = _pki.Database.FindCertificate(certificateName);
                if (entry == null)
                {
                    return Refuse(output, HttpMessages.NoSuchCertificate, "PKI certificate \"" + certificateName + "\" does not exist.");
                }

                if (!entry.Certificate.PublicKey.SameKeyAs(publicKey))
                {
                    entry = null;
                    return Refuse(output, HttpMessages.CertificateKeyMismatch, "PKI certificate \"" + certificateName
                        + "\" does not hold the public key of ENCO key " + keyId.ToString() + ".");
                }

                return true;
            }

            entry = _pki.Database.FindByPublicKey(publicKey);
            if (entry == null)
            {
                return Refuse(output, HttpMessages.NoCertificateForKey, "No PKI certificate holds the public key of ENCO key "
                    + keyId.ToString() + ": create or add one first.");
            }

            return true;
        }

        /// <summary>The chain (the certificate, then the intermediates the database has) and the opened key.</summary>
        private TlsServerConfig BuildConfig(CertificateEntry entry, ICommandOutput output)
        {
            Certificate[] path = LocalChain.For(_pki.Database, _pki.Verifier, entry, _pki.Now);
            byte[][] chain = new byte[path.Length][];
            for (int i = 0; i < path.Length; i++)
            {
                chain[i] = path[i].Der;
            }

            EncoKey key = _keys.OpenPrivateKey(_settings.SslKey);
            if (key == null)
            {
                Refuse(output, HttpMessages.NoSuchKey, "ENCO key " + _settings.SslKey.ToString() + " does not exist.");
                return null;
            }

            TlsServerConfig config = NewConfig(chain, key);
            if (!config.IsUsable)
            {
                key.Dispose();
                if (config.SignatureScheme == 0)
                {
                    Refuse(output, HttpMessages.KeyUnusable, "ENCO key " + _settings.SslKey.ToString()
                        + " cannot serve HTTPS: it needs an RSA or ECC P-256 key pair.");
                }
                else
                {
                    Refuse(output, HttpMessages.ChainTooLarge, "The certificate chain of \"" + entry.Name
                        + "\" is too large for TLS (" + TlsServerConfig.MaxCertificateMessage.ToString() + " bytes at most).");
                }

                return null;
            }

            _key = key;
            _certificate = entry;
            _pki.Database.AddReference(entry);
            return config;
        }

        private TlsServerConfig NewConfig(byte[][] chain, EncoKey key)
        {
            TlsServerConfig config = new TlsServerConfig(chain, key, _ssl.Counters, new EncoTlsEntropy());
            config.SessionCache = _ssl.SessionCache;
            config.CipherSuites = _ssl.CipherSuites;
            config.KeyLog = _ssl.KeyLog;
            config.OutputBufferSize = _limits.TlsOutputBuffer;
            config.ClientAuth = _settings.ClientAuth;
            if (config.ClientAuth != TlsClientAuth.None)
            {
                // Seed 003's double authentication: the browser's certificate must chain to a trusted root.
                config.ClientVerifier = new PkiClientCertificateVerifier(_pki.Database, _pki.Verifier, _pki.Clock);
            }
            _sslRevision = _ssl.Revision;
            return config;
        }

        private void ReleaseTls()
        {
            if (_key != null)
            {
                _key.Dispose();
                _key = null;
            }

            if (_certificate != null)
            {
                _pki.Database.ReleaseReference(_certificate);
                _certificate = null;
            }
        }

        private bool Refuse(ICommandOutput output, int number, string text)
        {
            _problem = text;
            if (output != null)
            {
                CliMessages.WriteError(output, number, text);
            }
            else
            {
                _log.Add(LogSeverity.Error, "HTTP", text);
            }

            return false;
        }
    }
}
