using Router.Cli;
using Router.Enco;

namespace Router.Config.Keys
{
    /// <summary>The ENCO formatters' <see cref="IShowOutput"/> over the command language's output.</summary>
    internal sealed class ShowOutputAdapter : IShowOutput
    {
        private ICommandOutput _output;

        public ShowOutputAdapter Over(ICommandOutput output)
        {
            _output = output;
            return this;
        }

        public void WriteLine(string line)
        {
            _output.WriteLine(line);
        }
    }
}
