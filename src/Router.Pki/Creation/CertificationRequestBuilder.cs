using Router.Pki.Der;
using Router.Pki.Engine;
using Router.Pki.X509;

namespace Router.Pki.Creation
{
    /// <summary>
    /// create pki enrollmentrequest: a PKCS #10 CertificationRequest (RFC 2986) for an ENCO RSA
    /// or ECDSA key, signed by that key (proof of possession). The extensionRequest attribute
    /// (RFC 2985 5.4.2) asks for the router's profile: keyUsage, extendedKeyUsage and the
    /// subjectAltName.
    /// </summary>
    public static class CertificationRequestBuilder
    {
        public static byte[] Build(ISigningKeys keys, int keyId, byte[] subject, AltName[] altNames)
        {
            int keyAlgorithm = keys.GetAlgorithm(keyId);
            int signatureAlgorithm = SignatureAlgorithm.ForKey(keyAlgorithm);
            if (signatureAlgorithm == SignatureAlgorithm.Unknown)
            {
                throw new System.ArgumentException("key is not an RSA or ECDSA key");
            }

            byte[] spki = keys.GetPublicKeyInfo(keyId);
            bool hasAltNames = altNames != null && altNames.Length > 0;
            bool emptySubject = DistinguishedName.Parse(subject, 0, subject.Length).IsEmpty;

            // CertificationRequestInfo ::= SEQUENCE { version INTEGER { v1(0) }, subject Name,
            //   subjectPKInfo, attributes [0] IMPLICIT SET OF Attribute }
            DerWriter info = new DerWriter(subject.Length + spki.Length + 512);
            int request = info.Begin(DerTag.Sequence);
            info.WriteInteger(0);
            info.WriteEncoded(subject, 0, subject.Length);
            info.WriteEncoded(spki, 0, spki.Length);

            int attributes = info.Begin(DerTag.ContextConstructed(0));
            int attribute = info.Begin(DerTag.Sequence);
            info.WriteObjectIdentifier(KnownOids.ExtensionRequest);
            int values = info.Begin(DerTag.Set);
            int extensions = info.Begin(DerTag.Sequence);
            ExtensionWriter.KeyUsage(info, CertificateProfile.KeyUsageFor(keyAlgorithm));
            ExtensionWriter.ExtendedKeyUsage(info, CertificateProfile.ExtendedKeyUsage);
            if (hasAltNames)
            {
                ExtensionWriter.SubjectAltName(info, altNames, emptySubject);
            }

            info.End(extensions);
            info.End(values);
            info.End(attribute);
            info.End(attributes);
            info.End(request);

            return SignedEnvelope.Sign(keys, keyId, signatureAlgorithm, info.ToArray());
        }
    }
}
