using Router.Core;
using Router.Pki.Der;

namespace Router.Pki.X509
{
    /// <summary>
    /// The extensions of a certificate that the PKI code acts on, read once at parse time:
    /// basicConstraints (4.2.1.9), keyUsage (4.2.1.3), extendedKeyUsage (4.2.1.12),
    /// subjectAltName (4.2.1.6), subjectKeyIdentifier (4.2.1.2) and authorityKeyIdentifier
    /// (4.2.1.1) of RFC 5280. Extensions we only display or ignore are accepted when not
    /// critical; a critical extension we do not process is recorded (RFC 5280 4.2: the
    /// certificate MUST then be rejected), which makes the certificate unusable for validation
    /// but still showable.
    /// </summary>
    public sealed class CertificateExtensions
    {
        /// <summary>Most subjectAltName entries kept.</summary>
        public const int MaxAltNames = 16;

        private static readonly GeneralName[] NoNames = new GeneralName[0];

        private bool _hasBasicConstraints;
        private bool _isCa;
        private int _pathLength = -1;
        private bool _hasKeyUsage;
        private int _keyUsage;
        private bool _hasExtendedKeyUsage;
        private int _extendedKeyUsage;
        private GeneralName[] _altNames = NoNames;
        private bool _hasAltNames;
        private DerElement _subjectKeyId;
        private bool _hasSubjectKeyId;
        private DerElement _authorityKeyId;
        private bool _hasAuthorityKeyId;
        private DerElement _unknownCritical;
        private bool _hasUnknownCritical;
        private int _count;

        /// <summary>Number of extensions in the certificate.</summary>
        public int Count
        {
            get { return _count; }
        }

        public bool HasBasicConstraints
        {
            get { return _hasBasicConstraints; }
        }

        /// <summary>basicConstraints cA.</summary>
        public bool IsCa
        {
            get { return _isCa; }
        }

        /// <summary>pathLenConstraint, or -1 when absent.</summary>
        public int PathLength
        {
            get { return _pathLength; }
        }

        public bool HasKeyUsage
        {
            get { return _hasKeyUsage; }
        }

        /// <summary><see cref="X509.KeyUsage"/> bits.</summary>
        public int KeyUsage
        {
            get { return _keyUsage; }
        }

        public bool HasExtendedKeyUsage
        {
            get { return _hasExtendedKeyUsage; }
        }

        /// <summary><see cref="KeyPurpose"/> flags.</summary>
        public int ExtendedKeyUsage
        {
            get { return _extendedKeyUsage; }
        }

        public bool HasSubjectAltName
        {
            get { return _hasAltNames; }
        }

        public int AltNameCount
        {
            get { return _altNames.Length; }
        }

        public GeneralName GetAltName(int index)
        {
            return _altNames[index];
        }

        public bool HasSubjectKeyId
        {
            get { return _hasSubjectKeyId; }
        }

        /// <summary>The key identifier octets.</summary>
        public DerElement SubjectKeyId
        {
            get { return _subjectKeyId; }
        }

        /// <summary>Whether authorityKeyIdentifier carries a keyIdentifier.</summary>
        public bool HasAuthorityKeyId
        {
            get { return _hasAuthorityKeyId; }
        }

        public DerElement AuthorityKeyId
        {
            get { return _authorityKeyId; }
        }

        public bool HasUnknownCritical
        {
            get { return _hasUnknownCritical; }
        }

        /// <summary>The OID element of the first critical extension we do not process.</summary>
        public DerElement UnknownCritical
        {
            get { return _unknownCritical; }
        }

        /// <summary>Reads the [3] EXPLICIT Extensions of a v3 TBSCertificate.</summary>
        public static CertificateExtensions Read(DerReader reader)
        {
            CertificateExtensions result = new CertificateExtensions();
            DerReader wrapper = reader.Enter(DerTag.ContextConstructed(3));
            Extension[] extensions = Extension.ReadList(wrapper);
            wrapper.ExpectEnd();
            result._count = extensions.Length;
            byte[] buffer = reader.Buffer;
            for (int i = 0; i < extensions.Length; i++)
            {
                result.Interpret(reader, buffer, extensions[i]);
            }

            return result;
        }

        /// <summary>The extensions of a v1 or v2 certificate: none.</summary>
        public static CertificateExtensions None()
        {
            return new CertificateExtensions();
        }

