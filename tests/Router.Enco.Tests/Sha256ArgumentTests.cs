using System;
using nanoFramework.TestFramework;

namespace Router.Enco.Tests
{
    /// <summary>
    /// Hostile arguments are refused with an <see cref="EncoException"/> carrying the ENCO code,
    /// before anything is written.
    /// </summary>
    [TestClass]
    public class Sha256ArgumentTests
    {
        private static int CodeOf(Action call)
        {
            try
            {
                call();
            }
            catch (EncoException e)
            {
                return e.Code;
            }

            return EncoStatus.Ok;
        }

        [TestMethod]
        [DataRow(-1, 3)]
        [DataRow(0, -1)]
        [DataRow(0, 9)]
        [DataRow(5, 4)]
        [DataRow(9, 0)]
        [DataRow(1, int.MaxValue)]
        [DataRow(int.MaxValue, 1)]
        [DataRow(int.MinValue, 0)]
        public void InputSegmentOutsideTheArray(int offset, int count)
        {
            byte[] data = new byte[8];
            byte[] output = new byte[Sha256.HashSize];
            Sha256 sha = new Sha256();

            Assert.AreEqual(EncoStatus.BadLength, CodeOf(() => Sha256.Hash(data, offset, count, output, 0)));
            Assert.AreEqual(EncoStatus.BadLength, CodeOf(() => sha.Update(data, offset, count)));
            Assert.Equal(new byte[Sha256.HashSize], output);
        }

        [TestMethod]
        public void NullBuffers()
        {
            byte[] output = new byte[Sha256.HashSize];
            Sha256 sha = new Sha256();

            Assert.AreEqual(EncoStatus.NullPointer, CodeOf(() => Sha256.Hash(null, 0, 0, output, 0)));
            Assert.AreEqual(EncoStatus.NullPointer, CodeOf(() => Sha256.Hash(output, 0, 0, null, 0)));
            Assert.AreEqual(EncoStatus.NullPointer, CodeOf(() => sha.Update(null, 0, 0)));
            Assert.AreEqual(EncoStatus.NullPointer, CodeOf(() => sha.Finish(null, 0)));
            Assert.AreEqual(EncoStatus.NullPointer, CodeOf(() => sha.CopyTo(null)));
            Assert.AreEqual(EncoStatus.NullPointer, CodeOf(() => new Sha256(null, 0)));
        }

        [TestMethod]
        [DataRow(31, 0)]
        [DataRow(40, 9)]
        [DataRow(32, 32)]
        public void OutputTooSmallLeavesTheStreamUsable(int length, int offset)
        {
            byte[] abc = Hex.Ascii("abc");
            byte[] small = new byte[length];
            byte[] digest = new byte[Sha256.HashSize];
            Sha256 sha = new Sha256();
            sha.Update(abc, 0, 3);

            Assert.AreEqual(EncoStatus.BufferTooSmall, CodeOf(() => Sha256.Hash(abc, 0, 3, small, offset)));
            Assert.AreEqual(EncoStatus.BufferTooSmall, CodeOf(() => sha.Finish(small, offset)));
            Assert.Equal(new byte[length], small);

            sha.Finish(digest, 0);
            Assert.Equal(Hex.Decode("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"), digest);
        }

        [TestMethod]
        [DataRow(-1)]
        [DataRow(33)]
        public void OutputOffsetOutsideTheArray(int offset)
        {
            byte[] output = new byte[Sha256.HashSize];
            Assert.AreEqual(EncoStatus.BadLength, CodeOf(() => Sha256.Hash(output, 0, 0, output, offset)));
        }

        [TestMethod]
        [DataRow(255, 0)]
        [DataRow(300, 45)]
        [DataRow(256, 1)]
        public void ContextSliceTooSmall(int length, int offset)
        {
            Assert.AreEqual(EncoStatus.BufferTooSmall, CodeOf(() => new Sha256(new byte[length], offset)));
        }

        [TestMethod]
        public void ContextOffsetOutsideTheArray()
        {
            Assert.AreEqual(EncoStatus.BadLength, CodeOf(() => new Sha256(new byte[300], -1)));
            Assert.AreEqual(EncoStatus.BadLength, CodeOf(() => new Sha256(new byte[300], 301)));
        }

        [TestMethod]
        public void ExceptionNamesTheCode()
        {
            EncoException e = new EncoException(EncoStatus.BufferTooSmall);
            Assert.AreEqual(EncoStatus.BufferTooSmall, e.Code);
            Assert.Contains("-3", e.Message);
            Assert.Contains("too small", e.Message);
        }
    }
}
