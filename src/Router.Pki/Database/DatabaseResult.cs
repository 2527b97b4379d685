namespace Router.Pki.Database
{
    /// <summary>Outcomes of the certificate database's changes.</summary>
    public static class DatabaseResult
    {
        public const int Ok = 0;

        /// <summary>An entry of that kind already has the name.</summary>
        public const int NameExists = 1;

        /// <summary>No entry of that kind has the name.</summary>
        public const int NotFound = 2;

        /// <summary>The maximum number of entries is reached.</summary>
        public const int TooManyEntries = 3;

        /// <summary>The entry would take the DER total over the maximum.</summary>
        public const int TooManyBytes = 4;

        /// <summary>The same certificate or CRL is already in the database (under <c>DuplicateName</c>).</summary>
        public const int Duplicate = 5;

        /// <summary>The name is empty, too long or has characters other than '!'..'~'.</summary>
        public const int InvalidName = 6;

        /// <summary>Storage refused the change; the database is unchanged.</summary>
        public const int StorageFailed = 7;

        /// <summary>Deleted while in use: it is gone from view and goes when its last reference does.</summary>
        public const int DeletePending = 8;
    }
}
