using System.Text;

namespace Router.Cli
{
    /// <summary>
    /// Help from the command table itself: <c>help</c> (or <c>?</c>) lists every command,
    /// grouped by its first keyword; <c>help create ipsec</c> (or <c>create ipsec ?</c>)
    /// prints the full syntax of the commands whose titles start with those words. Help
    /// words may be any prefix of the title words, even shorter than their capitals.
    /// Help is not a hot path: it allocates freely.
    /// </summary>
    public sealed class HelpPrinter
    {
        private const int Width = 79;
        private const string Indent = "    ";

        private readonly CommandTable _table;
        private readonly SyntaxElement _element = new SyntaxElement();
        private readonly int[] _starts = new int[CommandTitle.MaxWords];
        private readonly int[] _lengths = new int[CommandTitle.MaxWords];

        public HelpPrinter(CommandTable table)
        {
            _table = table;
        }

        /// <summary>Lists every command, grouped by first keyword, in alphabetical order.</summary>
        public void PrintOverview(ICommandOutput output)
        {
            output.WriteLine("Commands (type at least the capitals of each keyword; \"help <command>\" or \"<command> ?\" shows its syntax):");
            int[] order = SortedEntries();
            string group = null;
            for (int k = 0; k < order.Length; k++)
            {
                string syntax = _table[order[k]].Syntax;
                int count = CommandTitle.Collect(syntax, _element, _starts, _lengths);
                string first = syntax.Substring(_starts[0], _lengths[0]);
                if (group == null || !Ascii.RangeIs(first, 0, first.Length, group))
                {
                    group = first;
                    output.WriteLine(first);
                }

                StringBuilder line = new StringBuilder(Indent);
                for (int w = 1; w < count; w++)
                {
                    line.Append(w > 1 ? " " : string.Empty).Append(syntax, _starts[w], _lengths[w]);
                }

                if (count == 1)
                {
                    // A one-word command ("LOGin <LOGINNAME=...>"): show its syntax instead.
                    line.Append(syntax);
                }

                output.WriteLine(line.ToString());
            }
        }

        /// <summary>
        /// Prints title, access and wrapped syntax of each command whose title begins with the
        /// given words (ranges of <paramref name="line"/>, names only). Returns how many matched.
        /// </summary>
        public int PrintMatching(CommandLine line, int firstWord, int wordCount, ICommandOutput output)
        {
            int[] order = SortedEntries();
            int matched = 0;
            for (int k = 0; k < order.Length; k++)
            {
                CommandEntry entry = _table[order[k]];
                if (TitleStartsWith(entry.Syntax, line, firstWord, wordCount))
                {
                    PrintEntry(entry, output);
                    matched++;
                }
            }

            return matched;
        }

        private void PrintEntry(CommandEntry entry, ICommandOutput output)
        {
            // "security command": only a Security Officer may run it while system security is enabled.
            StringBuilder heading = new StringBuilder(entry.Title);
            heading.Append(" (").Append(CliMessages.PrivilegeName(entry.MinimumPrivilege));
            if (entry.IsSecurityCommand)
            {
                heading.Append("; security command");
            }

            if (!entry.IsAvailable)
            {
                heading.Append("; not yet available");
            }

            output.WriteLine(heading.Append(")").ToString());
            WriteWrapped(entry.Syntax, output);
        }

        /// <summary>Wraps the syntax at element boundaries, continuation lines indented further.</summary>
        private static void WriteWrapped(string syntax, ICommandOutput output)
        {
            StringBuilder line = new StringBuilder(Indent);
            int position = 0;
            while (position < syntax.Length)
            {
                int end = syntax.IndexOf(' ', position);
                end = end < 0 ? syntax.Length : end;
                int length = end - position;
                bool fresh = line.Length <= Indent.Length + 2;
                if (!fresh && line.Length + 1 + length > Width)
                {
                    output.WriteLine(line.ToString());
                    line.Clear();
                    line.Append(Indent).Append("  ");
                    fresh = true;
                }

                if (!fresh)
                {
                    line.Append(' ');
                }

                line.Append(syntax, position, length);
                position = end + 1;
            }

            output.WriteLine(line.ToString());
        }

        private bool TitleStartsWith(string syntax, CommandLine line, int firstWord, int wordCount)
        {
            int count = CommandTitle.Collect(syntax, _element, _starts, _lengths);
            if (wordCount > count)
            {
                return false;
            }

            string text = line.Text;
            for (int w = 0; w < wordCount; w++)
            {
                int word = firstWord + w;
                int start = line.IsBareValue(word) ? line.ValueStart(word) : line.NameStart(word);
                int length = line.IsBareValue(word) ? line.ValueLength(word) : line.NameLength(word);
                if (length == 0 || length > _lengths[w] || !Ascii.EqualsIgnoreCase(text, start, syntax, _starts[w], length))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Entry indexes sorted by title (insertion sort: help only, allocation is fine).</summary>
        private int[] SortedEntries()
        {
            int count = _table.Count;
            string[] titles = new string[count];
            int[] order = new int[count];
            for (int i = 0; i < count; i++)
            {
                titles[i] = _table[i].Title;
                int j = i;
                while (j > 0 && Compare(titles[order[j - 1]], titles[i]) > 0)
                {
                    order[j] = order[j - 1];
                    j--;
                }

                order[j] = i;
            }

            return order;
        }

        private static int Compare(string a, string b)
        {
            int length = a.Length < b.Length ? a.Length : b.Length;
            for (int i = 0; i < length; i++)
            {
                char x = Ascii.ToUpper(a[i]);
                char y = Ascii.ToUpper(b[i]);
                if (x != y)
                {
                    // A space sorts first, so "show ssl" comes before "show ssl counters".
                    return (x == ' ' ? (char)0 : x) - (y == ' ' ? (char)0 : y);
                }
            }

            return a.Length - b.Length;
        }
    }
}
