namespace Router.Pki.Validation
{
    /// <summary>The parameters of one validation: when, for what, and which peer name to expect.</summary>
    public sealed class ValidationOptions
    {
        /// <summary>The device's time, seconds since 1970 UTC (from IClock.UtcNow via CivilTime).</summary>
        public long Now;

        /// <summary>One of <see cref="ValidationPurpose"/>.</summary>
        public int Purpose;

        /// <summary>The DNS name or IP address the peer must have, or null for no name check.</summary>
        public string ExpectedName;

        public ValidationOptions(long now, int purpose, string expectedName)
        {
            Now = now;
            Purpose = purpose;
            ExpectedName = expectedName;
        }
    }
}
