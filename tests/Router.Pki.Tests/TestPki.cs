using Router.Pki.Creation;
using Router.Pki.Der;
using Router.Pki.Validation;
using Router.Pki.X509;

namespace Router.Pki.Tests
{
    /// <summary>
    /// Certificates and CRLs made in the test, without cryptography, for the path logic: each
    /// party's "public key" is a P-256-shaped point filled with its key byte, and a "signature"
    /// is that byte repeated. <see cref="Verifier"/> accepts a signature exactly when it carries
    /// the signer's key byte, so forging, wrong issuers and key identifiers behave as with real keys.
    /// </summary>
    internal sealed class TestPki
    {
        public const long Year2030 = 1893456000;
        public const long Day = 86400;

        public string Subject = "cn=test";
        public string Issuer;
        public int Key = 1;
        public int IssuerKey = -1;
        public long NotBefore = Year2030 - 365 * Day;
        public long NotAfter = Year2030 + 365 * Day;
        public bool IsCa;
        public int PathLength = -1;
        public int KeyUsage = -1;
        public int ExtendedKeyUsage = -1;
        public bool WithKeyIdentifiers = true;
        public bool UnknownCritical;
        public bool NoBasicConstraints;
        public long Serial = 1;
        public string AltNames;

        public static TestPki Ca(string subject, int key)
        {
            TestPki ca = new TestPki();
            ca.Subject = subject;
            ca.Key = key;
            ca.IsCa = true;
            ca.KeyUsage = X509.KeyUsage.KeyCertSign | X509.KeyUsage.CrlSign;
            return ca;
        }

        public static TestPki EndEntity(string subject, int key)
        {
            TestPki leaf = new TestPki();
            leaf.Subject = subject;
            leaf.Key = key;
            return leaf;
        }

        /// <summary>Issued by <paramref name="issuer"/>: its name and its key.</summary>
        public TestPki IssuedBy(TestPki issuer)
        {
            Issuer = issuer.Subject;
            IssuerKey = issuer.Key;
            return this;
        }

        public Certificate Build()
        {
            string error;
            byte[] subject = SubjectText.Encode(Subject, out error);
            byte[] issuer = SubjectText.Encode(Issuer == null ? Subject : Issuer, out error);
            int signer = IssuerKey < 0 ? Key : IssuerKey;

            DerWriter tbs = new DerWriter(2048);
            int certificate = tbs.Begin(DerTag.Sequence);
            int version = tbs.Begin(DerTag.ContextConstructed(0));
            tbs.WriteInteger(2);
            tbs.End(version);
            tbs.WriteInteger(Serial);
            SignatureAlgorithm.Write(tbs, SignatureAlgorithm.EcdsaSha256);
            tbs.WriteEncoded(issuer, 0, issuer.Length);
            int validity = tbs.Begin(DerTag.Sequence);
            tbs.WriteTime(NotBefore);
            tbs.WriteTime(NotAfter);
            tbs.End(validity);
            tbs.WriteEncoded(subject, 0, subject.Length);
            WritePublicKey(tbs, Key);

            int wrapper = tbs.Begin(DerTag.ContextConstructed(3));
            int extensions = tbs.Begin(DerTag.Sequence);
            if (!NoBasicConstraints)
            {
                ExtensionWriter.BasicConstraints(tbs, IsCa, PathLength);
            }

            if (KeyUsage >= 0)
            {
                ExtensionWriter.KeyUsage(tbs, KeyUsage);
            }

            if (ExtendedKeyUsage >= 0)
            {
                ExtensionWriter.ExtendedKeyUsage(tbs, ExtendedKeyUsage);
            }

            if (AltNames != null)
            {
                ExtensionWriter.SubjectAltName(tbs, AltNameText.Parse(AltNames, out error), false);
            }

            if (WithKeyIdentifiers)
            {
                ExtensionWriter.SubjectKeyIdentifier(tbs, KeyId(Key));
                ExtensionWriter.AuthorityKeyIdentifier(tbs, KeyId(signer));
            }

            if (UnknownCritical)
            {
                // 1.3.6.1.4.1.55555.1, critical, UTF8String "x".
                int extension = tbs.Begin(DerTag.Sequence);
                tbs.WriteObjectIdentifier(new byte[] { 0x2B, 0x06, 0x01, 0x04, 0x01, 0x83, 0xB2, 0x03, 0x01 });
                tbs.WriteBoolean(true);
                tbs.WriteOctetString(new byte[] { 0x0C, 0x01, 0x78 }, 0, 3);
                tbs.End(extension);
            }

            tbs.End(extensions);
            tbs.End(wrapper);
            tbs.End(certificate);
            byte[] der = Sign(tbs.ToArray(), signer);
            return Certificate.Parse(der, 0, der.Length);
        }

