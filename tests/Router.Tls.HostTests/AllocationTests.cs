using System;
using Router.Tls.Tests;
using Xunit;

namespace Router.Tls.HostTests
{
    /// <summary>DESIGN rule 3: once connected, a record in and a record out allocate nothing.</summary>
    public class AllocationTests
    {
        [Fact]
        public void SteadyStateApplicationDataAllocatesNothing()
        {
            TlsServerEngine engine = TestServer.Rfc8448Engine(new TlsCounters());
            Rfc8448Client client = new Rfc8448Client();
            byte[] hello = client.Hello();
            engine.Feed(hello, 0, hello.Length, 0);
            Assert.True(client.ReadServerFlight(TestServer.Drain(engine)));
            byte[] finished = client.Finished(false);
            engine.Feed(finished, 0, finished.Length, 0);
            Assert.True(engine.IsHandshakeComplete);

            const int Rounds = 200;
            byte[][] records = new byte[Rounds][];
            byte[] payload = new byte[1400];
            new Random(1).NextBytes(payload);
            for (int i = 0; i < Rounds; i++)
            {
                records[i] = client.Seal(ContentType.ApplicationData, payload, i % 3);
            }

            byte[] plain = new byte[16384];
            byte[] wire = new byte[32768];
            for (int i = 0; i < 20; i++)
            {
                RoundTrip(engine, records[i], plain, wire);
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 20; i < Rounds; i++)
            {
                RoundTrip(engine, records[i], plain, wire);
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.False(engine.IsClosed);
            Assert.Equal(0L, allocated);
        }

        private static void RoundTrip(TlsServerEngine engine, byte[] record, byte[] plain, byte[] wire)
        {
            engine.Feed(record, 0, record.Length, 1);
            engine.TakeEvents();
            int n = engine.ReadApplicationData(plain, 0, plain.Length);
            engine.WriteApplicationData(plain, 0, n);
            engine.TakeOutput(wire, 0, wire.Length);
        }
    }
}
