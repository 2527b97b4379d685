using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace Router.Enco.HostTests
{
    /// <summary>
    /// Reads the Wycheproof vector files in ../shared/vectors/wycheproof beside the repository and counts how
    /// each test ended, as the vectors README asks: valid accepted, invalid rejected, skipped (parameters
    /// the engine does not offer, never a pass), failed.
    /// </summary>
    internal static class WycheproofFiles
    {
        public static string PathOf(string name)
        {
            string directory = AppContext.BaseDirectory;
            while (directory != null && !Directory.Exists(Path.Combine(directory, "native-interop")))
            {
                directory = Path.GetDirectoryName(directory);
            }

            if (directory == null)
            {
                throw new DirectoryNotFoundException("repository root not found from " + AppContext.BaseDirectory);
            }

            return Path.Combine(Path.GetDirectoryName(directory), "shared", "vectors", "wycheproof", name);
        }

        /// <summary>Each test of a file with its group; the file's numberOfTests is checked by the caller.</summary>
        public static IEnumerable<(JsonElement Group, JsonElement Test)> Tests(JsonDocument document)
        {
            foreach (JsonElement group in document.RootElement.GetProperty("testGroups").EnumerateArray())
            {
                foreach (JsonElement test in group.GetProperty("tests").EnumerateArray())
                {
                    yield return (group, test);
                }
            }
        }

        public static byte[] Hex(JsonElement test, string name)
        {
            return Convert.FromHexString(test.GetProperty(name).GetString());
        }

        public static bool IsValid(JsonElement test)
        {
            string result = test.GetProperty("result").GetString();
            if (result != "valid" && result != "invalid")
            {
                throw new InvalidDataException("unexpected result " + result);
            }

            return result == "valid";
        }
    }

    /// <summary>How the tests of one file ended.</summary>
    internal sealed class WycheproofTally
    {
        public int Accepted;
        public int Rejected;
        public int Skipped;
        public List<string> Failures = new List<string>();

        public int Total
        {
            get { return Accepted + Rejected + Skipped + Failures.Count; }
        }

        /// <summary>Records a test whose operation succeeded with matching output (true) or was refused (false).</summary>
        public void Judge(JsonElement test, bool succeeded)
        {
            bool valid = WycheproofFiles.IsValid(test);
            if (valid && succeeded)
            {
                Accepted++;
            }
            else if (!valid && !succeeded)
            {
                Rejected++;
            }
            else
            {
                Failures.Add("tcId " + test.GetProperty("tcId").GetInt32() + (valid ? " valid but refused" : " invalid but accepted"));
            }
        }

        public override string ToString()
        {
            return Accepted + " valid accepted, " + Rejected + " invalid rejected, " + Skipped + " skipped, " + Failures.Count + " failed";
        }
    }
}
