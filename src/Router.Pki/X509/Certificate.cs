using Router.Core;
using Router.Pki.Der;

namespace Router.Pki.X509
{
    /// <summary>
    /// An X.509 certificate (RFC 5280 section 4), parsed strictly from its DER. The object owns
    /// an exact copy of the encoding and refers into it; parsing checks every field's form, so
    /// a certificate that exists is well-formed. Whether it is usable (known algorithms, no
    /// unknown critical extension) and valid (signature, dates, chain) is for
    /// <see cref="Validation.ChainValidator"/> to decide.
    /// </summary>
    public sealed class Certificate
    {
        /// <summary>Largest certificate accepted: RSA-4096 with a long chain of names fits in 4 KiB.</summary>
        public const int MaxLength = 8192;

        /// <summary>RFC 5280 4.1.2.2: serial numbers up to 20 octets (21 with a sign octet).</summary>
        public const int MaxSerialLength = 21;

        private readonly byte[] _der;
        private DerElement _tbs;
        private int _version;
        private DerElement _serial;
        private int _signatureAlgorithm;
        private DistinguishedName _issuer;
        private DistinguishedName _subject;
        private long _notBefore;
        private long _notAfter;
        private PublicKeyInfo _publicKey;
        private CertificateExtensions _extensions;
        private DerElement _signature;

        private Certificate(byte[] der)
        {
            _der = der;
        }

        /// <summary>Parses a copy of <paramref name="buffer"/>[<paramref name="offset"/> .. +<paramref name="count"/>), which must hold exactly one certificate.</summary>
        public static Certificate Parse(byte[] buffer, int offset, int count)
        {
            byte[] der = Bytes.CopySegment(buffer, offset, count, MaxLength, "certificate");
            Certificate certificate = new Certificate(der);
            certificate.Read();
            return certificate;
        }

        /// <summary>The certificate's DER (the object's own copy: do not modify).</summary>
        public byte[] Der
        {
            get { return _der; }
        }

        /// <summary>The tbsCertificate element: what the signature covers.</summary>
        public DerElement Tbs
        {
            get { return _tbs; }
        }

        /// <summary>1, 2 or 3.</summary>
        public int Version
        {
            get { return _version; }
        }

        /// <summary>The serialNumber INTEGER contents (two's complement, as encoded).</summary>
        public DerElement Serial
        {
            get { return _serial; }
        }

        /// <summary>One of <see cref="X509.SignatureAlgorithm"/>.</summary>
        public int SignatureAlgorithm
        {
            get { return _signatureAlgorithm; }
        }

        public DistinguishedName Issuer
        {
            get { return _issuer; }
        }

        public DistinguishedName Subject
        {
            get { return _subject; }
        }

        /// <summary>Start of validity, seconds since 1970 UTC.</summary>
        public long NotBefore
        {
            get { return _notBefore; }
        }

        /// <summary>End of validity (inclusive, RFC 5280 4.1.2.5), seconds since 1970 UTC.</summary>
        public long NotAfter
        {
            get { return _notAfter; }
        }

        public PublicKeyInfo PublicKey
        {
            get { return _publicKey; }
        }

        public CertificateExtensions Extensions
        {
            get { return _extensions; }
        }

        /// <summary>The signatureValue octets.</summary>
        public DerElement Signature
        {
            get { return _signature; }
        }

        /// <summary>Issuer and subject are the same name (RFC 5280 6.1: self-issued).</summary>
        public bool IsSelfIssued
        {
            get { return _subject.Matches(_issuer); }
        }

        /// <summary>A certification authority: v3 with basicConstraints cA TRUE (RFC 5280 4.2.1.9).</summary>
        public bool IsCa
        {
            get { return _extensions.HasBasicConstraints && _extensions.IsCa; }
        }

        /// <summary>Whether both certificates have the same encoding.</summary>
        public bool SameAs(Certificate other)
        {
            return other != null && Bytes.Equal(_der, 0, _der.Length, other._der, 0, other._der.Length);
        }

