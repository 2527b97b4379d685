using Router.Enco;

namespace Router.Tls
{
    /// <summary>
    /// What every connection of a TLS server shares: the certificate chain (DER, end-entity first), its private
    /// key (ECDSA P-256 or RSA, signing with ecdsa_secp256r1_sha256 or rsa_pss_rsae_sha256), the counters, the
    /// entropy source and the limits. Immutable once the first connection is made.
    /// </summary>
    public sealed class TlsServerConfig
    {
        /// <summary>Largest Certificate message body the engine sends in one record (RFC 8446 5.1 limit, less headers).</summary>
        public const int MaxCertificateMessage = 16000;

        private readonly byte[][] _chain;
        private readonly EncoKey _key;
        private readonly TlsCounters _counters;
        private readonly ITlsEntropy _entropy;

        /// <summary>Milliseconds a handshake may take before the engine gives up (the deadline it reports).</summary>
        public int HandshakeTimeoutMs = 10000;

        /// <summary>Bytes of the buffer that gathers handshake messages (bounds a ClientHello).</summary>
        public int MaxHandshakeMessage = 8192;

        /// <summary>The resumption cache shared by the server's connections; null: no tickets, full handshakes only.</summary>
        public TlsSessionCache SessionCache;

        public TlsServerConfig(byte[][] chain, EncoKey key, TlsCounters counters, ITlsEntropy entropy)
        {
            _chain = chain;
            _key = key;
            _counters = counters;
            _entropy = entropy;
        }

        public byte[][] Chain
        {
            get { return _chain; }
        }

        public EncoKey Key
        {
            get { return _key; }
        }

        public TlsCounters Counters
        {
            get { return _counters; }
        }

        public ITlsEntropy Entropy
        {
            get { return _entropy; }
        }

        /// <summary>The scheme the key signs CertificateVerify with, or 0 when the key cannot serve TLS 1.3.</summary>
        public int SignatureScheme
        {
            get
            {
                if (_key == null)
                {
                    return 0;
                }

                if (_key.Type == EncoKeyType.EcP256)
                {
                    return Router.Tls.SignatureScheme.EcdsaSecp256r1Sha256;
                }

                return _key.Type == EncoKeyType.Rsa ? Router.Tls.SignatureScheme.RsaPssRsaeSha256 : 0;
            }
        }

        /// <summary>True when a chain and a usable key are loaded and the Certificate message fits one record.</summary>
        public bool IsUsable
        {
            get
            {
                if (_chain == null || _chain.Length == 0 || SignatureScheme == 0)
                {
                    return false;
                }

                int size = 4;
                for (int i = 0; i < _chain.Length; i++)
                {
                    if (_chain[i] == null || _chain[i].Length == 0)
                    {
                        return false;
                    }

                    size += 3 + _chain[i].Length + 2;
                }

                return size <= MaxCertificateMessage;
            }
        }
    }
}
