using System;
using Router.Enco;

namespace Router.Tls.Tests
{
    /// <summary>Fixed randoms and ephemeral keys (RFC 8448's server values) so a handshake is reproducible.</summary>
    internal sealed class FixedEntropy : ITlsEntropy
    {
        private readonly byte[] _random;
        private readonly byte[] _x25519;

        public FixedEntropy(byte[] random, byte[] x25519Private)
        {
            _random = random;
            _x25519 = x25519Private;
        }

        public static FixedEntropy ForRfc8448()
        {
            return new FixedEntropy(Hex.Decode(Rfc8448.ServerRandom), Hex.Decode(Rfc8448.ServerPrivateKey));
        }

        public void Fill(byte[] buffer, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                buffer[offset + i] = _random[i % _random.Length];
            }
        }

        public EncoKey NewEphemeralKey(int keyType)
        {
            if (keyType == EncoKeyType.X25519)
            {
                return EncoKey.Import(EncoKeyType.X25519, 0, EncoKeyFormat.PrivateRaw, _x25519, 0, _x25519.Length);
            }

            return EncoKey.Generate(keyType, 0);
        }
    }
}
