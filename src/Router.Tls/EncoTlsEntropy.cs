using Router.Enco;

namespace Router.Tls
{
    /// <summary>Randomness and ephemeral keys from the ENCO engine's DRBG.</summary>
    public sealed class EncoTlsEntropy : ITlsEntropy
    {
        public void Fill(byte[] buffer, int offset, int count)
        {
            EncoRandom.Fill(buffer, offset, count);
        }

        public EncoKey NewEphemeralKey(int keyType)
        {
            return EncoKey.Generate(keyType, 0);
        }
    }
}
