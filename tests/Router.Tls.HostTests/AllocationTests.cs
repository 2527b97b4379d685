using System;
using Router.Tls.Tests;
using Xunit;
using Xunit.Abstractions;

namespace Router.Tls.HostTests
{
    /// <summary>DESIGN rule 3: once connected, a record in and a record out allocate nothing (TLS 1.3 and TLS 1.2).</summary>
    public class AllocationTests
    {
        private readonly ITestOutputHelper _output;

        public AllocationTests(ITestOutputHelper output)
        {
            _output = output;
        }

        /// <summary>
        /// Per connection on the host: bytes allocated by construction and a TLS 1.3 handshake (transient flight and
        /// reassembly buffers included), and the bytes the engine keeps afterwards (<see cref="TlsServerEngine.BufferBytes"/>),
        /// default and compact. Before the buffers were sized to their use the engine kept about 45 KB from construction on.
        /// </summary>
        [Fact]
        public void ConnectionMemoryStaysWithinItsBounds()
        {
            long[] figures = MeasureConnection(16384, TlsServerConfig.DefaultOutputBufferSize);
            _output.WriteLine("default: allocated " + figures[0] + " bytes by construction + handshake, retained " + figures[1]
                + " after the handshake, " + figures[2] + " after the first write");
            Assert.InRange(figures[1], 16000L, 20500L);
            Assert.InRange(figures[2], 30000L, 38000L);
            Assert.InRange(figures[0], 20000L, 60000L);

            long[] compact = MeasureConnection(2048, 2048);
            _output.WriteLine("compact (MaxInputRecord 2048, OutputBufferSize 2048): allocated " + compact[0] + ", retained "
                + compact[1] + " after the handshake, " + compact[2] + " after the first write");
            Assert.InRange(compact[2], 4000L, 7200L);
            Assert.InRange(compact[0], 6000L, 30000L);
        }

        /// <summary>Allocated bytes (construction + handshake), BufferBytes after the handshake and after a write.</summary>
        internal static long[] MeasureConnection(int maxInputRecord, int outputBufferSize)
        {
            TlsServerConfig config = TestServer.Config(new TlsCounters(), FixedEntropy.ForRfc8448());
            config.MaxInputRecord = maxInputRecord;
            config.OutputBufferSize = outputBufferSize;
            Rfc8448Client client = new Rfc8448Client();
            byte[] hello = client.Hello();
            byte[] flight = new byte[4096];
            long before = GC.GetAllocatedBytesForCurrentThread();
            TlsServerEngine engine = new TlsServerEngine(config);
            engine.Feed(hello, 0, hello.Length, 0);
            int n = engine.TakeOutput(flight, 0, flight.Length);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(client.ReadServerFlight(TestServer.Slice(flight, 0, n)));
            byte[] finished = client.Finished(false);
            before = GC.GetAllocatedBytesForCurrentThread();
            engine.Feed(finished, 0, finished.Length, 0);
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.True(engine.IsHandshakeComplete);
            long retained = engine.BufferBytes;
            engine.WriteApplicationData(hello, 0, 100);
            return new long[] { allocated, retained, engine.BufferBytes };
        }

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
