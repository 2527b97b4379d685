using Router.Cli;
using Router.Core.Storage;

namespace Router.Config.Scripts
{
    /// <summary>
    /// show config [dynamic]: the boot configuration file and whether it exists; with DYNAMIC,
    /// the running configuration as create config would write it (password hashes hidden).
    /// </summary>
    public sealed class ShowConfigCommand : ICommandHandler
    {
        private readonly SystemState _state;
        private readonly FlashStore _store;
        private readonly RunningConfiguration _configuration;
        private readonly string _header;
        private readonly ReportLine _line = new ReportLine(80);
        private readonly ScriptDisplay _display = new ScriptDisplay();

        public ShowConfigCommand(SystemState state, FlashStore store, RunningConfiguration configuration, string header)
        {
            _state = state;
            _store = store;
            _configuration = configuration;
            _header = header;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            output.WriteLine(string.Empty);
            _line.AppendField("Boot configuration file");
            string boot = _state.BootScript;
            if (boot == null)
            {
                _line.Append("none");
            }
            else
            {
                _line.Append(boot);
                _line.Append(Exists(boot) ? " (exists)" : " (does not exist)");
            }

            _line.End(output);
            if (command.Has("DYNAMIC"))
            {
                ScriptBuilder script = new ScriptBuilder(_store.MaxFileLength);
                _configuration.Write(script, _header);
                output.WriteLine(ReportLine.Rule);
                _display.Write(script.Buffer, script.Length, output);
                output.WriteLine(ReportLine.Rule);
            }

            return CommandResult.Shown;
        }

        private bool Exists(string name)
        {
            try
            {
                return _store.Exists(name);
            }
            catch (StorageException)
            {
                return false;
            }
        }
    }
}
