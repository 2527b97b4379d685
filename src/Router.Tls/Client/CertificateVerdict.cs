using System;

namespace Router.Tls.Client
{
    /// <summary>
    /// Asks an <see cref="ITlsCertificateVerifier"/> about a peer's chain, for both engines (server certificate,
    /// client certificate): no verifier, a verifier that throws, or one that answers nonsense (not an alert
    /// description, or user_canceled) refuses with certificate_unknown (RFC 8446 6.2).
    /// </summary>
    internal static class CertificateVerdict
    {
        /// <summary>certificate_unknown (RFC 8446 6).</summary>
        private const int AlertCertificateUnknown = 46;

        /// <summary>None when the verifier accepts the chain, else the alert to send.</summary>
        public static int Ask(ITlsCertificateVerifier verifier, TlsCertificateChain chain, string serverName)
        {
            if (verifier == null)
            {
                return AlertCertificateUnknown;
            }

            int verdict;
            try
            {
                verdict = verifier.Verify(chain, serverName);
            }
            catch (Exception)
            {
                return AlertCertificateUnknown;
            }

            if (verdict == AlertDescription.None)
            {
                return AlertDescription.None;
            }

            return verdict > 0 && verdict < 256 && verdict != AlertDescription.UserCanceled ? verdict : AlertCertificateUnknown;
        }
    }
}
