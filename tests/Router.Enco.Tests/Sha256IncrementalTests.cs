using nanoFramework.TestFramework;

namespace Router.Enco.Tests
{
    /// <summary>
    /// Incremental hashing equals one-shot hashing however the message is split, with the context
    /// in the facade's own buffer or in a slice of a caller's buffer.
    /// </summary>
    [TestClass]
    public class Sha256IncrementalTests
    {
        private static byte[] Message(int length)
        {
            byte[] message = new byte[length];
            for (int i = 0; i < length; i++)
            {
                message[i] = (byte)(i * 31 + 7);
            }

            return message;
        }

        private static byte[] OneShot(byte[] message, int offset, int count)
        {
            byte[] digest = new byte[Sha256.HashSize];
            Sha256.Hash(message, offset, count, digest, 0);
            return digest;
        }

        [TestMethod]
        public void EverySplitOfAMessageMatchesOneShot()
        {
            // 150 bytes: splits fall before, on and after both 64-byte block edges.
            byte[] message = Message(150);
            byte[] expected = OneShot(message, 0, message.Length);
            byte[] actual = new byte[Sha256.HashSize];
            Sha256 sha = new Sha256();

            for (int split = 0; split <= message.Length; split++)
            {
                sha.Update(message, 0, split);
                sha.Update(message, split, message.Length - split);
                sha.Finish(actual, 0);
                Assert.Equal(expected, actual, "split at " + split.ToString());
            }
        }

        [TestMethod]
        public void FinishStartsTheNextMessage()
        {
            byte[] abc = Hex.Ascii("abc");
            byte[] first = new byte[Sha256.HashSize];
            byte[] second = new byte[Sha256.HashSize];
            Sha256 sha = new Sha256();

            sha.Update(abc, 0, 3);
            sha.Finish(first, 0);
            sha.Update(abc, 0, 3);
            sha.Finish(second, 0);

            Assert.Equal(first, second);
        }

        [TestMethod]
        public void ResetDropsWhatWasHashed()
        {
            byte[] abc = Hex.Ascii("abc");
            byte[] actual = new byte[Sha256.HashSize];
            Sha256 sha = new Sha256();

            sha.Update(Message(100), 0, 100);
            sha.Reset();
            sha.Update(abc, 0, 3);
            sha.Finish(actual, 0);

            Assert.Equal(OneShot(abc, 0, 3), actual);
        }

        [TestMethod]
        public void ContextInASliceOfAChannelBuffer()
        {
            // Two hashes share one buffer at unaligned offsets, with a guard byte between and after them.
            byte[] channel = new byte[3 + Sha256.ContextSize + 1 + Sha256.ContextSize + 1];
            int second = 3 + Sha256.ContextSize + 1;
            channel[second - 1] = 0x5A;
            channel[channel.Length - 1] = 0x5A;

            Sha256 a = new Sha256(channel, 3);
            Sha256 b = new Sha256(channel, second);
            byte[] message = Message(200);
            byte[] digestA = new byte[Sha256.HashSize];
            byte[] digestB = new byte[Sha256.HashSize];

            a.Update(message, 0, 100);
            b.Update(message, 100, 100);
            a.Update(message, 100, 100);
            a.Finish(digestA, 0);
            b.Finish(digestB, 0);

            Assert.Equal(OneShot(message, 0, 200), digestA);
            Assert.Equal(OneShot(message, 100, 100), digestB);
            Assert.AreEqual((byte)0x5A, channel[second - 1]);
            Assert.AreEqual((byte)0x5A, channel[channel.Length - 1]);
        }

        [TestMethod]
        public void CopyToForksTheStream()
        {
            byte[] message = Message(120);
            byte[] actual = new byte[Sha256.HashSize];
            Sha256 transcript = new Sha256();
            Sha256 snapshot = new Sha256();

            transcript.Update(message, 0, 70);
            transcript.CopyTo(snapshot);
            snapshot.Finish(actual, 0);
            Assert.Equal(OneShot(message, 0, 70), actual);

            transcript.Update(message, 70, 50);
            transcript.Finish(actual, 0);
            Assert.Equal(OneShot(message, 0, 120), actual);
        }

        [TestMethod]
        public void DisposeEndsTheStreamAndResetRevivesIt()
        {
            byte[] abc = Hex.Ascii("abc");
            byte[] actual = new byte[Sha256.HashSize];
            Sha256 sha = new Sha256();

            sha.Update(abc, 0, 3);
            sha.Dispose();
            Assert.Throws(typeof(EncoException), () => sha.Update(abc, 0, 3));

            sha.Reset();
            sha.Update(abc, 0, 3);
            sha.Finish(actual, 0);
            Assert.Equal(OneShot(abc, 0, 3), actual);
        }
    }
}
