using nanoFramework.TestFramework;

namespace Router.Enco.Tests
{
    /// <summary>IPComp's DEFLATE through <see cref="DeflateCodec"/>: round trips, incompressible data, bombs.</summary>
    [TestClass]
    public class DeflateCodecTests
    {
        [TestMethod]
        public void RoundTripOfACompressibleDatagram()
        {
            byte[] datagram = new byte[1400];
            for (int i = 0; i < datagram.Length; i++)
            {
                datagram[i] = (byte)('a' + i % 7);
            }

            byte[] packed = new byte[1400];
            byte[] unpacked = new byte[1400];
            DeflateCodec codec = new DeflateCodec(true);

            int packedLength = codec.Compress(6, datagram, 0, datagram.Length, packed, 0, packed.Length);
            Assert.IsTrue(packedLength > 0 && packedLength < 100);
            Assert.AreEqual(datagram.Length, codec.Decompress(packed, 0, packedLength, unpacked, 0, unpacked.Length));
            Assert.Equal(datagram, unpacked);
        }

        [TestMethod]
        public void IncompressibleDataDoesNotFit()
        {
            byte[] datagram = new byte[1000];
            EncoRandom.Fill(datagram, 0, datagram.Length);
            byte[] packed = new byte[1000];
            DeflateCodec codec = new DeflateCodec(true);

            Assert.AreEqual(DeflateCodec.DidNotFit, codec.Compress(9, datagram, 0, datagram.Length, packed, 0, packed.Length));
        }

        [TestMethod]
        public void BombsAndCorruptStreamsAreRefused()
        {
            byte[] zeros = new byte[60000];
            byte[] packed = new byte[1000];
            byte[] unpacked = new byte[1500];
            DeflateCodec codec = new DeflateCodec(true);
            int packedLength = codec.Compress(9, zeros, 0, zeros.Length, packed, 0, packed.Length);

            Assert.AreEqual(EncoStatus.Limit, Refusal.CodeOf(() => codec.Decompress(packed, 0, packedLength, unpacked, 0, unpacked.Length)));
            packed[0] = 0xFF;
            Assert.AreEqual(EncoStatus.BadData, Refusal.CodeOf(() => codec.Decompress(packed, 0, packedLength, unpacked, 0, unpacked.Length)));
            Assert.AreEqual(EncoStatus.Unsupported, Refusal.CodeOf(() => new DeflateCodec(false).Compress(6, zeros, 0, 10, packed, 0, 100)));
        }
    }
}
