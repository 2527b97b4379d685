using Router.Core;
using Router.Device.Terminal;

namespace Router.Device.Shell
{
    /// <summary>The output of show system: who the router is, how long it has run, its flash and memory.</summary>
    public sealed class SystemStatusReport
    {
        private readonly IBoard _board;
        private readonly DeviceSettings _settings;
        private readonly EventLog _log;

        public SystemStatusReport(IBoard board, DeviceSettings settings, EventLog log)
        {
            _board = board;
            _settings = settings;
            _log = log;
        }

        public void Write(TerminalWriter output)
        {
            System.DateTime now = _board.Clock.UtcNow;
            IFlash flash = _board.Flash;
            long memoryUsed;
            long memoryFree;
            _board.ReadManagedMemory(out memoryUsed, out memoryFree);

            output.NewLine();
            output.Write("Router System Status");
            output.PadTo(ReportFormat.RuleWidth - 31, ' ');
            output.Write("Time ");
            ReportFormat.TimeOfDay(output, now);
            output.Write(" Date ");
            ReportFormat.Date(output, now);
            output.WriteLine(".");
            ReportFormat.Rule(output);

            ReportFormat.Field(output, "System Name");
            output.WriteLine(_settings.SystemName);
            ReportFormat.Field(output, "Product");
            output.WriteLine(FirmwareIdentity.ProductName);
            ReportFormat.Field(output, "Firmware Version");
            output.WriteLine(FirmwareIdentity.Version);
            ReportFormat.Field(output, "Board");
            output.WriteLine(_board.Name);
            ReportFormat.Field(output, "Uptime");
            ReportFormat.Duration(output, _board.Clock.UptimeMilliseconds);
            output.NewLine();
            ReportFormat.Field(output, "Time (UTC)");
            ReportFormat.Date(output, now);
            output.WriteChar(' ');
            ReportFormat.TimeOfDay(output, now);
            output.NewLine();

            ReportFormat.Field(output, "Flash Size");
            ReportFormat.Kilobytes(output, flash.Size);
            output.NewLine();
            ReportFormat.Field(output, "Flash Erase Block");
            ReportFormat.Kilobytes(output, flash.EraseBlockSize);
            output.NewLine();
            ReportFormat.Field(output, "Flash Free");
            // No store has claimed flash yet (the configuration and key stores come later), so
            // all of it is free; each store will report the blocks it holds.
            ReportFormat.Kilobytes(output, flash.Size);
            output.NewLine();

            ReportFormat.Field(output, "Managed Memory Used");
            ReportFormat.Kilobytes(output, memoryUsed);
            output.NewLine();
            ReportFormat.Field(output, "Managed Memory Free");
            ReportFormat.Kilobytes(output, memoryFree);
            output.NewLine();

            ReportFormat.Field(output, "Event Log Entries");
            output.WriteNumber(_log.Count);
            output.Write(" of ");
            output.WriteNumber(_log.Capacity);
            output.NewLine();
            ReportFormat.Rule(output);
        }
    }
}
