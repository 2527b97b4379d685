using nanoFramework.TestFramework;
using Router.Device.Terminal;
using Router.Device.Tests.Fakes;

namespace Router.Device.Tests
{
    [TestClass]
    public class TerminalWriterTests
    {
        [TestMethod]
        [DataRow(0L, 1, "0")]
        [DataRow(7L, 2, "07")]
        [DataRow(1234L, 2, "1234")]
        [DataRow(-42L, 1, "-42")]
        [DataRow(9223372036854775807L, 1, "9223372036854775807")]
        [DataRow(-9223372036854775808L, 1, "-9223372036854775808")]
        public void WritesNumbersWithoutStrings(long value, int digits, string expected)
        {
            FakeConsole console = new FakeConsole();
            TerminalWriter writer = new TerminalWriter(console, 8);
            writer.WriteNumber(value, digits);
            writer.Flush();
            Assert.AreEqual(expected, console.Output);
        }

        [TestMethod]
        public void SendsNewLinesAsCrLfAndReplacesNonAscii()
        {
            FakeConsole console = new FakeConsole();
            TerminalWriter writer = new TerminalWriter(console, 4);
            writer.Write("a\nb\u00e9\u0001c");
            Assert.AreEqual(4, writer.Column);
            writer.Flush();
            Assert.AreEqual("a\r\nb??c", console.Output);
        }

        [TestMethod]
        public void PadsToAColumn()
        {
            FakeConsole console = new FakeConsole();
            TerminalWriter writer = new TerminalWriter(console, 16);
            writer.Write("ab");
            writer.PadTo(6, '.');
            writer.PadTo(3, '-');
            writer.Flush();
            Assert.AreEqual("ab....", console.Output);
        }
    }
}
