namespace Router.Enco.Channels
{
    /// <summary>
    /// show enco counters, and the "Enco:" group that show ssl counters includes, in the manual's
    /// two-column layout (000, Figure 45-3):
    /// <code>
    /// Show ENCO Counters
    /// ----------------------------------------------------------------------
    /// Enco:
    ///      attach .................. 2        attached ................ 2
    ///      attachFail .............. 0        detach .................. 0
    ///      ...
    ///      getKeyOk ................ 2        getKeyFail .............. 0
    ///
    /// ----------------------------------------------------------------------
    /// </code>
    /// </summary>
    public static class EncoCountersFormatter
    {
        public const string Title = "Show ENCO Counters";
        public const string GroupTitle = "Enco:";

        public static void WriteShowEncoCounters(IShowOutput output, EncoCounters counters)
        {
            output.WriteLine(Title);
            output.WriteLine(ShowLayout.CounterRule);
            WriteGroup(output, counters);
            output.WriteLine(string.Empty);
            output.WriteLine(ShowLayout.CounterRule);
        }

        /// <summary>The "Enco:" group alone: show ssl counters writes it between its alert and cache groups.</summary>
        public static void WriteGroup(IShowOutput output, EncoCounters counters)
        {
            output.WriteLine(GroupTitle);
            for (int i = 0; i < EncoCounter.Count; i += 2)
            {
                bool pair = i + 1 < EncoCounter.Count;
                output.WriteLine(ShowLayout.CounterPair(
                    EncoCounter.Name(i), counters.Get(i),
                    pair ? EncoCounter.Name(i + 1) : null, pair ? counters.Get(i + 1) : 0));
            }
        }
    }
}
