using System;
using Router.Cli;

namespace Router.Cli.Tests
{
    /// <summary>Answers with a fixed result and remembers how often it ran.</summary>
    internal sealed class FixedHandler : ICommandHandler
    {
        private readonly int _result;
        private readonly string _line;
        private int _calls;

        public FixedHandler(int result, string line)
        {
            _result = result;
            _line = line;
        }

        public int Calls { get { return _calls; } }

        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            _calls++;
            if (_line != null)
            {
                output.WriteLine(_line);
            }

            return _result;
        }
    }

    /// <summary>A handler with a bug: the dispatcher must contain it.</summary>
    internal sealed class ThrowingHandler : ICommandHandler
    {
        public int Execute(ParsedCommand command, ICommandOutput output)
        {
            throw new InvalidOperationException("handler bug");
        }
    }
}
