using System;

namespace Router.Pki.Database
{
    /// <summary>The storage under the certificate database (or a file it reads) refused or failed.</summary>
    public class CertificateStorageException : Exception
    {
        public CertificateStorageException(string message)
            : base(message)
        {
        }
    }
}
