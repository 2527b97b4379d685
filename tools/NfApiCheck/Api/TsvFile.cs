using System.Collections.Generic;
using System.IO;

namespace NfApiCheck.Api
{
    /// <summary>Reads the tab-separated data files: '#' lines are comments, blank lines are skipped.</summary>
    internal static class TsvFile
    {
        public static IEnumerable<TsvRow> Read(string path)
        {
            int lineNumber = 0;
            foreach (string line in File.ReadLines(path))
            {
                lineNumber++;
                if (line.Length == 0 || line[0] == '#' || line.Trim().Length == 0)
                {
                    continue;
                }

                yield return new TsvRow(path, lineNumber, line.Split('\t'));
            }
        }
    }

    /// <summary>One data line of a TSV file, with where it came from for error messages.</summary>
    internal sealed class TsvRow
    {
        public TsvRow(string path, int lineNumber, string[] fields)
        {
            Path = path;
            LineNumber = lineNumber;
            Fields = fields;
        }

        public string Path { get; }

        public int LineNumber { get; }

        public string[] Fields { get; }

        public string this[int index] => index < Fields.Length ? Fields[index] : "";

        public string Where => System.IO.Path.GetFileName(Path) + ":" + LineNumber;
    }
}
