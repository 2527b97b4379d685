using Router.Tls.Client;

namespace Router.Tls.Tests
{
    /// <summary>
    /// A verifier that trusts exactly one leaf certificate (pinning) and refuses anything else with unknown_ca;
    /// it records what the engine handed it.
    /// </summary>
    internal sealed class ClientTestVerifier : ITlsCertificateVerifier
    {
        public const int UnknownCa = 48;

        private readonly byte[] _trustedLeaf;

        public int Calls;
        public int ChainLength;
        public string ServerName;

        public ClientTestVerifier(byte[] trustedLeaf)
        {
            _trustedLeaf = trustedLeaf;
        }

        public int Verify(TlsCertificateChain chain, string serverName)
        {
            Calls++;
            ChainLength = chain.Count;
            ServerName = serverName;
            if (chain.Length(0) != _trustedLeaf.Length)
            {
                return UnknownCa;
            }

            byte[] buffer = chain.Buffer;
            int offset = chain.Offset(0);
            for (int i = 0; i < _trustedLeaf.Length; i++)
            {
                if (buffer[offset + i] != _trustedLeaf[i])
                {
                    return UnknownCa;
                }
            }

            return AlertDescription.None;
        }
    }
}
