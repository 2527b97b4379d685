using System;
using System.Linq;
using System.Text;
using Router.Cli;
using Xunit;
using Xunit.Abstractions;

/// <summary>
/// What the command catalog costs in RAM. Syntax strings are literals: on the device they stay
/// in the assembly in flash; on the host the runtime interns them outside the GC heap, so the
/// heap sees what the device's heap would hold: the entries and their array.
/// </summary>
public class TableMemoryTests
{
    private const int Trials = 7;
    private readonly ITestOutputHelper _output;

    public TableMemoryTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void CatalogTableRetainsLittleMemory()
    {
        // Warm up: JIT the catalog and the parser and intern their literals before measuring.
        GC.KeepAlive(new CommandDispatcher(CommandCatalog.CreateTable()));

        // Building a table makes no garbage, so the bytes it allocates are the bytes it keeps
        // (exact); GC.GetTotalMemory before/after says the same, with the noise of the runtime.
        long[] tableRetained = new long[Trials];
        long[] dispatcherRetained = new long[Trials];
        long tableAllocated = 0;
        long dispatcherAllocated = 0;
        CommandTable table = null;
        object[] kept = new object[2 * Trials];
        for (int trial = 0; trial < Trials; trial++)
        {
            long before = GC.GetTotalMemory(true);
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            table = CommandCatalog.CreateTable();
            long allocatedTable = GC.GetAllocatedBytesForCurrentThread();
            long afterTable = GC.GetTotalMemory(true);
            long allocatedBeforeDispatcher = GC.GetAllocatedBytesForCurrentThread();
            var dispatcher = new CommandDispatcher(table);
            long allocatedDispatcher = GC.GetAllocatedBytesForCurrentThread();
            long afterDispatcher = GC.GetTotalMemory(true);
            // Earlier trials stay alive, so no collection during a measurement frees them.
            kept[2 * trial] = table;
            kept[(2 * trial) + 1] = dispatcher;

            tableRetained[trial] = afterTable - before;
            dispatcherRetained[trial] = afterDispatcher - afterTable;
            tableAllocated = allocatedTable - allocatedBefore;
            dispatcherAllocated = allocatedDispatcher - allocatedBeforeDispatcher;
        }

        GC.KeepAlive(kept);
        long syntaxBytes = 0;
        for (int i = 0; i < table.Count; i++)
        {
            syntaxBytes += Encoding.UTF8.GetByteCount(table[i].Syntax);
        }

        _output.WriteLine("commands: " + table.Count + " (capacity " + table.Capacity + ")");
        _output.WriteLine("table: allocated " + tableAllocated + " bytes (" + (tableAllocated / table.Count) + " per command, host 64-bit layout); "
            + "GC.GetTotalMemory difference, median of " + Trials + ": " + Median(tableRetained) + " bytes");
        _output.WriteLine("dispatcher (line, parser scratch, parsed command): allocated " + dispatcherAllocated + " bytes; "
            + "GC.GetTotalMemory difference, median: " + Median(dispatcherRetained) + " bytes");
        _output.WriteLine("syntax strings (in flash on the device, UTF-8): " + syntaxBytes + " bytes");

        Assert.True(tableAllocated < 8 * 1024, "the table holds " + tableAllocated + " bytes");
        Assert.True(dispatcherAllocated < 16 * 1024, "the dispatcher holds " + dispatcherAllocated + " bytes");
        Assert.True(Median(tableRetained) < 16 * 1024, "GC.GetTotalMemory says the table holds " + Median(tableRetained) + " bytes");
    }

    private static long Median(long[] values)
    {
        long[] sorted = values.OrderBy(v => v).ToArray();
        return sorted[sorted.Length / 2];
    }
}
