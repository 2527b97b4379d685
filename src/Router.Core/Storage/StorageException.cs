using System;

namespace Router.Core.Storage
{
    /// <summary>
    /// The one exception type the flash store raises for anything it refuses or fails to do,
    /// including whatever a hostile or corrupt flash image provokes. <see cref="Error"/> is a
    /// <see cref="StorageError"/> code. Argument mistakes (a null buffer, a negative count) are
    /// programming errors and stay ArgumentException.
    /// </summary>
    public class StorageException : Exception
    {
        private readonly int _error;

        public StorageException(int error)
            : base(StorageError.Describe(error))
        {
            _error = error;
        }

        public StorageException(int error, string detail)
            : base(StorageError.Describe(error) + ": " + detail)
        {
            _error = error;
        }

        public int Error
        {
            get { return _error; }
        }
    }
}
