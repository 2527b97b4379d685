using nanoFramework.TestFramework;
using Router.Core;

namespace Router.Core.Tests
{
    [TestClass]
    public class BigEndianTests
    {
        [TestMethod]
        public void WritesWhatItReads()
        {
            byte[] buffer = new byte[9];
            BigEndian.WriteUInt16(buffer, 0, 0xBEEF);
            BigEndian.WriteUInt24(buffer, 2, 0x123456);
            BigEndian.WriteUInt32(buffer, 5, 0xCAFEF00D);

            Assert.Equal(new byte[] { 0xBE, 0xEF, 0x12, 0x34, 0x56, 0xCA, 0xFE, 0xF0, 0x0D }, buffer);
            Assert.AreEqual(0xBEEF, BigEndian.ReadUInt16(buffer, 0));
            Assert.AreEqual(0x123456, BigEndian.ReadUInt24(buffer, 2));
            Assert.AreEqual(0xCAFEF00Du, BigEndian.ReadUInt32(buffer, 5));
        }
    }
}
