using Router.Core;
using Router.Pki.Der;

namespace Router.Pki.X509
{
    /// <summary>
    /// A CRL (RFC 5280 section 5), parsed strictly like a certificate and owning a copy of its
    /// DER. Revoked entries are checked once at parse time and then looked up by walking the
    /// encoding, so a CRL costs its DER and a few fields however many serials it lists.
    /// A CRL with a critical extension we do not process (issuingDistributionPoint,
    /// deltaCRLIndicator, or the certificateIssuer entry extension of indirect CRLs) is marked
    /// unusable: RFC 5280 5.2 forbids using it to decide a certificate's status.
    /// </summary>
    public sealed class CertificateRevocationList
    {
        /// <summary>Largest CRL accepted (one flash file of the certificate database).</summary>
        public const int MaxLength = 8000;

        private readonly byte[] _der;
        private DerElement _tbs;
        private int _signatureAlgorithm;
        private DistinguishedName _issuer;
        private long _thisUpdate;
        private long _nextUpdate = -1;
        private DerElement _revoked;
        private bool _hasRevoked;
        private int _revokedCount;
        private DerElement _authorityKeyId;
        private bool _hasAuthorityKeyId;
        private bool _hasUnknownCritical;
        private DerElement _signature;

        private CertificateRevocationList(byte[] der)
        {
            _der = der;
        }

        public static CertificateRevocationList Parse(byte[] buffer, int offset, int count)
        {
            byte[] der = Bytes.CopySegment(buffer, offset, count, MaxLength, "CRL");
            CertificateRevocationList crl = new CertificateRevocationList(der);
            crl.Read();
            return crl;
        }

        public byte[] Der
        {
            get { return _der; }
        }

        public DerElement Tbs
        {
            get { return _tbs; }
        }

        public int SignatureAlgorithm
        {
            get { return _signatureAlgorithm; }
        }

        public DerElement Signature
        {
            get { return _signature; }
        }

        public DistinguishedName Issuer
        {
            get { return _issuer; }
        }

        public long ThisUpdate
        {
            get { return _thisUpdate; }
        }

        /// <summary>nextUpdate, or -1 when the CRL has none.</summary>
        public long NextUpdate
        {
            get { return _nextUpdate; }
        }

        public int RevokedCount
        {
            get { return _revokedCount; }
        }

        public bool HasAuthorityKeyId
        {
            get { return _hasAuthorityKeyId; }
        }

        public DerElement AuthorityKeyId
        {
            get { return _authorityKeyId; }
        }

        /// <summary>A critical CRL or entry extension we do not process: do not use this CRL.</summary>
        public bool HasUnknownCritical
        {
            get { return _hasUnknownCritical; }
        }

        /// <summary>Whether the serial (INTEGER contents in <paramref name="buffer"/>) is listed.</summary>
        public bool IsRevoked(byte[] buffer, DerElement serial)
        {
            return RevocationDate(buffer, serial) != long.MinValue;
        }

        /// <summary>The revocationDate of a listed serial, or long.MinValue when it is not listed.</summary>
        public long RevocationDate(byte[] buffer, DerElement serial)
        {
            if (!_hasRevoked)
            {
                return long.MinValue;
            }

            DerReader list = new DerReader(_der, _revoked.Offset, _revoked.Length);
            while (list.HasMore)
            {
                DerReader entry = list.Enter(DerTag.Sequence);
                DerElement listed = entry.ReadInteger();
                long date = entry.ReadTime();
                if (Bytes.Equal(_der, listed.Offset, listed.Length, buffer, serial.Offset, serial.Length))
                {
                    return date;
                }
            }

            return long.MinValue;
        }

        /// <summary>The serial and date of entry <paramref name="index"/> (for display).</summary>
        public DerElement GetRevokedSerial(int index, out long revocationDate)
        {
            DerReader list = new DerReader(_der, _revoked.Offset, _revoked.Length);
            for (int i = 0; list.HasMore; i++)
            {
                DerReader entry = list.Enter(DerTag.Sequence);
                DerElement serial = entry.ReadInteger();
                long date = entry.ReadTime();
                if (i == index)
                {
                    revocationDate = date;
                    return serial;
                }
            }

            throw new System.ArgumentOutOfRangeException("index");
        }

