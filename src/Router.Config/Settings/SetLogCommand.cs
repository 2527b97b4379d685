using Router.Cli;

namespace Router.Config.Settings
{
    /// <summary>set log utcoffset={none|-24..24} (000: set log utcoffset=7): local time is UTC plus this many hours.</summary>
    public sealed class SetLogCommand : ICommandHandler
    {
        private readonly SystemSettings _settings;

        public SetLogCommand(SystemSettings settings)
        {
            _settings = settings;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            _settings.UtcOffsetHours = command.IsEnum("UTCOFFSET", "NONE") ? 0 : command.GetNumber("UTCOFFSET", 0);
            return CommandResult.Success;
        }
    }
}
