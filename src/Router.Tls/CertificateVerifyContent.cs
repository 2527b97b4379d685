namespace Router.Tls
{
    /// <summary>
    /// The prefix of the content a TLS 1.3 CertificateVerify signs (RFC 8446 4.4.3): 64 spaces, the context string
    /// and a zero octet; the transcript hash follows. Built once, shared by the client and server engines.
    /// </summary>
    internal static class CertificateVerifyContent
    {
        /// <summary>The prefix of a server's CertificateVerify.</summary>
        public static readonly byte[] ServerPrefix = MakePrefix("TLS 1.3, server CertificateVerify");

        /// <summary>The prefix of a client's CertificateVerify.</summary>
        public static readonly byte[] ClientPrefix = MakePrefix("TLS 1.3, client CertificateVerify");

        private static byte[] MakePrefix(string context)
        {
            byte[] prefix = new byte[64 + context.Length + 1];
            for (int i = 0; i < 64; i++)
            {
                prefix[i] = 0x20;
            }

            for (int i = 0; i < context.Length; i++)
            {
                prefix[64 + i] = (byte)context[i];
            }

            return prefix;
        }
    }
}
