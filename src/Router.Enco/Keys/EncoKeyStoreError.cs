namespace Router.Enco.Keys
{
    /// <summary>Why the key store refused an operation: the <see cref="EncoKeyStoreException.Error"/> codes, for the CLI's numbered messages.</summary>
    public static class EncoKeyStoreError
    {
        /// <summary>The key number is outside 0..65535.</summary>
        public const int BadKeyId = 1;

        public const int KeyExists = 2;

        public const int KeyNotFound = 3;

        /// <summary>The store already holds its maximum number of keys.</summary>
        public const int TooManyKeys = 4;

        /// <summary>Not a key type, or not one this operation takes (e.g. RANDOM for an RSA key).</summary>
        public const int BadKeyType = 5;

        /// <summary>LENGTH= is not allowed for this key type.</summary>
        public const int BadLength = 6;

        /// <summary>VALUE= has the wrong length or characters for this key type.</summary>
        public const int BadValue = 7;

        /// <summary>The description is longer than 63 characters or has a character outside ' '..'~'.</summary>
        public const int BadDescription = 8;

        /// <summary>System security is on and the key could not be saved to (or erased from) flash; <see cref="EncoKeyStoreException.StorageError"/> says why.</summary>
        public const int FlashFailed = 9;

        public static string Describe(int error)
        {
            switch (error)
            {
                case BadKeyId:
                    return "key number out of range (0-65535)";
                case KeyExists:
                    return "key already exists";
                case KeyNotFound:
                    return "key does not exist";
                case TooManyKeys:
                    return "too many keys";
                case BadKeyType:
                    return "key type not allowed here";
                case BadLength:
                    return "key length not allowed for this type";
                case BadValue:
                    return "key value not valid for this type";
                case BadDescription:
                    return "description too long or not printable";
                case FlashFailed:
                    return "key could not be saved to or erased from flash";
                default:
                    return "key store error";
            }
        }
    }
}
