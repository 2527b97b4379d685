using Router.Core.Storage;

namespace Router.Pki.Database
{
    /// <summary>
    /// Records as files of the flash store (Router.Core.Storage), named "$pki.N": each write
    /// is the store's atomic replace and each delete its wiping delete, so a power cut leaves
    /// a record old or new, and a deleted certificate leaves nothing readable.
    /// </summary>
    public sealed class FlashCertificateStorage : ICertificateStorage
    {
        /// <summary>Prefix of the database's file names; user files do not start with '$'.</summary>
        public const string Prefix = "$pki.";

        private readonly FlashStore _store;

        public FlashCertificateStorage(FlashStore store)
        {
            _store = store;
        }

        public int[] List()
        {
            try
            {
                int count = _store.FileCount;
                int[] found = new int[count];
                int n = 0;
                for (int i = 0; i < count; i++)
                {
                    int id = IdOf(_store.GetFileName(i));
                    if (id >= 0)
                    {
                        found[n++] = id;
                    }
                }

                int[] ids = new int[n];
                System.Array.Copy(found, ids, n);
                return ids;
            }
            catch (StorageException e)
            {
                throw new CertificateStorageException(StorageError.Describe(e.Error));
            }
        }

        public byte[] Read(int id)
        {
            string name = NameOf(id);
            try
            {
                int length = _store.GetLength(name);
                if (length < 0)
                {
                    return null;
                }

                byte[] data = new byte[length];
                int read = _store.Read(name, 0, data, 0, length);
                return read == length ? data : null;
            }
            catch (StorageException e)
            {
                throw new CertificateStorageException(StorageError.Describe(e.Error));
            }
        }

        public void Write(int id, byte[] data, int offset, int count)
        {
            try
            {
                _store.Write(NameOf(id), data, offset, count);
            }
            catch (StorageException e)
            {
                throw new CertificateStorageException(StorageError.Describe(e.Error));
            }
        }

        public void Delete(int id)
        {
            try
            {
                _store.Delete(NameOf(id));
            }
            catch (StorageException e)
            {
                throw new CertificateStorageException(StorageError.Describe(e.Error));
            }
        }

        private static string NameOf(int id)
        {
            return Prefix + id.ToString();
        }

        /// <summary>The record number of a database file name, or -1 for any other file.</summary>
        private static int IdOf(string name)
        {
            if (name == null || !name.StartsWith(Prefix) || name.Length == Prefix.Length || name.Length > Prefix.Length + 5)
            {
                return -1;
            }

            int id = 0;
            for (int i = Prefix.Length; i < name.Length; i++)
            {
                char c = name[i];
                if (c < '0' || c > '9')
                {
                    return -1;
                }

                id = id * 10 + (c - '0');
            }

            return id;
        }
    }
}
