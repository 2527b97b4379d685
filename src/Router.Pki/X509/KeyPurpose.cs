using System.Text;
using Router.Pki.Der;

namespace Router.Pki.X509
{
    /// <summary>
    /// Extended key usage purposes (RFC 5280 4.2.1.12, RFC 4945 5.1.3.12) as flags, so a
    /// certificate's list is one int. <see cref="Other"/> stands for any purpose we do not name.
    /// </summary>
    public static class KeyPurpose
    {
        public const int ServerAuth = 1 << 0;
        public const int ClientAuth = 1 << 1;
        public const int CodeSigning = 1 << 2;
        public const int EmailProtection = 1 << 3;
        public const int IpsecEndSystem = 1 << 4;
        public const int IpsecTunnel = 1 << 5;
        public const int IpsecUser = 1 << 6;
        public const int TimeStamping = 1 << 7;
        public const int OcspSigning = 1 << 8;
        public const int IpsecIke = 1 << 9;
        public const int Any = 1 << 10;
        public const int Other = 1 << 11;

        private static readonly byte[][] Oids =
        {
            KnownOids.ServerAuth, KnownOids.ClientAuth, KnownOids.CodeSigning, KnownOids.EmailProtection,
            KnownOids.IpsecEndSystem, KnownOids.IpsecTunnel, KnownOids.IpsecUser, KnownOids.TimeStamping,
            KnownOids.OcspSigning, KnownOids.IpsecIke, KnownOids.AnyExtendedKeyUsage,
        };

        private static readonly string[] Names =
        {
            "serverAuth", "clientAuth", "codeSigning", "emailProtection", "ipsecEndSystem", "ipsecTunnel",
            "ipsecUser", "timeStamping", "OCSPSigning", "ipsecIKE", "anyExtendedKeyUsage", "other",
        };

        /// <summary>The flag of a purpose OID, <see cref="Other"/> for one we do not know.</summary>
        public static int FromOid(byte[] buffer, DerElement oid)
        {
            for (int i = 0; i < Oids.Length; i++)
            {
                if (Oid.Is(buffer, oid, Oids[i]))
                {
                    return 1 << i;
                }
            }

            return Other;
        }

        /// <summary>The OID of a single named flag (for writing).</summary>
        public static byte[] ToOid(int flag)
        {
            for (int i = 0; i < Oids.Length; i++)
            {
                if (flag == 1 << i)
                {
                    return Oids[i];
                }
            }

            throw new System.ArgumentOutOfRangeException("flag");
        }

        public static string ToText(int flags)
        {
            StringBuilder text = new StringBuilder(48);
            for (int i = 0; i < Names.Length; i++)
            {
                if ((flags & (1 << i)) != 0)
                {
                    if (text.Length > 0)
                    {
                        text.Append(", ");
                    }

                    text.Append(Names[i]);
                }
            }

            return text.Length == 0 ? "none" : text.ToString();
        }
    }
}
