using nanoFramework.TestFramework;
using Router.Core;

namespace Router.Core.Tests
{
    [TestClass]
    public class ByteReaderTests
    {
        [TestMethod]
        public void ReadsBigEndianFieldsInOrder()
        {
            byte[] data = new byte[] { 0xFF, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0x0A };
            ByteReader reader = new ByteReader(data, 1, 10);

            Assert.AreEqual(0x01, reader.ReadUInt8());
            Assert.AreEqual(0x0203, reader.ReadUInt16());
            Assert.AreEqual(0x040506, reader.ReadUInt24());
            Assert.AreEqual(0x0708090Au, reader.ReadUInt32());
            Assert.IsTrue(reader.IsAtEnd);
        }

        [TestMethod]
        [DataRow(0, 1)]
        [DataRow(1, 2)]
        [DataRow(2, 3)]
        [DataRow(3, 4)]
        public void RefusesToReadPastTheSegment(int available, int wanted)
        {
            // The buffer is larger than the segment: a read must stop at the segment's end.
            byte[] data = new byte[16];
            ByteReader reader = new ByteReader(data, 4, available);
            Assert.Throws(typeof(MalformedInputException), () => reader.Skip(wanted));
            Assert.AreEqual(4, reader.Position, "a failed read must not move the cursor");
        }

        [TestMethod]
        public void RejectsASegmentOutsideTheBuffer()
        {
            byte[] data = new byte[8];
            Assert.Throws(typeof(System.ArgumentOutOfRangeException), () => new ByteReader(data, 4, 5));
            Assert.Throws(typeof(System.ArgumentOutOfRangeException), () => new ByteReader(data, -1, 2));
        }

        [TestMethod]
        public void RejectsNegativeLengths()
        {
            ByteReader reader = new ByteReader(new byte[4], 0, 4);
            Assert.Throws(typeof(MalformedInputException), () => reader.Skip(-1));
        }

        [TestMethod]
        public void CopiesBytesOut()
        {
            byte[] data = new byte[] { 9, 8, 7, 6 };
            byte[] copy = new byte[3];
            ByteReader reader = new ByteReader(data, 0, 4);
            reader.ReadUInt8();
            reader.ReadBytes(copy, 0, 3);
            Assert.Equal(new byte[] { 8, 7, 6 }, copy);
        }
    }
}
