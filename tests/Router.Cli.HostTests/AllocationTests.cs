using System;
using Router.Cli;
using Xunit;
using Xunit.Abstractions;

/// <summary>
/// Rule 3: a CLI show line allocates nothing in the steady state. Parsing and dispatching
/// a show command, values included, is measured with GC.GetAllocatedBytesForCurrentThread.
/// </summary>
public class AllocationTests
{
    private const int Rounds = 2000;
    private readonly ITestOutputHelper _output;

    public AllocationTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Theory]
    [InlineData("show ssl counters")]
    [InlineData("SH SSL")]
    [InlineData("sh ips poli=\"my_vpn\" cou")]
    [InlineData("sh isa cou=spd,sad")]
    [InlineData("show sa=12")]
    public void DispatchingAShowCommandAllocatesNothing(string line)
    {
        CommandTable table = CommandCatalog.CreateTable();
        foreach (string title in new[] { "show ssl", "show ssl counters", "show ipsec policy counter", "show isakmp counters", "show sa" })
        {
            Assert.True(table.Attach(title, new LiteralShowHandler()), title);
        }

        var dispatcher = new CommandDispatcher(table);
        var output = new NullOutput();
        long perCommand = Measure(() => dispatcher.Execute(line, Privilege.Manager, false, output));
        _output.WriteLine("\"" + line + "\": " + perCommand + " bytes per command (" + table.Count + " commands in the table)");
        Assert.Equal(0, perCommand);
        Assert.True(output.Lines >= 2 * Rounds, "the handler ran");
    }

    [Fact]
    public void ErrorPathsAllocateABoundedAmount()
    {
        CommandTable table = CommandCatalog.CreateTable();
        var dispatcher = new CommandDispatcher(table);
        var output = new NullOutput();
        foreach (string line in new[] { "set ssl maxsessions=9999", "show foo", "sh ssl cou", "help create ipsec" })
        {
            long perCommand = Measure(() => dispatcher.Execute(line, Privilege.Manager, false, output));
            _output.WriteLine("\"" + line + "\": " + perCommand + " bytes per command (message text)");
            Assert.True(perCommand < 64 * 1024, line + " allocated " + perCommand);
        }
    }

    private static long Measure(Action run)
    {
        for (int i = 0; i < 50; i++)
        {
            run();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < Rounds; i++)
        {
            run();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / Rounds;
    }
}
