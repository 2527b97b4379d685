using System;
using Router.Cli;
using Router.Core;
using Router.Tls.Diagnostics;

namespace Router.Tls.Commands
{
    /// <summary>
    /// show ssl sessions in seed 000's Figure 45-4 layout: one row per session in the resumption cache with the
    /// first 10 bytes of its session ID (TLS 1.2) or ticket (TLS 1.3) in hex, its version, its suite (the IANA
    /// name without "TLS_" and "WITH_", so the column stays narrow), the local time it was created and the seconds
    /// it has left. Entry times are on the engines' clock, the board's uptime; they are turned into wall-clock time
    /// with the clock's current offset. The report allocates nothing.
    /// </summary>
    public sealed class ShowSslSessionsCommand : ICommandHandler
    {
        private const string Heading = "SessionId                Version  CipherSuite                           TimeCreated  TimeToLive";
        private const string Rule = "-----------------------------------------------------------------------------------------------";
        private const int IdBytesShown = 10;

        private readonly SslService _service;
        private readonly IClock _clock;
        private readonly ISslConsole _console;
        private readonly ReportLine _line = new ReportLine(128);
        private readonly byte[] _id = new byte[TlsSessionCache.TicketSize];

        public ShowSslSessionsCommand(SslService service, IClock clock, ISslConsole console)
        {
            _service = service;
            _clock = clock;
            _console = console;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            output.WriteLine(string.Empty);
            output.WriteLine("Session Database:");
            output.WriteLine(Heading);
            output.WriteLine(Rule);
            TlsSessionCache cache = _service.SessionCache;
            long now = _clock.UptimeMilliseconds;
            DateTime wallNow = _clock.UtcNow.AddHours(_console == null ? 0 : _console.UtcOffsetHours);
            int slots = cache == null ? 0 : cache.MaxSessions;
            for (int slot = 0; slot < slots; slot++)
            {
                int version;
                int suite;
                long created;
                long expires;
                if (!cache.ReadEntry(slot, _id, 0, out version, out suite, out created, out expires) || expires <= now)
                {
                    continue;
                }

                for (int i = 0; i < IdBytesShown; i++)
                {
                    AppendHex(_id[i]);
                }

                _line.Append("...");
                _line.PadTo(25, ' ');
                _line.Append(version == 0x0304 ? "TLSv1.3" : (version == 0x0303 ? "TLSv1.2" : "unknown"));
                _line.PadTo(34, ' ');
                AppendShortSuite(CipherSuite.Name(suite));
                _line.AppendChar(' ');
                _line.PadTo(72, ' ');
                _line.AppendTime(wallNow.AddMilliseconds(created - now));
                _line.PadTo(85, ' ');
                _line.AppendNumber((expires - now + 999) / 1000);
                _line.End(output);
            }

            output.WriteLine(Rule);
            return CommandResult.Shown;
        }

        /// <summary>"TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256" as "ECDHE_ECDSA_AES_128_GCM_SHA256".</summary>
        private void AppendShortSuite(string name)
        {
            int i = name.Length > 4 && name[0] == 'T' && name[1] == 'L' && name[2] == 'S' && name[3] == '_' ? 4 : 0;
            for (; i < name.Length; i++)
            {
                if (name[i] == 'W' && i + 5 <= name.Length && name[i + 1] == 'I' && name[i + 2] == 'T' && name[i + 3] == 'H' && name[i + 4] == '_')
                {
                    i += 4;
                    continue;
                }

                _line.AppendChar(name[i]);
            }
        }

        private void AppendHex(int value)
        {
            _line.AppendChar(Hex((value >> 4) & 0xF));
            _line.AppendChar(Hex(value & 0xF));
        }

        private static char Hex(int nibble)
        {
            return (char)(nibble < 10 ? '0' + nibble : 'a' + nibble - 10);
        }
    }
}
