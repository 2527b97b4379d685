namespace Router.Enco.Keys
{
    /// <summary>
    /// Where the key store gets random bytes for new keys. On the router it is
    /// <see cref="EncoRandomSource"/> (the ENCO engine's DRBG); tests give a seeded one.
    /// </summary>
    public interface IRandomSource
    {
        void GetBytes(byte[] buffer, int offset, int count);
    }
}