        private void Interpret(DerReader parent, byte[] buffer, Extension extension)
        {
            DerReader value = extension.Open(parent);
            if (extension.Is(buffer, KnownOids.BasicConstraints))
            {
                ReadBasicConstraints(value);
            }
            else if (extension.Is(buffer, KnownOids.KeyUsage))
            {
                _hasKeyUsage = true;
                _keyUsage = value.ReadNamedBits(X509.KeyUsage.BitCount);
                if (_keyUsage == 0)
                {
                    // RFC 5280 4.2.1.3: at least one bit MUST be set.
                    throw new MalformedInputException("keyUsage without bits");
                }
            }
            else if (extension.Is(buffer, KnownOids.ExtendedKeyUsage))
            {
                ReadExtendedKeyUsage(value);
            }
            else if (extension.Is(buffer, KnownOids.SubjectAltName))
            {
                ReadSubjectAltName(value);
            }
            else if (extension.Is(buffer, KnownOids.SubjectKeyIdentifier))
            {
                _subjectKeyId = value.ReadOctetString();
                _hasSubjectKeyId = true;
            }
            else if (extension.Is(buffer, KnownOids.AuthorityKeyIdentifier))
            {
                ReadAuthorityKeyId(value);
            }
            else
            {
                // Not processed (policies, name constraints, CRL distribution points, AIA, ...):
                // fine when not critical; a critical one makes the certificate unusable.
                if (extension.Critical && !_hasUnknownCritical)
                {
                    _hasUnknownCritical = true;
                    _unknownCritical = extension.Id;
                }

                return;
            }

            value.ExpectEnd();
        }

        /// <summary>BasicConstraints ::= SEQUENCE { cA BOOLEAN DEFAULT FALSE, pathLenConstraint INTEGER (0..MAX) OPTIONAL }.</summary>
        private void ReadBasicConstraints(DerReader value)
        {
            DerReader sequence = value.Enter(DerTag.Sequence);
            _hasBasicConstraints = true;
            if (sequence.IsNext(DerTag.Boolean))
            {
                _isCa = sequence.ReadBoolean();
                if (!_isCa)
                {
                    throw new MalformedInputException("cA FALSE encoded (DER omits defaults)");
                }
            }

            if (sequence.HasMore)
            {
                _pathLength = sequence.ReadSmallInteger(255);
            }

            sequence.ExpectEnd();
        }

        /// <summary>ExtKeyUsageSyntax ::= SEQUENCE SIZE (1..MAX) OF KeyPurposeId.</summary>
        private void ReadExtendedKeyUsage(DerReader value)
        {
            DerReader sequence = value.Enter(DerTag.Sequence);
            if (!sequence.HasMore)
            {
                throw new MalformedInputException("empty extendedKeyUsage");
            }

            _hasExtendedKeyUsage = true;
            while (sequence.HasMore)
            {
                DerElement purpose = sequence.ReadObjectIdentifier();
                _extendedKeyUsage |= KeyPurpose.FromOid(sequence.Buffer, purpose);
            }
        }

        /// <summary>GeneralNames ::= SEQUENCE SIZE (1..MAX) OF GeneralName.</summary>
        private void ReadSubjectAltName(DerReader value)
        {
            DerReader sequence = value.Enter(DerTag.Sequence);
            if (!sequence.HasMore)
            {
                throw new MalformedInputException("empty subjectAltName");
            }

            GeneralName[] found = new GeneralName[MaxAltNames];
            int count = 0;
            while (sequence.HasMore)
            {
                if (count == MaxAltNames)
                {
                    throw new MalformedInputException("too many subjectAltName entries");
                }

                found[count++] = GeneralName.Read(sequence);
            }

            _altNames = new GeneralName[count];
            System.Array.Copy(found, _altNames, count);
            _hasAltNames = true;
        }

        /// <summary>
        /// AuthorityKeyIdentifier ::= SEQUENCE { keyIdentifier [0] OPTIONAL,
        /// authorityCertIssuer [1] GeneralNames OPTIONAL, authorityCertSerialNumber [2] OPTIONAL }.
        /// </summary>
        private void ReadAuthorityKeyId(DerReader value)
        {
            DerReader sequence = value.Enter(DerTag.Sequence);
            if (sequence.IsNext(DerTag.Context(0)))
            {
                _authorityKeyId = sequence.ReadAny();
                _hasAuthorityKeyId = true;
            }

            if (sequence.IsNext(DerTag.ContextConstructed(1)))
            {
                DerReader names = sequence.Enter(DerTag.ContextConstructed(1));
                while (names.HasMore)
                {
                    GeneralName.Read(names);
                }
            }

            if (sequence.IsNext(DerTag.Context(2)))
            {
                DerElement serial = sequence.ReadAny();
                DerReader.CheckIntegerContents(sequence.Buffer, serial.Offset, serial.Length);
            }

            sequence.ExpectEnd();
        }
    }
}
