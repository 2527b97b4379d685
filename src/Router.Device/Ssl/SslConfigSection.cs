using Router.Config.Scripts;
using Router.Tls.Diagnostics;

namespace Router.Device.Ssl
{
    /// <summary>
    /// set ssl as create config writes it: one "set ssl" line with the values that differ from the manual's
    /// defaults (none: no line). Debug modes are not configuration: they end with the boot.
    /// </summary>
    internal sealed class SslConfigSection : IConfigSection
    {
        private readonly SslService _service;
        private readonly SslMonitor _monitor;

        public SslConfigSection(SslService service, SslMonitor monitor)
        {
            _service = service;
            _monitor = monitor;
        }

        public void WriteConfig(ScriptBuilder script)
        {
            bool timeout = _service.CacheTimeoutSeconds != SslService.DefaultCacheTimeoutSeconds;
            bool sessions = _service.MaxSessions != SslService.DefaultMaxSessions;
            bool address = _monitor.DebugAddress != null;
            int[] suites = _service.CipherSuites;
            if (!timeout && !sessions && !address && suites == null)
            {
                return;
            }

            script.Command("set ssl");
            if (timeout)
            {
                script.Parameter("cachetimeout", _service.CacheTimeoutSeconds);
            }

            if (address)
            {
                script.Parameter("debugipaddress", _monitor.DebugAddress);
            }

            if (sessions)
            {
                script.Parameter("maxsessions", _service.MaxSessions);
            }

            if (suites != null)
            {
                script.Parameter("ciphers", SslSuiteList.Format(suites));
            }

            script.EndCommand();
        }
    }
}
