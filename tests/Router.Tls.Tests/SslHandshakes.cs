namespace Router.Tls.Tests
{
    /// <summary>Real handshakes through the engine, on the SSL service's counters and cache, for the SSL report tests.</summary>
    internal static class SslHandshakes
    {
        /// <summary>An RFC 8448 handshake at <paramref name="now"/>: the engine, connected, with a ticket in the cache.</summary>
        public static TlsServerEngine Rfc8448(TlsCounters counters, TlsSessionCache cache, ITlsKeyLog keyLog, long now)
        {
            TlsServerConfig config = TestServer.Config(counters, FixedEntropy.ForRfc8448());
            config.SessionCache = cache;
            config.KeyLog = keyLog;
            TlsServerEngine engine = new TlsServerEngine(config);
            Rfc8448Client client = new Rfc8448Client();
            byte[] hello = client.Hello();
            engine.Feed(hello, 0, hello.Length, now);
            client.ReadServerFlight(TestServer.Drain(engine));
            byte[] finished = client.Finished(false);
            engine.Feed(finished, 0, finished.Length, now + 40);
            TestServer.Drain(engine);
            return engine;
        }
    }
}
