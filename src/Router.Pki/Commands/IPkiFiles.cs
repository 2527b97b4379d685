namespace Router.Pki.Commands
{
    /// <summary>
    /// The files the PKI commands read (location=) and write (NAME.cer, NAME.csr): the flash file
    /// system on the router (<see cref="FlashPkiFiles"/>). Failures raise
    /// Database.CertificateStorageException.
    /// </summary>
    public interface IPkiFiles
    {
        /// <summary>The file's bytes, or null when there is no such file. Refuses files over <paramref name="maxLength"/>.</summary>
        byte[] Read(string name, int maxLength);

        bool Exists(string name);

        /// <summary>Creates or replaces the file, atomically.</summary>
        void Write(string name, byte[] data, int offset, int count);
    }
}
