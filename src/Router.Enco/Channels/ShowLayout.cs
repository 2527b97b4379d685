namespace Router.Enco
{
    /// <summary>
    /// The manuals' show layouts (000, show ssl and show ssl counters), shared by the ENCO formatters:
    /// "Label ........ value" settings lines and two-column counter lines.
    /// </summary>
    internal static class ShowLayout
    {
        /// <summary>The dash rule under a show title, as long as show ssl's.</summary>
        public static readonly string Rule = new string('-', 58);

        /// <summary>The dash rule of a counters display, as long as show ssl counters'.</summary>
        public static readonly string CounterRule = new string('-', 70);

        /// <summary>"Maximum Number of Sessions ............. 2000": the value starts in column 41.</summary>
        public static string Field(string label, string value)
        {
            return Dotted(label, 41) + value;
        }

        /// <summary>"     attach .................. 2        attached ................ 2".</summary>
        public static string CounterPair(string leftName, int leftValue, string rightName, int rightValue)
        {
            string left = "     " + Dotted(leftName, 26) + Unsigned(leftValue);
            if (rightName == null)
            {
                return left;
            }

            return left.PadRight(40, ' ') + Dotted(rightName, 26) + Unsigned(rightValue);
        }

        /// <summary>A counter as the unsigned number it counts (it wraps after 2^32 events).</summary>
        public static string Unsigned(int value)
        {
            return ((uint)value).ToString();
        }

        /// <summary>The label, a space, dots, and a space, <paramref name="width"/> characters in all (never cut).</summary>
        private static string Dotted(string label, int width)
        {
            int dots = width - label.Length - 2;
            if (dots < 1)
            {
                return label + " ";
            }

            return label + " " + new string('.', dots) + " ";
        }
    }
}
