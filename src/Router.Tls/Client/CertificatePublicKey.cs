using Router.Enco;

namespace Router.Tls.Client
{
    /// <summary>
    /// Finds the subjectPublicKeyInfo of a DER certificate (RFC 5280 4.1) and its key type, with a bounded walk
    /// over the first fields of tbsCertificate; the full parsing and validation is the verifier's. Every length
    /// is checked against its parent, so hostile bytes give "not found", never an exception.
    /// </summary>
    public sealed class CertificatePublicKey
    {
        private static readonly byte[] RsaEncryption = new byte[] { 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01 };
        private static readonly byte[] EcPublicKey = new byte[] { 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x02, 0x01 };
        private static readonly byte[] Prime256v1 = new byte[] { 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07 };
        private static readonly byte[] Secp384r1 = new byte[] { 0x2B, 0x81, 0x04, 0x00, 0x22 };

        private int _tag;
        private int _contentStart;
        private int _contentLength;
        private int _end;

        /// <summary>Where the SubjectPublicKeyInfo SEQUENCE starts (header included) after a successful <see cref="Find"/>.</summary>
        public int Offset;

        /// <summary>The SubjectPublicKeyInfo's encoded length.</summary>
        public int Length;

        /// <summary>The key's <see cref="EncoKeyType"/>: Rsa, EcP256 or EcP384; 0 for any other key.</summary>
        public int KeyType;

        /// <summary>Locates the SPKI of the certificate at <paramref name="buffer"/>[offset .. + count); false when it does not parse.</summary>
        public bool Find(byte[] buffer, int offset, int count)
        {
            Offset = 0;
            Length = 0;
            KeyType = 0;
            int end = offset + count;
            // Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { [0] version OPTIONAL, serialNumber, signature,
            // issuer, validity, subject, subjectPublicKeyInfo, ... }, ... }
            if (!Read(buffer, offset, end) || _tag != 0x30)
            {
                return false;
            }

            if (!Read(buffer, _contentStart, _contentStart + _contentLength) || _tag != 0x30)
            {
                return false;
            }

            int tbsEnd = _end;
            int at = _contentStart;
            if (!Read(buffer, at, tbsEnd))
            {
                return false;
            }

            if (_tag == 0xA0)
            {
                at = _end;
                if (!Read(buffer, at, tbsEnd))
                {
                    return false;
                }
            }

            // serialNumber INTEGER, signature SEQUENCE, issuer SEQUENCE, validity SEQUENCE, subject SEQUENCE.
            int[] expected = ExpectedTags;
            for (int i = 0; i < expected.Length; i++)
            {
                if (_tag != expected[i])
                {
                    return false;
                }

                at = _end;
                if (!Read(buffer, at, tbsEnd))
                {
                    return false;
                }
            }

            if (_tag != 0x30)
            {
                return false;
            }

            int spkiStart = at;
            int spkiEnd = _end;
            // SubjectPublicKeyInfo ::= SEQUENCE { algorithm SEQUENCE { OID, parameters }, subjectPublicKey BIT STRING }
            if (!Read(buffer, _contentStart, spkiEnd) || _tag != 0x30)
            {
                return false;
            }

            int algorithmEnd = _end;
            int keyAt = _end;
            if (!Read(buffer, _contentStart, algorithmEnd) || _tag != 0x06)
            {
                return false;
            }

            int oidStart = _contentStart;
            int oidLength = _contentLength;
            int parametersAt = _end;
            if (!Read(buffer, keyAt, spkiEnd) || _tag != 0x03 || _end != spkiEnd)
            {
                return false;
            }

            if (Same(buffer, oidStart, oidLength, RsaEncryption))
            {
                KeyType = EncoKeyType.Rsa;
            }
            else if (Same(buffer, oidStart, oidLength, EcPublicKey))
            {
                if (!Read(buffer, parametersAt, algorithmEnd) || _tag != 0x06)
                {
                    return false;
                }

                if (Same(buffer, _contentStart, _contentLength, Prime256v1))
                {
                    KeyType = EncoKeyType.EcP256;
                }
                else if (Same(buffer, _contentStart, _contentLength, Secp384r1))
                {
                    KeyType = EncoKeyType.EcP384;
                }
            }

            Offset = spkiStart;
            Length = spkiEnd - spkiStart;
            return true;
        }

        private static readonly int[] ExpectedTags = new int[] { 0x02, 0x30, 0x30, 0x30, 0x30 };

        /// <summary>Reads one TLV header at <paramref name="at"/> that must end by <paramref name="limit"/> (definite lengths up to 3 octets).</summary>
        private bool Read(byte[] buffer, int at, int limit)
        {
            if (at < 0 || limit > buffer.Length || at + 2 > limit)
            {
                return false;
            }

            _tag = buffer[at];
            int first = buffer[at + 1];
            int position = at + 2;
            int length;
            if (first < 0x80)
            {
                length = first;
            }
            else
            {
                int octets = first & 0x7F;
                if (octets == 0 || octets > 3 || position + octets > limit)
                {
                    return false;
                }

                length = 0;
                for (int i = 0; i < octets; i++)
                {
                    length = (length << 8) | buffer[position + i];
                }

                position += octets;
            }

            if (length > limit - position)
            {
                return false;
            }

            _contentStart = position;
            _contentLength = length;
            _end = position + length;
            return true;
        }

        private static bool Same(byte[] buffer, int offset, int count, byte[] value)
        {
            if (count != value.Length)
            {
                return false;
            }

            for (int i = 0; i < count; i++)
            {
                if (buffer[offset + i] != value[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
