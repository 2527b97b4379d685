using Router.Core;
using Router.Enco;
using Router.Pki.Der;

namespace Router.Pki.X509
{
    /// <summary>
    /// The signature algorithms of certificates, CRLs and requests, with the AlgorithmIdentifier
    /// rules of RFC 4055 section 5 (RSA: parameters NULL, or absent) and RFC 5758 section 3.2
    /// (ECDSA: parameters absent). Any other algorithm parses as <see cref="Unknown"/>, which
    /// makes the signature unverifiable rather than the input malformed.
    /// </summary>
    public static class SignatureAlgorithm
    {
        public const int Unknown = 0;
        public const int RsaSha1 = 1;
        public const int RsaSha256 = 2;
        public const int RsaSha384 = 3;
        public const int RsaSha512 = 4;
        public const int EcdsaSha256 = 5;
        public const int EcdsaSha384 = 6;
        public const int EcdsaSha512 = 7;

        /// <summary>Reads an AlgorithmIdentifier (RFC 5280 4.1.1.2) and returns the algorithm.</summary>
        public static int Read(DerReader reader)
        {
            DerReader identifier = reader.Enter(DerTag.Sequence);
            DerElement oid = identifier.ReadObjectIdentifier();
            byte[] buffer = identifier.Buffer;
            int algorithm = FromOid(buffer, oid);
            if (IsRsa(algorithm))
            {
                if (identifier.HasMore)
                {
                    identifier.ReadNull();
                }
            }
            else if (algorithm == Unknown)
            {
                if (identifier.HasMore)
                {
                    identifier.ReadAny();
                }
            }

            identifier.ExpectEnd();
            return algorithm;
        }

        /// <summary>Writes the AlgorithmIdentifier we produce: NULL parameters for RSA, none for ECDSA.</summary>
        public static void Write(DerWriter writer, int algorithm)
        {
            int mark = writer.Begin(DerTag.Sequence);
            writer.WriteObjectIdentifier(Oid(algorithm));
            if (IsRsa(algorithm))
            {
                writer.WriteNull();
            }

            writer.End(mark);
        }

        public static bool IsRsa(int algorithm)
        {
            return algorithm >= RsaSha1 && algorithm <= RsaSha512;
        }

        public static bool IsEcdsa(int algorithm)
        {
            return algorithm >= EcdsaSha256 && algorithm <= EcdsaSha512;
        }

        /// <summary>The ENCO hash (EncoHashAlgorithm) the algorithm signs with.</summary>
        public static int Hash(int algorithm)
        {
            switch (algorithm)
            {
                case RsaSha1:
                    return EncoHashAlgorithm.Sha1;
                case RsaSha256:
                case EcdsaSha256:
                    return EncoHashAlgorithm.Sha256;
                case RsaSha384:
                case EcdsaSha384:
                    return EncoHashAlgorithm.Sha384;
                case RsaSha512:
                case EcdsaSha512:
                    return EncoHashAlgorithm.Sha512;
                default:
                    throw new MalformedInputException("unsupported signature algorithm");
            }
        }

        /// <summary>Whether a key of <paramref name="keyAlgorithm"/> can make this signature.</summary>
        public static bool FitsKey(int algorithm, int keyAlgorithm)
        {
            if (IsRsa(algorithm))
            {
                return keyAlgorithm == KeyAlgorithm.Rsa;
            }

            return IsEcdsa(algorithm) && (keyAlgorithm == KeyAlgorithm.EcP256 || keyAlgorithm == KeyAlgorithm.EcP384);
        }

        /// <summary>The algorithm we sign with for a key: SHA-256 for RSA and P-256, SHA-384 for P-384.</summary>
        public static int ForKey(int keyAlgorithm)
        {
            switch (keyAlgorithm)
            {
                case KeyAlgorithm.Rsa:
                    return RsaSha256;
                case KeyAlgorithm.EcP256:
                    return EcdsaSha256;
                case KeyAlgorithm.EcP384:
                    return EcdsaSha384;
                default:
                    return Unknown;
            }
        }

        /// <summary>The name OpenSSL prints.</summary>
        public static string Name(int algorithm)
        {
            switch (algorithm)
            {
                case RsaSha1:
                    return "sha1WithRSAEncryption";
                case RsaSha256:
                    return "sha256WithRSAEncryption";
                case RsaSha384:
                    return "sha384WithRSAEncryption";
                case RsaSha512:
                    return "sha512WithRSAEncryption";
                case EcdsaSha256:
                    return "ecdsa-with-SHA256";
                case EcdsaSha384:
                    return "ecdsa-with-SHA384";
                case EcdsaSha512:
                    return "ecdsa-with-SHA512";
                default:
                    return "unsupported";
            }
        }

        private static byte[] Oid(int algorithm)
        {
            switch (algorithm)
            {
                case RsaSha1:
                    return KnownOids.Sha1WithRsa;
                case RsaSha256:
                    return KnownOids.Sha256WithRsa;
                case RsaSha384:
                    return KnownOids.Sha384WithRsa;
                case RsaSha512:
                    return KnownOids.Sha512WithRsa;
                case EcdsaSha256:
                    return KnownOids.EcdsaWithSha256;
                case EcdsaSha384:
                    return KnownOids.EcdsaWithSha384;
                case EcdsaSha512:
                    return KnownOids.EcdsaWithSha512;
                default:
                    throw new System.ArgumentOutOfRangeException("algorithm");
            }
        }

        private static int FromOid(byte[] buffer, DerElement oid)
        {
            if (Der.Oid.Is(buffer, oid, KnownOids.Sha256WithRsa))
            {
                return RsaSha256;
            }

            if (Der.Oid.Is(buffer, oid, KnownOids.EcdsaWithSha256))
            {
                return EcdsaSha256;
            }

            if (Der.Oid.Is(buffer, oid, KnownOids.EcdsaWithSha384))
            {
                return EcdsaSha384;
            }

            if (Der.Oid.Is(buffer, oid, KnownOids.Sha384WithRsa))
            {
                return RsaSha384;
            }

            if (Der.Oid.Is(buffer, oid, KnownOids.Sha512WithRsa))
            {
                return RsaSha512;
            }

            if (Der.Oid.Is(buffer, oid, KnownOids.EcdsaWithSha512))
            {
                return EcdsaSha512;
            }

            return Der.Oid.Is(buffer, oid, KnownOids.Sha1WithRsa) ? RsaSha1 : Unknown;
        }
    }
}
