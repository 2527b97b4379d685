using Router.Cli;
using Router.Tls.Diagnostics;

namespace Router.Tls.Commands
{
    /// <summary>
    /// set ssl [cachetimeout=60..600] [debugipaddress={all|ipv4}] [maxsessions=0..5000] [ciphers=...] (seed 000):
    /// every value is checked before any is applied. A new size or timeout rebuilds the session cache and wipes
    /// the old one (its sessions cannot be resumed any more); the cache holds at most what the board allows.
    /// </summary>
    public sealed class SetSslCommand : ICommandHandler
    {
        private readonly SslService _service;
        private readonly SslMonitor _monitor;
        private readonly int[] _suites = new int[SslSuiteList.MaxSuites];

        public SetSslCommand(SslService service, SslMonitor monitor)
        {
            _service = service;
            _monitor = monitor;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            if (command.WordCount <= 2)
            {
                CliMessages.WriteError(output, CliMessages.NothingToSet, "Give at least one parameter to change.");
                return CommandResult.Error;
            }

            int suiteCount = -2;
            string ciphers = command.GetText("CIPHERS", null);
            if (ciphers != null && !IsDefault(ciphers))
            {
                int badStart;
                int badLength;
                suiteCount = SslSuiteList.Parse(ciphers, _suites, out badStart, out badLength);
                if (suiteCount <= 0)
                {
                    CliMessages.WriteError(output, SslMessages.UnknownCipherSuite, "Value \"" + ciphers.Substring(badStart, badLength)
                        + "\" of parameter \"CIPHERS\" is not a cipher suite of this router. Give IANA numbers (4865, 0x1301, 0xC02B) or names "
                        + "(TLS_AES_128_GCM_SHA256, ECDHE-ECDSA-AES128-GCM-SHA256), separated by commas, or DEFAULT.");
                    return CommandResult.Error;
                }
            }
            else if (ciphers != null)
            {
                suiteCount = 0;
            }

            if (command.HasValue("DEBUGIPADDRESS"))
            {
                _monitor.DebugAddress = command.IsEnum("DEBUGIPADDRESS", "ALL") ? null : Dotted(command.GetIpv4("DEBUGIPADDRESS", 0));
            }

            if (suiteCount >= 0)
            {
                _service.SetCipherSuites(_suites, suiteCount);
            }

            int maxSessions = command.GetNumber("MAXSESSIONS", _service.MaxSessions);
            int timeout = command.GetNumber("CACHETIMEOUT", _service.CacheTimeoutSeconds);
            TlsSessionCache old = _service.SessionCache;
            int wiped = old == null ? 0 : old.Count;
            if (_service.ConfigureCache(maxSessions, timeout))
            {
                CliMessages.WriteInfo(output, SslMessages.CacheRebuilt, "Session resumption cache rebuilt: "
                    + _service.CacheCapacity.ToString() + " sessions, " + _service.CacheTimeoutSeconds.ToString() + " seconds; "
                    + wiped.ToString() + (wiped == 1 ? " session wiped." : " sessions wiped."));
                if (_service.MaxSessions > _service.BoardCacheEntries)
                {
                    CliMessages.WriteInfo(output, SslMessages.BoardLimit, "This board holds " + _service.BoardCacheEntries.ToString()
                        + " sessions (" + TlsSessionCache.EntrySize.ToString() + " bytes each): MAXSESSIONS="
                        + _service.MaxSessions.ToString() + " is kept but only " + _service.BoardCacheEntries.ToString() + " are cached.");
                }
            }

            return CommandResult.Success;
        }

        private static bool IsDefault(string text)
        {
            return text.Length == 7 && text.ToUpper() == "DEFAULT";
        }

        private static string Dotted(uint address)
        {
            return ((address >> 24) & 0xFF).ToString() + "." + ((address >> 16) & 0xFF).ToString() + "."
                + ((address >> 8) & 0xFF).ToString() + "." + (address & 0xFF).ToString();
        }
    }
}
