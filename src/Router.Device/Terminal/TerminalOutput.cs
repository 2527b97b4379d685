using Router.Cli;

namespace Router.Device.Terminal
{
    /// <summary>The command language's output on the console: everything goes through the <see cref="TerminalWriter"/>.</summary>
    public sealed class TerminalOutput : ICommandOutput
    {
        private readonly TerminalWriter _writer;

        public TerminalOutput(TerminalWriter writer)
        {
            _writer = writer;
        }

        public void Write(string text)
        {
            _writer.Write(text);
        }

        public void Write(char[] chars, int offset, int count)
        {
            for (int i = offset; i < offset + count; i++)
            {
                _writer.WriteChar(chars[i]);
            }
        }

        public void WriteLine(string line)
        {
            _writer.WriteLine(line);
        }
    }
}
