using Router.Core.Storage;
using Router.Pki.Database;

namespace Router.Pki.Commands
{
    /// <summary><see cref="IPkiFiles"/> on the flash store (Router.Core.Storage).</summary>
    public sealed class FlashPkiFiles : IPkiFiles
    {
        private readonly FlashStore _store;

        public FlashPkiFiles(FlashStore store)
        {
            _store = store;
        }

        public byte[] Read(string name, int maxLength)
        {
            try
            {
                int length = _store.GetLength(name);
                if (length < 0)
                {
                    return null;
                }

                if (length > maxLength)
                {
                    throw new CertificateStorageException("file larger than " + maxLength.ToString() + " bytes");
                }

                byte[] data = new byte[length];
                int read = _store.Read(name, 0, data, 0, length);
                if (read != length)
                {
                    throw new CertificateStorageException("file changed while it was read");
                }

                return data;
            }
            catch (StorageException e)
            {
                throw new CertificateStorageException(StorageError.Describe(e.Error));
            }
        }

        public bool Exists(string name)
        {
            try
            {
                return _store.Exists(name);
            }
            catch (StorageException e)
            {
                throw new CertificateStorageException(StorageError.Describe(e.Error));
            }
        }

        public void Write(string name, byte[] data, int offset, int count)
        {
            try
            {
                _store.Write(name, data, offset, count);
            }
            catch (StorageException e)
            {
                throw new CertificateStorageException(StorageError.Describe(e.Error));
            }
        }
    }
}
