using Xunit;

namespace Host.Integration.Tests
{
    /// <summary>Tests that measure the whole process's memory run in this collection, never beside other tests.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class MeasuredAlone
    {
        public const string Name = "measured alone";
    }
}
