namespace Router.Pki.Database
{
    /// <summary>
    /// Where the certificate database keeps its records across restarts: numbered records,
    /// each replaced atomically. <see cref="FlashCertificateStorage"/> puts them in the flash
    /// file system; <see cref="RamCertificateStorage"/> keeps them in RAM. Failures raise
    /// <see cref="CertificateStorageException"/>.
    /// </summary>
    public interface ICertificateStorage
    {
        /// <summary>The record numbers held.</summary>
        int[] List();

        /// <summary>The record, or null when there is none with that number.</summary>
        byte[] Read(int id);

        /// <summary>Replaces or creates record <paramref name="id"/>; atomic.</summary>
        void Write(int id, byte[] data, int offset, int count);

        /// <summary>Removes the record, if any.</summary>
        void Delete(int id);
    }
}
