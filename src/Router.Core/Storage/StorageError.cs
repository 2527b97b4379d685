namespace Router.Core.Storage
{
    /// <summary>
    /// Why the flash store refused or failed an operation: the <see cref="StorageException.Error"/>
    /// codes. They are stable, so the CLI can map each one to a numbered message.
    /// </summary>
    public static class StorageError
    {
        /// <summary>The store has not been mounted (or a flash failure unmounted it and remounting failed).</summary>
        public const int NotMounted = 1;

        /// <summary>The name is empty, longer than <see cref="FlashStore.MaxNameLength"/>, or has a character outside '!'..'~'.</summary>
        public const int InvalidName = 2;

        public const int FileNotFound = 3;

        /// <summary>The file is larger than one segment can hold (<see cref="FlashStore.MaxFileLength"/>).</summary>
        public const int FileTooLarge = 4;

        /// <summary>The store already holds its maximum number of files.</summary>
        public const int TooManyFiles = 5;

        /// <summary>There is no room for the new version, even after compaction.</summary>
        public const int DiskFull = 6;

        /// <summary>The flash did not hold what was written (twice, in two segments); the old version is intact.</summary>
        public const int WriteFailed = 7;

        /// <summary>The region holds a store of another format version or segment size; <see cref="FlashStore.Format"/> starts afresh.</summary>
        public const int IncompatibleFormat = 8;

        /// <summary>The flash driver refused an operation (for example an address outside the chip).</summary>
        public const int FlashFailure = 9;

        /// <summary>The 32-bit sequence numbers are used up (about 4 billion writes); format the store.</summary>
        public const int SequenceExhausted = 10;

        /// <summary>A short English description, for exception messages and logs.</summary>
        public static string Describe(int error)
        {
            switch (error)
            {
                case NotMounted:
                    return "the flash store is not mounted";
                case InvalidName:
                    return "invalid file name";
                case FileNotFound:
                    return "file not found";
                case FileTooLarge:
                    return "file too large";
                case TooManyFiles:
                    return "too many files";
                case DiskFull:
                    return "flash store full";
                case WriteFailed:
                    return "flash write could not be verified";
                case IncompatibleFormat:
                    return "flash holds a store of another format";
                case FlashFailure:
                    return "flash operation failed";
                case SequenceExhausted:
                    return "flash store sequence numbers exhausted";
                default:
                    return "flash store error";
            }
        }
    }
}
