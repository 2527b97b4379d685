using Router.Cli;
using Router.Enco.Channels;
using Router.Enco.Keys;

namespace Router.Config.Keys
{
    /// <summary>show enco: the channel pool, the key database's size and the engine's algorithms (EncoSummaryFormatter).</summary>
    public sealed class ShowEncoCommand : ICommandHandler
    {
        private readonly EncoChannelPool _channels;
        private readonly EncoKeyStore _keys;
        private readonly string[] _algorithms;
        private readonly ShowOutputAdapter _adapter = new ShowOutputAdapter();

        /// <param name="algorithms">Label/value pairs of what the board's engine offers, or null.</param>
        public ShowEncoCommand(EncoChannelPool channels, EncoKeyStore keys, string[] algorithms)
        {
            _channels = channels;
            _keys = keys;
            _algorithms = algorithms;
        }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            output.WriteLine(string.Empty);
            EncoSummaryFormatter.Write(_adapter.Over(output), _channels, _keys, _algorithms);
            return CommandResult.Shown;
        }
    }
}
