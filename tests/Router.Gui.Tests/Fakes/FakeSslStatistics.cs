using Router.Gui;

namespace Router.Gui.Tests.Fakes
{
    /// <summary>SSL figures the test sets.</summary>
    public sealed class FakeSslStatistics : IGuiSslStatistics
    {
        public long Handshakes;
        public string[] Names = { "Handshakes failed", "Resumed sessions" };
        public long[] Values = { 2, 7 };

        public int RowCount
        {
            get { return Names.Length; }
        }

        public string RowName(int index)
        {
            return Names[index];
        }

        public long RowValue(int index)
        {
            return Values[index];
        }

        public long HandshakesCompleted
        {
            get { return Handshakes; }
        }
    }
}
