using Router.Cli;
using Router.Enco.Channels;

namespace Router.Config.Keys
{
    /// <summary>show enco counters: the engine's channel and operation counters (EncoCountersFormatter).</summary>
    public sealed class ShowEncoCountersCommand : ICommandHandler
    {
        private readonly EncoCounters _counters;
        private readonly ShowOutputAdapter _adapter = new ShowOutputAdapter();

        public ShowEncoCountersCommand(EncoCounters counters)
        {
            _counters = counters;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            output.WriteLine(string.Empty);
            EncoCountersFormatter.WriteShowEncoCounters(_adapter.Over(output), _counters);
            return CommandResult.Shown;
        }
    }
}
