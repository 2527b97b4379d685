using System.Collections;

namespace Router.Pki.Database
{
    /// <summary>Records kept in RAM: for a board without a flash file system, and for tests. Lost at restart.</summary>
    public sealed class RamCertificateStorage : ICertificateStorage
    {
        private readonly Hashtable _records = new Hashtable();

        public int[] List()
        {
            int[] ids = new int[_records.Count];
            int i = 0;
            foreach (object key in _records.Keys)
            {
                ids[i++] = (int)key;
            }

            return ids;
        }

        public byte[] Read(int id)
        {
            byte[] record = (byte[])_records[id];
            return record == null ? null : (byte[])record.Clone();
        }

        public void Write(int id, byte[] data, int offset, int count)
        {
            byte[] copy = new byte[count];
            System.Array.Copy(data, offset, copy, 0, count);
            _records[id] = copy;
        }

        public void Delete(int id)
        {
            _records.Remove(id);
        }
    }
}
