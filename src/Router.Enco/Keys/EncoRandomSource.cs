namespace Router.Enco.Keys
{
    /// <summary>The ENCO engine's random generator (<see cref="EncoRandom"/>) as the key store's <see cref="IRandomSource"/>.</summary>
    public sealed class EncoRandomSource : IRandomSource
    {
        public void GetBytes(byte[] buffer, int offset, int count)
        {
            EncoRandom.Fill(buffer, offset, count);
        }
    }
}
