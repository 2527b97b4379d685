using nanoFramework.TestFramework;
using Router.Pki.Der;

namespace Router.Pki.Tests
{
    /// <summary>The DER writer: shortest lengths around every boundary, positive integers, named bits, times.</summary>
    [TestClass]
    public class DerWriterTests
    {
        [TestMethod]
        [DataRow(0, 2)]
        [DataRow(127, 2)]
        [DataRow(128, 3)]
        [DataRow(255, 3)]
        [DataRow(256, 4)]
        [DataRow(65535, 4)]
        [DataRow(65536, 5)]
        public void WritesTheShortestLengthAndTheReaderAgrees(int length, int header)
        {
            DerWriter writer = new DerWriter(length + 16);
            int mark = writer.Begin(DerTag.Sequence);
            writer.WriteEncoded(new byte[length], 0, length);
            writer.End(mark);
            Assert.AreEqual(header + length, writer.Length);

            DerReader reader = new DerReader(writer.Buffer, 0, writer.Length);
            DerElement element = reader.Read(DerTag.Sequence);
            Assert.AreEqual(length, element.Length);
            Assert.AreEqual(header, element.Offset);
            reader.ExpectEnd();
        }

        [TestMethod]
        public void NestedElementsMoveWhenTheirParentNeedsALongerLength()
        {
            DerWriter writer = new DerWriter(512);
            int outer = writer.Begin(DerTag.Sequence);
            int inner = writer.Begin(DerTag.Sequence);
            writer.WriteOctetString(new byte[200], 0, 200);
            writer.End(inner);
            writer.WriteNull();
            writer.End(outer);

            DerReader sequence = new DerReader(writer.Buffer, 0, writer.Length).Enter(DerTag.Sequence);
            DerReader nested = sequence.Enter(DerTag.Sequence);
            Assert.AreEqual(200, nested.ReadOctetString().Length);
            sequence.ReadNull();
            sequence.ExpectEnd();
        }

        [TestMethod]
        public void WritesPositiveIntegersInTheirCanonicalForm()
        {
            Assert.Equal(new byte[] { 0x02, 0x01, 0x00 }, Written(0));
            Assert.Equal(new byte[] { 0x02, 0x01, 0x7F }, Written(127));
            Assert.Equal(new byte[] { 0x02, 0x02, 0x00, 0x80 }, Written(128));
            Assert.Equal(new byte[] { 0x02, 0x02, 0x30, 0x39 }, Written(12345));
            Assert.Equal(new byte[] { 0x02, 0x04, 0x7F, 0xFF, 0xFF, 0xFF }, Written(2147483647));

            DerWriter writer = new DerWriter(16);
            writer.WriteUnsignedInteger(new byte[] { 0x00, 0x00, 0xFF, 0x01 }, 0, 4);
            Assert.Equal(new byte[] { 0x02, 0x03, 0x00, 0xFF, 0x01 }, writer.ToArray());
        }

        [TestMethod]
        public void WritesNamedBitsWithoutTrailingZeros()
        {
            DerWriter writer = new DerWriter(16);
            writer.WriteNamedBits(0x01 | 0x04);
            Assert.Equal(new byte[] { 0x03, 0x02, 0x05, 0xA0 }, writer.ToArray());

            DerWriter wide = new DerWriter(16);
            wide.WriteNamedBits(0x100);
            Assert.Equal(new byte[] { 0x03, 0x03, 0x07, 0x00, 0x80 }, wide.ToArray());
            Assert.AreEqual(0x100, new DerReader(wide.Buffer, 0, wide.Length).ReadNamedBits(9));
        }

        [TestMethod]
        public void WritesUtcTimeUntil2049AndGeneralizedTimeAfter()
        {
            DerWriter writer = new DerWriter(64);
            writer.WriteTime(CivilTime.ToSeconds(2049, 12, 31, 23, 59, 59));
            writer.WriteTime(CivilTime.ToSeconds(2050, 1, 1, 0, 0, 0));
            DerReader reader = new DerReader(writer.Buffer, 0, writer.Length);
            Assert.AreEqual(DerTag.UtcTime, reader.PeekTag());
            Assert.AreEqual(CivilTime.ToSeconds(2049, 12, 31, 23, 59, 59), reader.ReadTime());
            Assert.AreEqual(DerTag.GeneralizedTime, reader.PeekTag());
            Assert.AreEqual(CivilTime.ToSeconds(2050, 1, 1, 0, 0, 0), reader.ReadTime());
        }

        [TestMethod]
        public void RefusesToWritePastItsCapacity()
        {
            DerWriter writer = new DerWriter(4);
            Assert.Throws(typeof(System.InvalidOperationException), delegate { writer.WriteOctetString(new byte[3], 0, 3); });
        }

        private static byte[] Written(long value)
        {
            DerWriter writer = new DerWriter(16);
            writer.WriteInteger(value);
            return writer.ToArray();
        }
    }
}
