using System;
using Router.Enco;

namespace Router.Tls.Tests
{
    /// <summary>Runs a TLS 1.2 handshake between a <see cref="Tls12Client"/> and an engine in memory.</summary>
    internal static class Tls12Harness
    {
        public static TlsServerConfig Config(TlsCounters counters, EncoKey key, ITlsEntropy entropy)
        {
            byte[][] chain = new byte[][] { Hex.Ascii("not a real certificate: the engine sends it as given") };
            return new TlsServerConfig(chain, key, counters, entropy);
        }

        public static TlsServerConfig Config(TlsCounters counters)
        {
            return Config(counters, TestServer.Key, FixedEntropy.ForRfc8448());
        }

        /// <summary>Hello, server flight, key exchange and Finished both ways; true when both sides finished.</summary>
        public static bool Handshake(TlsServerEngine engine, Tls12Client client, long now)
        {
            byte[] hello = client.ClientHello();
            engine.Feed(hello, 0, hello.Length, now);
            byte[] flight = TestServer.Drain(engine);
            if (!client.ReadServerFlight(flight))
            {
                return false;
            }

            if (client.Abbreviated)
            {
                byte[] finished = client.ChangeCipherSpecAndFinished();
                engine.Feed(finished, 0, finished.Length, now);
                return client.ServerFinishedVerified && engine.IsHandshakeComplete;
            }

            byte[] keyExchange = client.KeyExchangeAndFinished();
            engine.Feed(keyExchange, 0, keyExchange.Length, now);
            return client.ReadServerFinished(TestServer.Drain(engine)) && engine.IsHandshakeComplete;
        }

        /// <summary>Sends a line through the engine and back (it echoes what it reads); true when it came back.</summary>
        public static bool Echo(TlsServerEngine engine, Tls12Client client, string text)
        {
            byte[] payload = Hex.Ascii(text);
            byte[] record = client.SealRecord(ContentType.ApplicationData, payload);
            engine.Feed(record, 0, record.Length, 1);
            byte[] plain = new byte[256];
            int n = engine.ReadApplicationData(plain, 0, plain.Length);
            engine.WriteApplicationData(plain, 0, n);
            byte[] answer = TestServer.Drain(engine);
            byte[] opened = client.OpenRecord(answer, 0);
            return opened != null && answer[0] == ContentType.ApplicationData && Hex.AsciiString(opened) == text;
        }
    }

    /// <summary>Collects what the engine hands its key log.</summary>
    internal sealed class RecordingKeyLog : ITlsKeyLog
    {
        public string Labels = "";
        public byte[] LastSecret;
        public byte[] LastClientRandom;

        public void Write(string label, byte[] clientRandom, int clientRandomOffset, byte[] secret, int secretOffset, int secretLength)
        {
            Labels += label + " ";
            LastSecret = TestServer.Slice(secret, secretOffset, secretLength);
            LastClientRandom = TestServer.Slice(clientRandom, clientRandomOffset, 32);
        }
    }
}
