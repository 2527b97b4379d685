using System.Text;

namespace Router.Cli
{
    /// <summary>
    /// A command's title, as the manuals head their command pages ("show ipsec policy
    /// counter"): its leading keywords, the parameter that names its object
    /// (<c>POLIcy[=name]</c>) and any other required keyword (<c>COUnter</c>), in full and in
    /// lowercase. Titles name commands in messages, in help and in
    /// <see cref="CommandTable.Attach"/>.
    /// </summary>
    public static class CommandTitle
    {
        /// <summary>Longest title, in words, that is read.</summary>
        public const int MaxWords = 8;

        /// <summary>
        /// Fills <paramref name="starts"/>/<paramref name="lengths"/> with the title words of
        /// <paramref name="syntax"/> (ranges of the syntax string) and returns their number.
        /// </summary>
        internal static int Collect(string syntax, SyntaxElement element, int[] starts, int[] lengths)
        {
            int count = 0;
            bool inPath = true;
            int position = 0;
            while (count < starts.Length && element.Read(syntax, position))
            {
                position = element.Next;
                bool word;
                if (inPath)
                {
                    word = !element.Optional && !element.Positional;
                    inPath = element.IsKeyword;
                }
                else
                {
                    word = element.IsKeyword;
                }

                if (word)
                {
                    starts[count] = element.NameStart;
                    lengths[count] = element.NameLength;
                    count++;
                }
            }

            return count;
        }

        /// <summary>The title of a syntax line, e.g. "create ipsec bundlespecification".</summary>
        public static string Of(string syntax)
        {
            int[] starts = new int[MaxWords];
            int[] lengths = new int[MaxWords];
            int count = Collect(syntax, new SyntaxElement(), starts, lengths);
            StringBuilder title = new StringBuilder();
            for (int w = 0; w < count; w++)
            {
                if (w > 0)
                {
                    title.Append(' ');
                }

                for (int i = starts[w]; i < starts[w] + lengths[w]; i++)
                {
                    title.Append(Ascii.ToLower(syntax[i]));
                }
            }

            return title.ToString();
        }

        /// <summary>Whether <paramref name="title"/> (words separated by single spaces, any case) is the syntax's title.</summary>
        public static bool Is(string syntax, string title)
        {
            if (title == null)
            {
                return false;
            }

            int[] starts = new int[MaxWords];
            int[] lengths = new int[MaxWords];
            int count = Collect(syntax, new SyntaxElement(), starts, lengths);
            int at = 0;
            for (int w = 0; w < count; w++)
            {
                if (w > 0)
                {
                    if (at >= title.Length || title[at] != ' ')
                    {
                        return false;
                    }

                    at++;
                }

                if (at + lengths[w] > title.Length || !Ascii.EqualsIgnoreCase(title, at, syntax, starts[w], lengths[w]))
                {
                    return false;
                }

                at += lengths[w];
            }

            return at == title.Length;
        }
    }
}
