using Router.Cli;

/// <summary>Swallows output, counting lines, so measurements see only the command language's own allocations.</summary>
internal sealed class NullOutput : ICommandOutput
{
    public int Lines { get; private set; }

    public void Write(string text)
    {
    }

    public void Write(char[] chars, int offset, int count)
    {
    }

    public void WriteLine(string line)
    {
        Lines++;
    }
}

/// <summary>A show command in the shape real ones will have: literal lines and values read from the command.</summary>
internal sealed class LiteralShowHandler : ICommandHandler
{
    public int Execute(ParsedCommand command, ICommandOutput output)
    {
        output.WriteLine("SSL Configuration:");
        output.WriteLine("Version ................................ TLSv1.2, TLSv1.3");
        if (command.HasValue("POLICY") || command.ListContains("COUNTERS", "SPD") || command.GetNumber("SA", -1) >= 0)
        {
            output.WriteLine("Selected");
        }

        return CommandResult.Shown;
    }
}
