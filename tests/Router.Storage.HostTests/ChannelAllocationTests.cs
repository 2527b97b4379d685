using System;
using Router.Enco.Channels;
using Xunit;

namespace Router.Storage.HostTests
{
    /// <summary>DESIGN rule 3: attaching and detaching ENCO channels and counting allocate nothing.</summary>
    public class ChannelAllocationTests
    {
        private static long AllocatedBy(Action work)
        {
            work(); // warm-up: JIT and first-call stubs allocate once
            long before = GC.GetAllocatedBytesForCurrentThread();
            work();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        [Fact]
        public void AttachDetachAndRefusalsAllocateNothing()
        {
            var counters = new EncoCounters();
            var pool = new EncoChannelPool(4, counters);
            var held = new EncoChannel[5];

            long allocated = AllocatedBy(() =>
            {
                for (int round = 0; round < 1000; round++)
                {
                    for (int i = 0; i < held.Length; i++)
                    {
                        held[i] = pool.Attach(EncoChannelOwner.Tls, round); // the fifth is refused
                    }

                    for (int i = 0; i < held.Length; i++)
                    {
                        pool.Detach(held[i]);
                    }
                }
            });

            Assert.Equal(0, allocated);
            Assert.Equal(2000, counters.Get(EncoCounter.AttachFail));
            Assert.Equal(0, pool.InUse);
        }

        [Fact]
        public void CountingAllocatesNothing()
        {
            var counters = new EncoCounters();
            long allocated = AllocatedBy(() =>
            {
                for (int i = 0; i < 1000; i++)
                {
                    counters.CountEncode(true);
                    counters.CountDecode(i % 7 != 0);
                    counters.CountHandshake(true);
                    counters.CountGetKey(true);
                }
            });

            Assert.Equal(0, allocated);
        }
    }
}
