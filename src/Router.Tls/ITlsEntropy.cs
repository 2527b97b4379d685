using Router.Enco;

namespace Router.Tls
{
    /// <summary>
    /// Where the engine takes its randomness from: the ServerHello random and the ephemeral key-share keys.
    /// <see cref="EncoTlsEntropy"/> is the engine's DRBG; tests substitute fixed values (RFC 8448).
    /// </summary>
    public interface ITlsEntropy
    {
        /// <summary>Fills the segment with random bytes.</summary>
        void Fill(byte[] buffer, int offset, int count);

        /// <summary>A fresh ephemeral private key of an <see cref="EncoKeyType"/> (X25519 or EcP256).</summary>
        EncoKey NewEphemeralKey(int keyType);
    }
}
