using System;
using Router.Cli;
using Router.Config;
using Router.Config.Settings;
using Router.Core;
using Router.Core.Storage;

namespace Router.Device.Shell
{
    /// <summary>
    /// show system: who the router is, how long it has run, whether system security is on, its
    /// flash and memory. The header shows local time (UTC plus the log's UTC offset), the Time
    /// line UTC.
    /// </summary>
    public sealed class ShowSystemCommand : ICommandHandler
    {
        private readonly IBoard _board;
        private readonly RouterConfiguration _configuration;
        private readonly FlashStore _store;
        private readonly int _storeRegionBytes;
        private readonly EventLog _log;
        private readonly ReportLine _line = new ReportLine(ReportLine.RuleWidth + 16);

        public ShowSystemCommand(IBoard board, RouterConfiguration configuration, FlashStore store, int storeRegionBytes, EventLog log)
        {
            _board = board;
            _configuration = configuration;
            _store = store;
            _storeRegionBytes = storeRegionBytes;
            _log = log;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            DateTime now = _configuration.Clock.UtcNow;
            DateTime local = LocalTime.FromUtc(now, _configuration.Settings);
            IFlash flash = _board.Flash;
            long memoryUsed;
            long memoryFree;
            _board.ReadManagedMemory(out memoryUsed, out memoryFree);

            output.WriteLine(string.Empty);
            _line.Append("Router System Status");
            _line.PadTo(ReportLine.RuleWidth - 31, ' ');
            _line.Append("Time ");
            _line.AppendTime(local);
            _line.Append(" Date ");
            _line.AppendDate(local);
            _line.AppendChar('.');
            _line.End(output);
            output.WriteLine(ReportLine.Rule);

            Text("System Name", _configuration.Settings.Name, output);
            if (_configuration.Settings.DistinguishedName.Length > 0)
            {
                Text("Distinguished Name", _configuration.Settings.DistinguishedName, output);
            }

            Text("Product", FirmwareIdentity.ProductName, output);
            Text("Firmware Version", FirmwareIdentity.Version, output);
            Text("Board", _board.Name, output);
            _line.AppendField("Uptime");
            _line.AppendDuration(_configuration.Clock.UptimeMilliseconds);
            _line.End(output);
            _line.AppendField("Time (UTC)");
            _line.AppendDate(now);
            _line.AppendChar(' ');
            _line.AppendTime(now);
            _line.End(output);
            Text("System Security", _configuration.Security.IsEnabled ? "Enabled" : "Disabled", output);

            Kilobytes("Flash Size", flash.Size, output);
            Kilobytes("Flash Erase Block", flash.EraseBlockSize, output);
            Kilobytes("Flash Free", FlashFree(flash), output);
            Kilobytes("Managed Memory Used", memoryUsed, output);
            Kilobytes("Managed Memory Free", memoryFree, output);

            _line.AppendField("Event Log Entries");
            _line.AppendNumber(_log.Count);
            _line.Append(" of ");
            _line.AppendNumber(_log.Capacity);
            _line.End(output);
            output.WriteLine(ReportLine.Rule);
            return CommandResult.Shown;
        }

        /// <summary>Flash outside the store, plus what the store has not used.</summary>
        private long FlashFree(IFlash flash)
        {
            long outside = flash.Size - _storeRegionBytes;
            return _store.IsMounted ? outside + _store.FreeBytes : outside;
        }

        private void Text(string field, string value, ICommandOutput output)
        {
            _line.AppendField(field);
            _line.Append(value);
            _line.End(output);
        }

        private void Kilobytes(string field, long bytes, ICommandOutput output)
        {
            _line.AppendField(field);
            _line.AppendKilobytes(bytes);
            _line.End(output);
        }
    }
}