        /// <summary>A CRL of the issuer with key <paramref name="key"/>, revoking <paramref name="serials"/>.</summary>
        public static CertificateRevocationList Crl(string issuerName, int key, long thisUpdate, long[] serials)
        {
            string error;
            byte[] issuer = SubjectText.Encode(issuerName, out error);
            DerWriter tbs = new DerWriter(1024);
            int list = tbs.Begin(DerTag.Sequence);
            tbs.WriteInteger(1);
            SignatureAlgorithm.Write(tbs, SignatureAlgorithm.EcdsaSha256);
            tbs.WriteEncoded(issuer, 0, issuer.Length);
            tbs.WriteTime(thisUpdate);
            tbs.WriteTime(thisUpdate + 30 * Day);
            if (serials.Length > 0)
            {
                int revoked = tbs.Begin(DerTag.Sequence);
                for (int i = 0; i < serials.Length; i++)
                {
                    int entry = tbs.Begin(DerTag.Sequence);
                    tbs.WriteInteger(serials[i]);
                    tbs.WriteTime(thisUpdate);
                    tbs.End(entry);
                }

                tbs.End(revoked);
            }

            tbs.End(list);
            byte[] der = Sign(tbs.ToArray(), key);
            return CertificateRevocationList.Parse(der, 0, der.Length);
        }

        private static byte[] Sign(byte[] toBeSigned, int key)
        {
            DerWriter writer = new DerWriter(toBeSigned.Length + 64);
            int envelope = writer.Begin(DerTag.Sequence);
            writer.WriteEncoded(toBeSigned, 0, toBeSigned.Length);
            SignatureAlgorithm.Write(writer, SignatureAlgorithm.EcdsaSha256);
            writer.WriteBitString(Filled(key, 8), 0, 8);
            writer.End(envelope);
            return writer.ToArray();
        }

        private static void WritePublicKey(DerWriter writer, int key)
        {
            int spki = writer.Begin(DerTag.Sequence);
            int algorithm = writer.Begin(DerTag.Sequence);
            writer.WriteObjectIdentifier(KnownOids.EcPublicKey);
            writer.WriteObjectIdentifier(KnownOids.CurveP256);
            writer.End(algorithm);
            byte[] point = Filled(key, 65);
            point[0] = 0x04;
            writer.WriteBitString(point, 0, point.Length);
            writer.End(spki);
        }

        private static byte[] KeyId(int key)
        {
            byte[] id = Filled(key, 20);
            id[0] = 0x4B;
            return id;
        }

        private static byte[] Filled(int value, int count)
        {
            byte[] bytes = new byte[count];
            for (int i = 0; i < count; i++)
            {
                bytes[i] = (byte)value;
            }

            return bytes;
        }

        /// <summary>Accepts a signature made with the key whose byte fills the signer's point.</summary>
        public sealed class Verifier : ISignatureVerifier
        {
            public int Verifications;

            public int Verify(int signatureAlgorithm, PublicKeyInfo key, byte[] data, int offset, int count,
                byte[] signature, int signatureOffset, int signatureCount)
            {
                Verifications++;
                if (key.Algorithm != KeyAlgorithm.EcP256)
                {
                    return SignatureCheck.Unsupported;
                }

                int keyByte = key.Buffer[key.Key.Offset + 1];
                for (int i = 0; i < signatureCount; i++)
                {
                    if (signature[signatureOffset + i] != keyByte)
                    {
                        return SignatureCheck.Invalid;
                    }
                }

                return signatureCount == 8 ? SignatureCheck.Valid : SignatureCheck.Invalid;
            }
        }
    }
}
