using Router.Core;
using Router.Device.Terminal;

namespace Router.Device
{
    /// <summary>
    /// What the console shows at power-on: the product, firmware version and board, then
    /// start-up messages in the manuals' "INFO:  ..." form. Each message also goes to the event log.
    /// </summary>
    public sealed class BootBanner
    {
        private readonly TerminalWriter _output;
        private readonly EventLog _log;

        public BootBanner(TerminalWriter output, EventLog log)
        {
            _output = output;
            _log = log;
        }

        public void WriteHeader(IBoard board)
        {
            _output.NewLine();
            _output.Write(FirmwareIdentity.ProductName);
            _output.Write(", firmware version ");
            _output.WriteLine(FirmwareIdentity.Version);
            _output.Write("Board: ");
            _output.WriteLine(board.Name);
            _output.NewLine();
        }

        /// <summary>"INFO:  Flash memory: 4096 KB, 4 KB erase blocks." and the same in the log.</summary>
        public void WriteFlash(IFlash flash)
        {
            _output.Write("INFO:  Flash memory: ");
            _output.WriteNumber(flash.Size / 1024);
            _output.Write(" KB, ");
            _output.WriteNumber(flash.EraseBlockSize / 1024);
            _output.WriteLine(" KB erase blocks.");
            _log.Add(LogSeverity.Info, "SYSTEM", "Flash memory: " + (flash.Size / 1024).ToString() + " KB");
        }

        public void Message(LogSeverity severity, string text)
        {
            _output.Write(severity == LogSeverity.Info ? "INFO:  " : (severity == LogSeverity.Warning ? "WARN:  " : "ERROR: "));
            _output.WriteLine(text);
            _log.Add(severity, "SYSTEM", text);
        }
    }
}
