using System;
using Xunit;

namespace Router.Enco.HostTests
{
    /// <summary>
    /// DESIGN rule 3: the steady-state data path allocates nothing. With buffers allocated up front,
    /// hashing through the facade and P/Invoke allocates 0 bytes.
    /// </summary>
    public class Sha256AllocationTests
    {
        private const int Calls = 1000;

        private static long AllocatedBy(Action work)
        {
            work(); // warm-up: JIT, P/Invoke stubs and library loading allocate once
            long before = GC.GetAllocatedBytesForCurrentThread();
            work();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        [Fact]
        public void OneShotHashesAllocateNothing()
        {
            byte[] record = new byte[1500];
            byte[] digest = new byte[Sha256.HashSize];
            new Random(1).NextBytes(record);

            long allocated = AllocatedBy(() =>
            {
                for (int i = 0; i < Calls; i++)
                {
                    Sha256.Hash(record, i % 100, 1400, digest, 0);
                }
            });

            Assert.Equal(0, allocated);
        }

        [Fact]
        public void IncrementalHashesAllocateNothing()
        {
            byte[] channel = new byte[4 * 1024];
            byte[] record = new byte[1500];
            byte[] digest = new byte[Sha256.HashSize];
            Sha256 sha = new Sha256(channel, 100);
            Sha256 snapshot = new Sha256(channel, 100 + Sha256.ContextSize);

            long allocated = AllocatedBy(() =>
            {
                for (int i = 0; i < Calls; i++)
                {
                    sha.Update(record, 0, 700);
                    sha.CopyTo(snapshot);
                    sha.Update(record, 700, 800);
                    snapshot.Finish(digest, 0);
                    sha.Finish(digest, 0);
                }
            });

            Assert.Equal(0, allocated);
        }
    }
}
