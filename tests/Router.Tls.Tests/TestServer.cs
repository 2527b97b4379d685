using System;
using Router.Enco;

namespace Router.Tls.Tests
{
    /// <summary>A server configuration for tests: a P-256 key and a placeholder certificate (the engine does not parse it).</summary>
    internal static class TestServer
    {
        private static EncoKey _key;

        public static EncoKey Key
        {
            get
            {
                if (_key == null)
                {
                    _key = EncoKey.Generate(EncoKeyType.EcP256, 0);
                }

                return _key;
            }
        }

        public static TlsServerConfig Config(TlsCounters counters, ITlsEntropy entropy)
        {
            byte[][] chain = new byte[][] { Hex.Ascii("not a real certificate: the engine sends it as given") };
            return new TlsServerConfig(chain, Key, counters, entropy);
        }

        public static TlsServerEngine Rfc8448Engine(TlsCounters counters)
        {
            return new TlsServerEngine(Config(counters, FixedEntropy.ForRfc8448()));
        }

        /// <summary>All output the engine has.</summary>
        public static byte[] Drain(TlsServerEngine engine)
        {
            byte[] output = new byte[engine.PendingOutput];
            engine.TakeOutput(output, 0, output.Length);
            return output;
        }

        public static byte[] Slice(byte[] bytes, int offset, int count)
        {
            byte[] slice = new byte[count];
            Array.Copy(bytes, offset, slice, 0, count);
            return slice;
        }
    }
}
