using System;

namespace Router.Enco.Keys
{
    /// <summary>A refused key store operation; <see cref="Error"/> is an <see cref="EncoKeyStoreError"/> code. The store is unchanged.</summary>
    public class EncoKeyStoreException : Exception
    {
        private readonly int _error;
        private readonly int _storageError;

        public EncoKeyStoreException(int error)
            : this(error, 0)
        {
        }

        public EncoKeyStoreException(int error, int storageError)
            : base(EncoKeyStoreError.Describe(error))
        {
            _error = error;
            _storageError = storageError;
        }

        public int Error
        {
            get { return _error; }
        }

        /// <summary>For <see cref="EncoKeyStoreError.FlashFailed"/>: the Router.Core.Storage.StorageError code (DiskFull, ...); otherwise 0.</summary>
        public int StorageError
        {
            get { return _storageError; }
        }
    }
}
