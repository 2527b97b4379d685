using System.IO;
using NfApiCheck.Api;
using Xunit;

namespace NfApiCheck.Tests
{
    /// <summary>allowed.tsv: every exception needs a reason.</summary>
    public class AllowedListTests
    {
        [Fact]
        public void RepositoryListLoads()
        {
            AllowedList.Load(TestPaths.AllowedList);
        }

        [Theory]
        [InlineData("M:System.Array.Clear(System.Array)\n", "has no reason")]
        [InlineData("M:System.Array.Clear(System.Array)\t   \n", "has no reason")]
        [InlineData("System.Array.Clear\tno kind prefix\n", "not a doc ID")]
        [InlineData("T:System.Span`1\tone\nT:System.Span`1\ttwo\n", "listed twice")]
        public void BadEntryIsAConfigurationError(string content, string message)
        {
            string path = Path.GetTempFileName();
            try
            {
                File.WriteAllText(path, "# header\n" + content);

                var error = Assert.Throws<ConfigurationException>(() => AllowedList.Load(path));
                Assert.Contains(message, error.Message);
                Assert.StartsWith(Path.GetFileName(path) + ":", error.Message); // says which line
            }
            finally
            {
                File.Delete(path);
            }
        }
    }
}