        /// <summary>
        /// CertificateList ::= SEQUENCE { tbsCertList, signatureAlgorithm, signatureValue } and
        /// TBSCertList of RFC 5280 5.1.2.
        /// </summary>
        private void Read()
        {
            DerReader outer = new DerReader(_der, 0, _der.Length);
            DerReader list = outer.Enter(DerTag.Sequence);
            outer.ExpectEnd();

            _tbs = list.Read(DerTag.Sequence);
            DerReader tbs = list.Open(_tbs);
            int outerAlgorithmStart = list.Position;
            int outerAlgorithm = X509.SignatureAlgorithm.Read(list);
            int outerAlgorithmLength = list.Position - outerAlgorithmStart;
            _signature = list.ReadBitStringOctets();
            list.ExpectEnd();

            // version Version OPTIONAL -- if present, MUST be v2 (5.1.2.1).
            int version = 1;
            if (tbs.IsNext(DerTag.Integer))
            {
                if (tbs.ReadSmallInteger(1) != 1)
                {
                    throw new MalformedInputException("CRL version must be v2 when present");
                }

                version = 2;
            }

            int innerAlgorithmStart = tbs.Position;
            _signatureAlgorithm = X509.SignatureAlgorithm.Read(tbs);
            int innerAlgorithmLength = tbs.Position - innerAlgorithmStart;
            if (!Bytes.Equal(_der, outerAlgorithmStart, outerAlgorithmLength, _der, innerAlgorithmStart, innerAlgorithmLength)
                || outerAlgorithm != _signatureAlgorithm)
            {
                // RFC 5280 5.1.1.2: MUST be the same as tbsCertList.signature.
                throw new MalformedInputException("signature algorithms differ");
            }

            _issuer = DistinguishedName.Read(tbs);
            if (_issuer.IsEmpty)
            {
                throw new MalformedInputException("empty CRL issuer");
            }

            _thisUpdate = tbs.ReadTime();
            if (tbs.IsTimeNext())
            {
                _nextUpdate = tbs.ReadTime();
            }

            if (tbs.IsNext(DerTag.Sequence))
            {
                _revoked = tbs.Read(DerTag.Sequence);
                _hasRevoked = true;
                ReadRevokedEntries(tbs, version);
            }

            if (tbs.IsNext(DerTag.ContextConstructed(0)))
            {
                RequireV2(version);
                DerReader wrapper = tbs.Enter(DerTag.ContextConstructed(0));
                Extension[] extensions = Extension.ReadList(wrapper);
                wrapper.ExpectEnd();
                for (int i = 0; i < extensions.Length; i++)
                {
                    ReadCrlExtension(tbs, extensions[i]);
                }
            }

            tbs.ExpectEnd();
        }

        /// <summary>revokedCertificates: SEQUENCE OF SEQUENCE { userCertificate, revocationDate, crlEntryExtensions OPTIONAL }.</summary>
        private void ReadRevokedEntries(DerReader tbs, int version)
        {
            DerReader list = tbs.Open(_revoked);
            while (list.HasMore)
            {
                DerReader entry = list.Enter(DerTag.Sequence);
                DerElement serial = entry.ReadInteger();
                if (serial.Length > Certificate.MaxSerialLength)
                {
                    throw new MalformedInputException("revoked serial number too long");
                }

                entry.ReadTime();
                if (entry.HasMore)
                {
                    RequireV2(version);
                    Extension[] extensions = Extension.ReadList(entry);
                    for (int i = 0; i < extensions.Length; i++)
                    {
                        ReadEntryExtension(entry, extensions[i]);
                    }
                }

                entry.ExpectEnd();
                _revokedCount++;
            }
        }

        /// <summary>Entry extensions (5.3): reasonCode and invalidityDate are understood; certificateIssuer is not.</summary>
        private void ReadEntryExtension(DerReader parent, Extension extension)
        {
            DerReader value = extension.Open(parent);
            if (extension.Is(_der, KnownOids.CrlReason))
            {
                // CRLReason ::= ENUMERATED (tag 10), one of 0..10 except 7.
                DerElement reason = value.Read(0x0A);
                if (reason.Length != 1 || _der[reason.Offset] > 10 || _der[reason.Offset] == 7)
                {
                    throw new MalformedInputException("CRL reason code");
                }

                value.ExpectEnd();
            }
            else if (extension.Is(_der, KnownOids.InvalidityDate))
            {
                DerElement date = value.Read(DerTag.GeneralizedTime);
                DerTime.Parse(_der, date);
                value.ExpectEnd();
            }
            else if (extension.Critical)
            {
                _hasUnknownCritical = true;
            }
        }

        /// <summary>CRL extensions (5.2): authorityKeyIdentifier and cRLNumber are understood.</summary>
        private void ReadCrlExtension(DerReader parent, Extension extension)
        {
            DerReader value = extension.Open(parent);
            if (extension.Is(_der, KnownOids.AuthorityKeyIdentifier))
            {
                DerReader sequence = value.Enter(DerTag.Sequence);
                if (sequence.IsNext(DerTag.Context(0)))
                {
                    _authorityKeyId = sequence.ReadAny();
                    _hasAuthorityKeyId = true;
                }

                while (sequence.HasMore)
                {
                    sequence.ReadAny();
                }

                value.ExpectEnd();
            }
            else if (extension.Is(_der, KnownOids.CrlNumber))
            {
                DerElement number = value.ReadInteger();
                if (number.Length > 20 || (_der[number.Offset] & 0x80) != 0)
                {
                    // 5.2.3: a non-negative integer of at most 20 octets.
                    throw new MalformedInputException("CRL number");
                }

                value.ExpectEnd();
            }
            else if (extension.Critical)
            {
                _hasUnknownCritical = true;
            }
        }

        private static void RequireV2(int version)
        {
            if (version != 2)
            {
                throw new MalformedInputException("CRL extensions need version v2");
            }
        }
    }
}
