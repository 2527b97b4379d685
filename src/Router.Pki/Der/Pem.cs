using System;
using System.Text;

namespace Router.Pki.Der
{
    /// <summary>
    /// PEM armor (RFC 7468): "-----BEGIN LABEL-----", base64 of the DER in lines of 64
    /// characters, "-----END LABEL-----". Writing uses the strict form of section 3; reading
    /// is <see cref="PemReader"/>.
    /// </summary>
    public static class Pem
    {
        public const string CertificateLabel = "CERTIFICATE";
        public const string CrlLabel = "X509 CRL";
        public const string RequestLabel = "CERTIFICATE REQUEST";

        /// <summary>Characters per base64 line (RFC 7468 section 2).</summary>
        public const int LineLength = 64;

        /// <summary>The armored text of <paramref name="der"/>, lines ended with "\n", as ASCII bytes.</summary>
        public static byte[] Encode(string label, byte[] der, int offset, int count)
        {
            string base64 = Convert.ToBase64String(der, offset, count);
            StringBuilder text = new StringBuilder(base64.Length + base64.Length / LineLength + 2 * label.Length + 40);
            text.Append("-----BEGIN ").Append(label).Append("-----\n");
            for (int i = 0; i < base64.Length; i += LineLength)
            {
                int take = base64.Length - i < LineLength ? base64.Length - i : LineLength;
                text.Append(base64, i, take).Append('\n');
            }

            text.Append("-----END ").Append(label).Append("-----\n");
            return Encoding.UTF8.GetBytes(text.ToString());
        }

        /// <summary>Whether the data holds an encapsulation boundary, i.e. is PEM rather than DER.</summary>
        public static bool IsPem(byte[] data, int offset, int count)
        {
            return IndexOf(data, offset, offset + count, "-----BEGIN ") >= 0;
        }

        /// <summary>Offset of the ASCII <paramref name="text"/> in data[start .. end), or -1.</summary>
        internal static int IndexOf(byte[] data, int start, int end, string text)
        {
            int length = text.Length;
            for (int i = start; i <= end - length; i++)
            {
                int j = 0;
                while (j < length && data[i + j] == (byte)text[j])
                {
                    j++;
                }

                if (j == length)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
