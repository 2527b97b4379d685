using Xunit;

// The memory and allocation measurements read process-wide GC counters: nothing else may run meanwhile.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
