using System;
using Router.Tls.Client;
using Router.Tls.Tests;
using Xunit;
using Xunit.Abstractions;

namespace Router.Tls.HostTests
{
    /// <summary>DESIGN rule 3 for the client: once connected, a record in and a record out allocate nothing.</summary>
    public class ClientAllocationTests
    {
        private readonly ITestOutputHelper _output;

        public ClientAllocationTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public void SteadyStateApplicationDataAllocatesNothingInTheClient(bool tls13)
        {
            TlsClientConfig config = ClientTestPair.NewClientConfig(new TlsCounters(), new EncoTlsEntropy(),
                new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der));
            config.OfferTls13 = tls13;
            long beforeEngine = GC.GetAllocatedBytesForCurrentThread();
            TlsClientEngine probe = new TlsClientEngine(config);
            long engineBytes = GC.GetAllocatedBytesForCurrentThread() - beforeEngine;
            probe.Dispose();
            _output.WriteLine("TlsClientEngine construction allocates " + engineBytes + " bytes");
            // Input and output for one maximal record each, the 16 KB handshake buffer, contexts: about 60 KB on the host.
            Assert.InRange(engineBytes, 30000L, 64000L);

            ClientTestPair pair = new ClientTestPair(ClientTestCertificate.Ecdsa, ClientTestCertificate.Ecdsa.Der, config);
            pair.Connect();
            Assert.Equal(tls13 ? 0x0304 : 0x0303, pair.Client.Version);
            Assert.True(pair.Client.IsHandshakeComplete);
            TlsClientEngine client = pair.Client;
            TlsServerEngine server = pair.Server;

            byte[] payload = new byte[1400];
            new Random(1).NextBytes(payload);
            byte[] plain = new byte[16384];
            byte[] wire = new byte[32768];
            const int Rounds = 200;
            long clientBytes = 0;
            for (int i = 0; i < Rounds; i++)
            {
                // The server's record is made outside the measurement; the client's part is measured alone.
                server.WriteApplicationData(payload, 0, payload.Length - (i % 3));
                int n = server.TakeOutput(wire, 0, wire.Length);
                long before = GC.GetAllocatedBytesForCurrentThread();
                client.Feed(wire, 0, n, i);
                client.TakeEvents();
                int read = client.ReadApplicationData(plain, 0, plain.Length);
                client.WriteApplicationData(plain, 0, read);
                int m = client.TakeOutput(wire, 0, wire.Length);
                long after = GC.GetAllocatedBytesForCurrentThread();
                Assert.Equal(payload.Length - (i % 3), read);
                server.Feed(wire, 0, m, i);
                server.ReadApplicationData(plain, 0, plain.Length);
                if (i >= 20)
                {
                    clientBytes += after - before;
                }
            }

            _output.WriteLine((tls13 ? "TLS 1.3" : "TLS 1.2") + " client bytes allocated per record in + record out: " + (clientBytes / (double)(Rounds - 20)));
            Assert.False(client.IsClosed);
            Assert.Equal(0L, clientBytes);
        }
    }
}
