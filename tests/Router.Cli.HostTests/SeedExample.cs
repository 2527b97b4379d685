/// <summary>One command example harvested from a manual.</summary>
internal sealed class SeedExample
{
    public SeedExample(string file, int line, string text)
    {
        File = file;
        Line = line;
        Text = text;
    }

    /// <summary>Seed file name, e.g. 001_6e060dda6349f7ca.txt.</summary>
    public string File { get; }

    /// <summary>1-based line where the example starts.</summary>
    public int Line { get; }

    /// <summary>The command, continuation lines joined with single spaces.</summary>
    public string Text { get; }

    public string Where => File.Substring(0, 3) + ":" + Line;
}
