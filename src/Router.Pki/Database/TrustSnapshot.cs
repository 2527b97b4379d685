using Router.Pki.Validation;
using Router.Pki.X509;

namespace Router.Pki.Database
{
    /// <summary>
    /// The database's active certificates and CRLs at one moment, immutable: the database makes
    /// a new one at each change, and a validation running on another thread (ISAKMP, TLS) keeps
    /// using the one it took, so a console change never shifts entries under it.
    /// </summary>
    public sealed class TrustSnapshot : ITrustStore
    {
        private readonly Certificate[] _certificates;
        private readonly bool[] _trusted;
        private readonly CertificateRevocationList[] _crls;
        private readonly int _generation;

        internal TrustSnapshot(Certificate[] certificates, bool[] trusted, CertificateRevocationList[] crls, int generation)
        {
            _certificates = certificates;
            _trusted = trusted;
            _crls = crls;
            _generation = generation;
        }

        /// <summary>The database's change counter when this snapshot was made.</summary>
        public int Generation
        {
            get { return _generation; }
        }

        public int CertificateCount
        {
            get { return _certificates.Length; }
        }

        public Certificate GetCertificate(int index)
        {
            return _certificates[index];
        }

        public bool IsTrusted(int index)
        {
            return _trusted[index];
        }

        public int CrlCount
        {
            get { return _crls.Length; }
        }

        public CertificateRevocationList GetCrl(int index)
        {
            return _crls[index];
        }
    }
}
