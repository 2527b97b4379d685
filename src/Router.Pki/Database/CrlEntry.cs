using Router.Pki.Der;
using Router.Pki.X509;

namespace Router.Pki.Database
{
    /// <summary>A CRL in the database, with its administrator's name and its database ID.</summary>
    public sealed class CrlEntry
    {
        private readonly int _id;
        private readonly string _name;
        private readonly CertificateRevocationList _crl;
        private string _issuerText;
        private string[] _revokedSerials;
        private long[] _revocationDates;

        internal CrlEntry(int id, string name, CertificateRevocationList crl)
        {
            _id = id;
            _name = name;
            _crl = crl;
        }

        public int Id
        {
            get { return _id; }
        }

        public string Name
        {
            get { return _name; }
        }

        public CertificateRevocationList Crl
        {
            get { return _crl; }
        }

        /// <summary>Most revoked serials kept for display.</summary>
        public const int MaxSerialsShown = 32;

        /// <summary>The first <see cref="MaxSerialsShown"/> revoked serials, in decimal.</summary>
        public string[] RevokedSerials
        {
            get
            {
                Prepare();
                return _revokedSerials;
            }
        }

        /// <summary>The revocation dates of <see cref="RevokedSerials"/>.</summary>
        public long[] RevocationDates
        {
            get
            {
                Prepare();
                return _revocationDates;
            }
        }

        public string IssuerText
        {
            get
            {
                if (_issuerText == null)
                {
                    _issuerText = _crl.Issuer.ToText();
                }

                return _issuerText;
            }
        }

        private void Prepare()
        {
            if (_revokedSerials != null)
            {
                return;
            }

            int count = _crl.RevokedCount < MaxSerialsShown ? _crl.RevokedCount : MaxSerialsShown;
            string[] serials = new string[count];
            long[] dates = new long[count];
            for (int i = 0; i < count; i++)
            {
                DerElement serial = _crl.GetRevokedSerial(i, out dates[i]);
                serials[i] = SerialNumberText.Decimal(_crl.Der, serial.Offset, serial.Length);
            }

            _revocationDates = dates;
            _revokedSerials = serials;
        }
    }
}
