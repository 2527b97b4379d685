using Router.Pki.X509;

namespace Router.Pki.Database
{
    /// <summary>
    /// A certificate in the database: its administrator's name, the ID the database gave it
    /// (shown by show ipsec certificates, seed 002), whether it is a trust anchor, and how many
    /// users (the HTTPS server, ISAKMP policies) refer to it. Display texts are made on first
    /// use and kept, so repeated show commands do not rebuild them.
    /// </summary>
    public sealed class CertificateEntry
    {
        private readonly int _id;
        private readonly string _name;
        private readonly Certificate _certificate;
        private bool _trusted;
        private int _references;
        private bool _deleted;
        private string _subjectText;
        private string _issuerText;
        private string _serialText;
        private string[] _altNameTexts;

        // The cached result of EntryStatus: the failure code and the cache epoch it belongs to.
        internal int StatusFailure;
        internal int StatusEpoch = -1;

        internal CertificateEntry(int id, string name, Certificate certificate, bool trusted)
        {
            _id = id;
            _name = name;
            _certificate = certificate;
            _trusted = trusted;
        }

        public int Id
        {
            get { return _id; }
        }

        public string Name
        {
            get { return _name; }
        }

        public Certificate Certificate
        {
            get { return _certificate; }
        }

        /// <summary>A trust anchor (set with trust=yes): "Root", and a locked entry, in 002's terms.</summary>
        public bool Trusted
        {
            get { return _trusted; }
            internal set { _trusted = value; }
        }

        public int References
        {
            get { return _references; }
            internal set { _references = value; }
        }

        /// <summary>Deleted while referenced: out of every view, gone with its last reference.</summary>
        public bool IsDeleted
        {
            get { return _deleted; }
            internal set { _deleted = value; }
        }

        public string SubjectText
        {
            get
            {
                if (_subjectText == null)
                {
                    _subjectText = _certificate.Subject.ToText();
                }

                return _subjectText;
            }
        }

        public string IssuerText
        {
            get
            {
                if (_issuerText == null)
                {
                    _issuerText = _certificate.Issuer.ToText();
                }

                return _issuerText;
            }
        }

        /// <summary>"IP address: 10.20.210.1", one per subjectAltName entry, as 002 prints them.</summary>
        public string[] AltNameTexts
        {
            get
            {
                if (_altNameTexts == null)
                {
                    CertificateExtensions extensions = _certificate.Extensions;
                    string[] texts = new string[extensions.AltNameCount];
                    for (int i = 0; i < texts.Length; i++)
                    {
                        texts[i] = extensions.GetAltName(i).ToText();
                    }

                    _altNameTexts = texts;
                }

                return _altNameTexts;
            }
        }

        /// <summary>The serial in decimal, as 002 prints it.</summary>
        public string SerialText
        {
            get
            {
                if (_serialText == null)
                {
                    _serialText = SerialNumberText.Decimal(_certificate.Der, _certificate.Serial.Offset, _certificate.Serial.Length);
                }

                return _serialText;
            }
        }
    }
}
