namespace Router.Gui
{
    /// <summary>
    /// The SSL figures the dashboard and /api/ssl show: named counters (a selection of show ssl counters) and the
    /// number of completed handshakes, which <see cref="HandshakeHistory"/> turns into handshakes per second.
    /// </summary>
    public interface IGuiSslStatistics
    {
        int RowCount { get; }

        string RowName(int index);

        long RowValue(int index);

        /// <summary>Handshakes completed since boot (full and resumed).</summary>
        long HandshakesCompleted { get; }
    }
}
