using System;
using Router.Tls.Tests;
using Xunit;

namespace Router.Tls.HostTests
{
    /// <summary>DESIGN rule 3: once connected, a record in and a record out allocate nothing (TLS 1.3 and TLS 1.2).</summary>
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

        [Theory]
        [InlineData(0xC02B)]
        [InlineData(0xCCA9)]
        public void SteadyStateTls12ApplicationDataAllocatesNothing(int suite)
        {
            TlsServerEngine engine = new TlsServerEngine(Tls12Harness.Config(new TlsCounters()));
            Tls12Client client = new Tls12Client(TestServer.Key);
            client.Hello.Suites = new int[] { suite };
            Assert.True(Tls12Harness.Handshake(engine, client, 0));
            Assert.Equal(suite, engine.CipherSuite);

            const int Rounds = 200;
            byte[][] records = new byte[Rounds][];
            byte[] payload = new byte[1400];
            new Random(2).NextBytes(payload);
            for (int i = 0; i < Rounds; i++)
            {
                records[i] = client.SealRecord(ContentType.ApplicationData, payload);
            }

            byte[] plain = new byte[16384];
            byte[] wire = new byte[32768];
            for (int i = 0; i < 20; i++)
            {
                RoundTrip(engine, records[i], plain, wire);
                if (i == 0)
                {
                    // What goes out is the payload, sealed for the client.
                    Assert.Equal(payload, client.OpenRecord(wire, 0));
                }
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
