using Router.Pki.Der;
using Router.Pki.X509;

namespace Router.Pki.Creation
{
    /// <summary>Writes the Extension elements (RFC 5280 4.1 and 4.2.1) of the certificates and requests we make.</summary>
    public static class ExtensionWriter
    {
        /// <summary>basicConstraints (4.2.1.9), always critical here: cA FALSE for an end entity (the default, so empty).</summary>
        public static void BasicConstraints(DerWriter writer, bool isCa, int pathLength)
        {
            int value;
            int extension = Begin(writer, KnownOids.BasicConstraints, true, out value);
            int sequence = writer.Begin(DerTag.Sequence);
            if (isCa)
            {
                writer.WriteBoolean(true);
                if (pathLength >= 0)
                {
                    writer.WriteInteger(pathLength);
                }
            }

            writer.End(sequence);
            End(writer, extension, value);
        }

        /// <summary>keyUsage (4.2.1.3), critical as the RFC recommends.</summary>
        public static void KeyUsage(DerWriter writer, int bits)
        {
            int value;
            int extension = Begin(writer, KnownOids.KeyUsage, true, out value);
            writer.WriteNamedBits(bits);
            End(writer, extension, value);
        }

        /// <summary>extendedKeyUsage (4.2.1.12) with the named <see cref="KeyPurpose"/> flags, not critical.</summary>
        public static void ExtendedKeyUsage(DerWriter writer, int purposes)
        {
            int value;
            int extension = Begin(writer, KnownOids.ExtendedKeyUsage, false, out value);
            int sequence = writer.Begin(DerTag.Sequence);
            for (int bit = 0; bit < 11; bit++)
            {
                if ((purposes & (1 << bit)) != 0)
                {
                    writer.WriteObjectIdentifier(KeyPurpose.ToOid(1 << bit));
                }
            }

            writer.End(sequence);
            End(writer, extension, value);
        }

        /// <summary>subjectAltName (4.2.1.6); critical when the subject is empty, as the RFC requires.</summary>
        public static void SubjectAltName(DerWriter writer, AltName[] names, bool critical)
        {
            int value;
            int extension = Begin(writer, KnownOids.SubjectAltName, critical, out value);
            int sequence = writer.Begin(DerTag.Sequence);
            for (int i = 0; i < names.Length; i++)
            {
                writer.WritePrimitive(DerTag.Context(names[i].Type), names[i].Value, 0, names[i].Value.Length);
            }

            writer.End(sequence);
            End(writer, extension, value);
        }

        /// <summary>subjectKeyIdentifier (4.2.1.2), not critical.</summary>
        public static void SubjectKeyIdentifier(DerWriter writer, byte[] keyId)
        {
            int value;
            int extension = Begin(writer, KnownOids.SubjectKeyIdentifier, false, out value);
            writer.WriteOctetString(keyId, 0, keyId.Length);
            End(writer, extension, value);
        }

        /// <summary>authorityKeyIdentifier (4.2.1.1) with keyIdentifier [0] only, not critical.</summary>
        public static void AuthorityKeyIdentifier(DerWriter writer, byte[] keyId)
        {
            int value;
            int extension = Begin(writer, KnownOids.AuthorityKeyIdentifier, false, out value);
            int sequence = writer.Begin(DerTag.Sequence);
            writer.WritePrimitive(DerTag.Context(0), keyId, 0, keyId.Length);
            writer.End(sequence);
            End(writer, extension, value);
        }

        /// <summary>
        /// Opens Extension ::= SEQUENCE { extnID, critical (written only when TRUE, X.690 11.5),
        /// extnValue OCTET STRING }; the extension's DER goes inside the OCTET STRING, whose mark is
        /// returned in <paramref name="value"/>.
        /// </summary>
        private static int Begin(DerWriter writer, byte[] oid, bool critical, out int value)
        {
            int extension = writer.Begin(DerTag.Sequence);
            writer.WriteObjectIdentifier(oid);
            if (critical)
            {
                writer.WriteBoolean(true);
            }

            value = writer.Begin(DerTag.OctetString);
            return extension;
        }

        private static void End(DerWriter writer, int extension, int value)
        {
            writer.End(value);
            writer.End(extension);
        }
    }
}
