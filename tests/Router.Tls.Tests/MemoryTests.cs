using nanoFramework.TestFramework;

namespace Router.Tls.Tests
{
    /// <summary>
    /// Bytes a server connection keeps (<see cref="TlsServerEngine.BufferBytes"/>: input, output and handshake
    /// buffers, fixed state arrays and contexts). The bounds pin the figures of the README: a change that makes a
    /// connection bigger fails here. The engine was about 43 KB per connection (16.6 KB in, 17.7 KB out, 8 KB
    /// reassembly, contexts) from construction on.
    /// </summary>
    [TestClass]
    public class MemoryTests
    {
        /// <summary>The fixed arrays and contexts: record ciphers, transcript, secrets (measured about 2.6 KB).</summary>
        private const int FixedBound = 3000;

        private static TlsServerEngine Connected(TlsServerConfig config, out Tls12Client client)
        {
            TlsServerEngine engine = new TlsServerEngine(config);
            client = new Tls12Client(TestServer.Key);
            Assert.IsTrue(Tls12Harness.Handshake(engine, client, 0));
            return engine;
        }

        [TestMethod]
        public void NewConnectionHoldsOneInputRecordAndSmallBuffers()
        {
            TlsServerEngine engine = new TlsServerEngine(Tls12Harness.Config(new TlsCounters()));
            // 16 645 input bytes for a maximal record, 320 of output and 512 of reassembly until the hello arrives.
            Assert.IsTrue(engine.BufferBytes <= 16645 + 320 + 512 + FixedBound, "bytes " + engine.BufferBytes);
        }

        [TestMethod]
        public void DefaultConnectionAfterEchoKeepsInputAndOneOutputRecord()
        {
            Tls12Client client;
            TlsServerEngine engine = Connected(Tls12Harness.Config(new TlsCounters()), out client);
            int afterHandshake = engine.BufferBytes;
            // The flight's buffer is gone once taken; the reassembly buffer is 16 bytes.
            Assert.IsTrue(afterHandshake <= 16645 + 320 + 16 + FixedBound, "after the handshake " + afterHandshake);

            Assert.IsTrue(Tls12Harness.Echo(engine, client, "hello"));
            int connected = engine.BufferBytes;
            Assert.IsTrue(connected <= 16645 + TlsServerConfig.DefaultOutputBufferSize + 16 + FixedBound, "connected " + connected);
            Assert.IsTrue(connected < 38000);
        }

        [TestMethod]
        public void CompactConfigurationFitsAnEsp32Budget()
        {
            TlsServerConfig config = Tls12Harness.Config(new TlsCounters());
            config.MaxInputRecord = 2048;
            config.OutputBufferSize = 2048;
            Tls12Client client;
            TlsServerEngine engine = Connected(config, out client);
            Assert.IsTrue(Tls12Harness.Echo(engine, client, "hello"));
            int connected = engine.BufferBytes;
            // 2085 in, 2048 out, 16 of reassembly and the fixed state: under 7 KB a connection.
            Assert.IsTrue(connected <= 2085 + 2048 + 16 + FixedBound, "connected " + connected);
            Assert.IsTrue(connected < 7200);

            // Larger writes go out in records the small buffer holds; the caller takes output and writes the rest.
            byte[] data = new byte[5000];
            int written = engine.WriteApplicationData(data, 0, data.Length);
            Assert.IsTrue(written > 0 && written < data.Length, "written " + written);
            TestServer.Drain(engine);
            Assert.IsTrue(engine.WriteApplicationData(data, written, data.Length - written) > 0);
            Assert.AreEqual(connected, engine.BufferBytes);
        }
    }
}
