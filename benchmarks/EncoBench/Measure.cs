using System;
using System.Diagnostics;

namespace EncoBench
{
    /// <summary>Timing and allocation of a call, on the current thread.</summary>
    internal static class Measure
    {
        /// <summary>Calls per second, calling in batches until <paramref name="seconds"/> have passed.</summary>
        public static double CallsPerSecond(Action call, double seconds)
        {
            for (int i = 0; i < 100; i++)
            {
                call(); // warm-up: JIT, P/Invoke stubs
            }

            long calls = 0;
            Stopwatch watch = Stopwatch.StartNew();
            do
            {
                for (int i = 0; i < 16; i++)
                {
                    call();
                }

                calls += 16;
            }
            while (watch.Elapsed.TotalSeconds < seconds);

            return calls / watch.Elapsed.TotalSeconds;
        }

        /// <summary>Managed bytes allocated per call, averaged over 1000 calls after a warm-up.</summary>
        public static double BytesAllocatedPerCall(Action call)
        {
            call();
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 1000; i++)
            {
                call();
            }

            return (GC.GetAllocatedBytesForCurrentThread() - before) / 1000.0;
        }
    }
}
