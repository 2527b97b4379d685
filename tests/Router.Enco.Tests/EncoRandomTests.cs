using nanoFramework.TestFramework;

namespace Router.Enco.Tests
{
    /// <summary>The engine's random generator through <see cref="EncoRandom"/>.</summary>
    [TestClass]
    public class EncoRandomTests
    {
        [TestMethod]
        public void FillsOnlyTheSegmentAndNeverRepeats()
        {
            byte[] a = new byte[40];
            byte[] b = new byte[40];

            EncoRandom.Fill(a, 4, 32);
            EncoRandom.Fill(b, 4, 32);

            Assert.AreEqual((byte)0, a[3]);
            Assert.AreEqual((byte)0, a[36]);
            Assert.AreNotEqual(0, CountDifferences(a, b));
            Assert.AreNotEqual(0, CountDifferences(a, new byte[40]));
        }

        [TestMethod]
        public void LargeFillsAndReseed()
        {
            byte[] buffer = new byte[4000];
            EncoRandom.Reseed(buffer, 0, 16);
            EncoRandom.Fill(buffer, 0, buffer.Length);
            Assert.AreNotEqual(0, CountDifferences(buffer, new byte[4000]));
            Assert.AreEqual(EncoStatus.BadLength, Refusal.CodeOf(() => EncoRandom.Fill(buffer, 1, 4000)));
            Assert.AreEqual(EncoStatus.NullPointer, Refusal.CodeOf(() => EncoRandom.Fill(null, 0, 0)));
        }

        private static int CountDifferences(byte[] a, byte[] b)
        {
            int count = 0;
            for (int i = 0; i < a.Length; i++)
            {
                count += a[i] != b[i] ? 1 : 0;
            }

            return count;
        }
    }
}
