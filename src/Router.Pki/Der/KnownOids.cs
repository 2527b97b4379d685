namespace Router.Pki.Der
{
    /// <summary>The object identifiers the PKI code recognises, as DER contents octets.</summary>
    public static class KnownOids
    {
        // ---- Public key and signature algorithms (RFC 3279, RFC 4055, RFC 5480, RFC 5758) ----

        /// <summary>rsaEncryption 1.2.840.113549.1.1.1 (RFC 3279 2.3.1).</summary>
        public static readonly byte[] RsaEncryption = { 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x01 };

        /// <summary>sha1WithRSAEncryption 1.2.840.113549.1.1.5 (RFC 3279 2.2.1): verified for old peers, never produced.</summary>
        public static readonly byte[] Sha1WithRsa = { 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x05 };

        /// <summary>sha256WithRSAEncryption 1.2.840.113549.1.1.11 (RFC 4055 5).</summary>
        public static readonly byte[] Sha256WithRsa = { 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x0B };

        /// <summary>sha384WithRSAEncryption 1.2.840.113549.1.1.12.</summary>
        public static readonly byte[] Sha384WithRsa = { 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x0C };

        /// <summary>sha512WithRSAEncryption 1.2.840.113549.1.1.13.</summary>
        public static readonly byte[] Sha512WithRsa = { 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x01, 0x0D };

        /// <summary>id-ecPublicKey 1.2.840.10045.2.1 (RFC 5480 2.1.1).</summary>
        public static readonly byte[] EcPublicKey = { 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x02, 0x01 };

        /// <summary>secp256r1 / prime256v1 1.2.840.10045.3.1.7 (RFC 5480 2.1.1.1).</summary>
        public static readonly byte[] CurveP256 = { 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07 };

        /// <summary>secp384r1 1.3.132.0.34.</summary>
        public static readonly byte[] CurveP384 = { 0x2B, 0x81, 0x04, 0x00, 0x22 };

        /// <summary>ecdsa-with-SHA256 1.2.840.10045.4.3.2 (RFC 5758 3.2).</summary>
        public static readonly byte[] EcdsaWithSha256 = { 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x04, 0x03, 0x02 };

        /// <summary>ecdsa-with-SHA384 1.2.840.10045.4.3.3.</summary>
        public static readonly byte[] EcdsaWithSha384 = { 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x04, 0x03, 0x03 };

        /// <summary>ecdsa-with-SHA512 1.2.840.10045.4.3.4.</summary>
        public static readonly byte[] EcdsaWithSha512 = { 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x04, 0x03, 0x04 };

        // ---- Attribute types of names (RFC 5280 4.1.2.4 and Appendix A) ----

        public static readonly byte[] CommonName = { 0x55, 0x04, 0x03 };
        public static readonly byte[] Surname = { 0x55, 0x04, 0x04 };
        public static readonly byte[] SerialNumber = { 0x55, 0x04, 0x05 };
        public static readonly byte[] Country = { 0x55, 0x04, 0x06 };
        public static readonly byte[] Locality = { 0x55, 0x04, 0x07 };
        public static readonly byte[] StateOrProvince = { 0x55, 0x04, 0x08 };
        public static readonly byte[] Street = { 0x55, 0x04, 0x09 };
        public static readonly byte[] Organization = { 0x55, 0x04, 0x0A };
        public static readonly byte[] OrganizationalUnit = { 0x55, 0x04, 0x0B };
        public static readonly byte[] Title = { 0x55, 0x04, 0x0C };
        public static readonly byte[] GivenName = { 0x55, 0x04, 0x2A };

        /// <summary>domainComponent 0.9.2342.19200300.100.1.25 (RFC 4519).</summary>
        public static readonly byte[] DomainComponent = { 0x09, 0x92, 0x26, 0x89, 0x93, 0xF2, 0x2C, 0x64, 0x01, 0x19 };

        /// <summary>userId 0.9.2342.19200300.100.1.1.</summary>
        public static readonly byte[] UserId = { 0x09, 0x92, 0x26, 0x89, 0x93, 0xF2, 0x2C, 0x64, 0x01, 0x01 };

        /// <summary>emailAddress 1.2.840.113549.1.9.1 (legacy, RFC 5280 4.1.2.6).</summary>
        public static readonly byte[] EmailAddress = { 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x09, 0x01 };

        /// <summary>PKCS #9 extensionRequest 1.2.840.113549.1.9.14 (RFC 2985 5.4.2).</summary>
        public static readonly byte[] ExtensionRequest = { 0x2A, 0x86, 0x48, 0x86, 0xF7, 0x0D, 0x01, 0x09, 0x0E };

        // ---- Certificate and CRL extensions (RFC 5280 4.2 and 5.2, id-ce = 2.5.29) ----

        public static readonly byte[] SubjectKeyIdentifier = { 0x55, 0x1D, 0x0E };
        public static readonly byte[] KeyUsage = { 0x55, 0x1D, 0x0F };
        public static readonly byte[] SubjectAltName = { 0x55, 0x1D, 0x11 };
        public static readonly byte[] IssuerAltName = { 0x55, 0x1D, 0x12 };
        public static readonly byte[] BasicConstraints = { 0x55, 0x1D, 0x13 };
        public static readonly byte[] CrlNumber = { 0x55, 0x1D, 0x14 };
        public static readonly byte[] CrlReason = { 0x55, 0x1D, 0x15 };
        public static readonly byte[] InvalidityDate = { 0x55, 0x1D, 0x18 };
        public static readonly byte[] CrlDistributionPoints = { 0x55, 0x1D, 0x1F };
        public static readonly byte[] CertificatePolicies = { 0x55, 0x1D, 0x20 };
        public static readonly byte[] AuthorityKeyIdentifier = { 0x55, 0x1D, 0x23 };
        public static readonly byte[] ExtendedKeyUsage = { 0x55, 0x1D, 0x25 };
        public static readonly byte[] FreshestCrl = { 0x55, 0x1D, 0x2E };

        /// <summary>id-pe-authorityInfoAccess 1.3.6.1.5.5.7.1.1 (RFC 5280 4.2.2.1).</summary>
        public static readonly byte[] AuthorityInfoAccess = { 0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x01, 0x01 };

        // ---- Extended key usage purposes (RFC 5280 4.2.1.12, RFC 4945 5.1.3.12) ----

        /// <summary>anyExtendedKeyUsage 2.5.29.37.0.</summary>
        public static readonly byte[] AnyExtendedKeyUsage = { 0x55, 0x1D, 0x25, 0x00 };
        public static readonly byte[] ServerAuth = { 0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x01 };
        public static readonly byte[] ClientAuth = { 0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x02 };
        public static readonly byte[] CodeSigning = { 0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x03 };
        public static readonly byte[] EmailProtection = { 0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x04 };
        public static readonly byte[] IpsecEndSystem = { 0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x05 };
        public static readonly byte[] IpsecTunnel = { 0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x06 };
        public static readonly byte[] IpsecUser = { 0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x07 };
        public static readonly byte[] TimeStamping = { 0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x08 };
        public static readonly byte[] OcspSigning = { 0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x09 };

        /// <summary>id-kp-ipsecIKE 1.3.6.1.5.5.7.3.17 (RFC 4945 5.1.3.12).</summary>
        public static readonly byte[] IpsecIke = { 0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x11 };
    }
}
