using nanoFramework.TestFramework;
using Router.Core.Storage;

namespace Router.Core.Tests
{
    [TestClass]
    public class Crc32Tests
    {
        [TestMethod]
        public void MatchesTheStandardCheckValue()
        {
            byte[] check = new byte[] { 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39 }; // "123456789"
            Assert.AreEqual(0xCBF43926u, Crc32.Compute(check, 0, check.Length));
        }

        [TestMethod]
        public void RunsInPiecesAsInOne()
        {
            byte[] data = new byte[300];
            for (int i = 0; i < data.Length; i++)
            {
                data[i] = (byte)(i * 7 + 3);
            }

            uint running = Crc32.Update(Crc32.Initial, data, 0, 100);
            running = Crc32.Update(running, data, 100, 200);
            Assert.AreEqual(Crc32.Compute(data, 0, 300), Crc32.Finish(running));
            Assert.AreEqual(0u, Crc32.Compute(data, 5, 0) ^ 0u, "the CRC of nothing is 0");
        }
    }
}
