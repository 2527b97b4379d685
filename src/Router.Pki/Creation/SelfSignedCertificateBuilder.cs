using Router.Pki.Der;
using Router.Pki.Engine;
using Router.Pki.X509;

namespace Router.Pki.Creation
{
    /// <summary>
    /// create pki certificate: a v3 self-signed certificate (RFC 5280 4.1) for an ENCO RSA or
    /// ECDSA key, signed by that key. Issuer = subject; extensions: basicConstraints (critical,
    /// cA FALSE), keyUsage (critical), extendedKeyUsage serverAuth + clientAuth,
    /// subjectAltName (given, or taken from the CN), subjectKeyIdentifier and a matching
    /// authorityKeyIdentifier.
    /// </summary>
    public static class SelfSignedCertificateBuilder
    {
        /// <summary>
        /// Makes and signs the certificate and returns its DER. Throws EncoException when the
        /// engine refuses, and ArgumentException when the key is not an RSA or ECDSA key.
        /// </summary>
        /// <param name="subject">The DER Name (see <see cref="SubjectText"/>).</param>
        /// <param name="altNames">subjectAltName entries, or null/empty for none.</param>
        public static byte[] Build(ISigningKeys keys, int keyId, long serialNumber, byte[] subject,
            long notBefore, long notAfter, AltName[] altNames)
        {
            int keyAlgorithm = keys.GetAlgorithm(keyId);
            int signatureAlgorithm = SignatureAlgorithm.ForKey(keyAlgorithm);
            if (signatureAlgorithm == SignatureAlgorithm.Unknown)
            {
                throw new System.ArgumentException("key is not an RSA or ECDSA key");
            }

            byte[] spki = keys.GetPublicKeyInfo(keyId);
            PublicKeyInfo key = PublicKeyInfo.Read(new DerReader(spki, 0, spki.Length));
            byte[] keyId20 = KeyIdentifier.Of(key);
            bool hasAltNames = altNames != null && altNames.Length > 0;
            bool emptySubject = DistinguishedName.Parse(subject, 0, subject.Length).IsEmpty;
            if (emptySubject && !hasAltNames)
            {
                throw new System.ArgumentException("an empty subject needs a subjectAltName");
            }

            DerWriter tbs = new DerWriter(2 * subject.Length + spki.Length + 512);
            int certificate = tbs.Begin(DerTag.Sequence);

            int version = tbs.Begin(DerTag.ContextConstructed(0));
            tbs.WriteInteger(2);
            tbs.End(version);

            tbs.WriteInteger(serialNumber);
            SignatureAlgorithm.Write(tbs, signatureAlgorithm);
            tbs.WriteEncoded(subject, 0, subject.Length);

            int validity = tbs.Begin(DerTag.Sequence);
            tbs.WriteTime(notBefore);
            tbs.WriteTime(notAfter);
            tbs.End(validity);

            tbs.WriteEncoded(subject, 0, subject.Length);
            tbs.WriteEncoded(spki, 0, spki.Length);

            int extensionsWrapper = tbs.Begin(DerTag.ContextConstructed(3));
            int extensions = tbs.Begin(DerTag.Sequence);
            ExtensionWriter.BasicConstraints(tbs, false, -1);
            ExtensionWriter.KeyUsage(tbs, CertificateProfile.KeyUsageFor(keyAlgorithm));
            ExtensionWriter.ExtendedKeyUsage(tbs, CertificateProfile.ExtendedKeyUsage);
            if (hasAltNames)
            {
                ExtensionWriter.SubjectAltName(tbs, altNames, emptySubject);
            }

            ExtensionWriter.SubjectKeyIdentifier(tbs, keyId20);
            ExtensionWriter.AuthorityKeyIdentifier(tbs, keyId20);
            tbs.End(extensions);
            tbs.End(extensionsWrapper);
            tbs.End(certificate);

            return SignedEnvelope.Sign(keys, keyId, signatureAlgorithm, tbs.ToArray());
        }
    }
}
