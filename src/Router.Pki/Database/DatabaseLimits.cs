namespace Router.Pki.Database
{
    /// <summary>
    /// The bounds of the certificate database (rule 4): entries (certificates and CRLs
    /// together) and the total bytes of their DER. RAM use is about the DER plus 1-2 KB of
    /// parsed fields per entry, so the defaults keep the database under about 40 KB.
    /// </summary>
    public sealed class DatabaseLimits
    {
        public const int DefaultMaxEntries = 12;
        public const int DefaultMaxBytes = 16384;

        public readonly int MaxEntries;
        public readonly int MaxBytes;

        public DatabaseLimits(int maxEntries, int maxBytes)
        {
            if (maxEntries < 1 || maxBytes < 1)
            {
                throw new System.ArgumentOutOfRangeException(maxEntries < 1 ? "maxEntries" : "maxBytes");
            }

            MaxEntries = maxEntries;
            MaxBytes = maxBytes;
        }

        public static DatabaseLimits Default()
        {
            return new DatabaseLimits(DefaultMaxEntries, DefaultMaxBytes);
        }
    }
}
