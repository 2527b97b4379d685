using Router.Core;
using Router.Pki.Der;
using Router.Pki.X509;

namespace Router.Pki.Commands
{
    /// <summary>
    /// Reads the certificates or the CRL a file (or a console paste) holds: PEM with one or more
    /// blocks (a certificate and its chain), or a single DER object. Throws
    /// MalformedInputException, whose message says what is wrong.
    /// </summary>
    public static class CertificateFile
    {
        /// <summary>Largest file read: a chain of four RSA-4096 certificates in PEM fits.</summary>
        public const int MaxLength = 16384;

        /// <summary>Most certificates taken from one file.</summary>
        public const int MaxCertificates = 4;

        public static Certificate[] ReadCertificates(byte[] data)
        {
            if (!Pem.IsPem(data, 0, data.Length))
            {
                return new Certificate[] { Certificate.Parse(data, 0, data.Length) };
            }

            Certificate[] found = new Certificate[MaxCertificates];
            int count = 0;
            PemReader reader = new PemReader(data, 0, data.Length);
            string label;
            byte[] der;
            while ((der = reader.Next(out label)) != null)
            {
                if (label != Pem.CertificateLabel)
                {
                    continue;
                }

                if (count == MaxCertificates)
                {
                    throw new MalformedInputException("more than " + MaxCertificates.ToString() + " certificates in one file");
                }

                found[count++] = Certificate.Parse(der, 0, der.Length);
            }

            if (count == 0)
            {
                throw new MalformedInputException("no PEM certificate (BEGIN CERTIFICATE)");
            }

            Certificate[] certificates = new Certificate[count];
            System.Array.Copy(found, certificates, count);
            return certificates;
        }

        public static CertificateRevocationList ReadCrl(byte[] data)
        {
            if (!Pem.IsPem(data, 0, data.Length))
            {
                return CertificateRevocationList.Parse(data, 0, data.Length);
            }

            PemReader reader = new PemReader(data, 0, data.Length);
            string label;
            byte[] der;
            while ((der = reader.Next(out label)) != null)
            {
                if (label == Pem.CrlLabel)
                {
                    return CertificateRevocationList.Parse(der, 0, der.Length);
                }
            }

            throw new MalformedInputException("no PEM CRL (BEGIN X509 CRL)");
        }
    }
}