        /// <summary>
        /// Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue BIT STRING }
        /// (RFC 5280 4.1), with the TBSCertificate of 4.1.2.
        /// </summary>
        private void Read()
        {
            DerReader outer = new DerReader(_der, 0, _der.Length);
            DerReader certificate = outer.Enter(DerTag.Sequence);
            outer.ExpectEnd();

            _tbs = certificate.Read(DerTag.Sequence);
            DerReader tbs = certificate.Open(_tbs);
            int outerAlgorithmStart = certificate.Position;
            int outerAlgorithm = X509.SignatureAlgorithm.Read(certificate);
            int outerAlgorithmLength = certificate.Position - outerAlgorithmStart;
            _signature = certificate.ReadBitStringOctets();
            certificate.ExpectEnd();

            // version [0] EXPLICIT Version DEFAULT v1: DER leaves v1 out (X.690 11.5).
            _version = 1;
            if (tbs.IsNext(DerTag.ContextConstructed(0)))
            {
                DerReader version = tbs.Enter(DerTag.ContextConstructed(0));
                _version = version.ReadSmallInteger(2) + 1;
                version.ExpectEnd();
                if (_version == 1)
                {
                    throw new MalformedInputException("version v1 encoded (DER omits defaults)");
                }
            }

            _serial = tbs.ReadInteger();
            if (_serial.Length > MaxSerialLength)
            {
                throw new MalformedInputException("serial number longer than 20 octets");
            }

            int innerAlgorithmStart = tbs.Position;
            _signatureAlgorithm = X509.SignatureAlgorithm.Read(tbs);
            int innerAlgorithmLength = tbs.Position - innerAlgorithmStart;

            // RFC 5280 4.1.1.2: signatureAlgorithm MUST be the same as tbsCertificate.signature.
            if (!Bytes.Equal(_der, outerAlgorithmStart, outerAlgorithmLength, _der, innerAlgorithmStart, innerAlgorithmLength)
                || outerAlgorithm != _signatureAlgorithm)
            {
                throw new MalformedInputException("signature algorithms differ");
            }

            _issuer = DistinguishedName.Read(tbs);
            if (_issuer.IsEmpty)
            {
                // RFC 5280 4.1.2.4: the issuer field MUST contain a non-empty distinguished name.
                throw new MalformedInputException("empty issuer name");
            }

            DerReader validity = tbs.Enter(DerTag.Sequence);
            _notBefore = validity.ReadTime();
            _notAfter = validity.ReadTime();
            validity.ExpectEnd();

            _subject = DistinguishedName.Read(tbs);
            _publicKey = PublicKeyInfo.Read(tbs);

            // issuerUniqueID [1] and subjectUniqueID [2] IMPLICIT BIT STRING: v2 and v3 only
            // (RFC 5280 4.1.2.8), primitive in DER (X.690 10.2).
            if (tbs.IsNext(DerTag.Context(1)))
            {
                RequireVersion(2);
                tbs.ReadAny();
            }

            if (tbs.IsNext(DerTag.Context(2)))
            {
                RequireVersion(2);
                tbs.ReadAny();
            }

            if (tbs.IsNext(DerTag.ContextConstructed(3)))
            {
                RequireVersion(3);
                _extensions = CertificateExtensions.Read(tbs);
            }
            else
            {
                _extensions = CertificateExtensions.None();
            }

            tbs.ExpectEnd();

            if (_subject.IsEmpty && !_extensions.HasSubjectAltName)
            {
                // RFC 5280 4.1.2.6: an empty subject needs a subjectAltName.
                throw new MalformedInputException("empty subject without subjectAltName");
            }
        }

        private void RequireVersion(int minimum)
        {
            if (_version < minimum)
            {
                throw new MalformedInputException("field not allowed in this certificate version");
            }
        }
    }
}
