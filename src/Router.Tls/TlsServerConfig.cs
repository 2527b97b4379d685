using Router.Enco;

namespace Router.Tls
{
    /// <summary>
    /// What every connection of a TLS server shares: the certificate chain (DER, end-entity first), its private
    /// key (ECDSA P-256 / P-384 or RSA), the counters, the entropy source, the suites and the limits. Immutable
    /// once the first connection is made (replace the config to change it).
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

        /// <summary>Where the engine writes connection secrets in NSS key log form (debugging only); null: off.</summary>
        public ITlsKeyLog KeyLog;

        /// <summary>
        /// The cipher suites to negotiate, IANA numbers in the server's preference order, TLS 1.3 and TLS 1.2 mixed
        /// (each version takes its own from the list; unknown numbers are ignored); null: the default order
        /// (<see cref="Router.Tls.CipherSuite.DefaultOrder"/>).
        /// </summary>
        public int[] CipherSuites;

        /// <summary>
        /// Client certificate authentication (<see cref="TlsClientAuth"/>: None, Request, Require). With Request or
        /// Require the server sends CertificateRequest and never resumes (no TLS 1.3 PSK, no TLS 1.2 session ID):
        /// a resumed session would carry no client certificate (RFC 8446 4.3.2 forbids CertificateRequest with a PSK).
        /// </summary>
        public int ClientAuth = TlsClientAuth.None;

        /// <summary>
        /// Decides on the client's chain (the leaf first) when <see cref="ClientAuth"/> asks for one; the engine checks
        /// the CertificateVerify signature with the leaf's key itself. null: every presented chain is refused
        /// (certificate_unknown); there is no "accept any" default.
        /// </summary>
        public Router.Tls.Client.ITlsCertificateVerifier ClientVerifier;

        /// <summary>
        /// DER-encoded Names (RFC 5280 subject) of the CAs whose client certificates are acceptable, listed in
        /// CertificateRequest (TLS 1.3 certificate_authorities 4.2.4, TLS 1.2 certificate_authorities 7.4.4) so a
        /// client picks a matching certificate; null: none listed. Above <see cref="MaxCertificateAuthorities"/>
        /// bytes none are listed (the client then offers any certificate).
        /// </summary>
        public byte[][] ClientCertificateAuthorities;

        /// <summary>Largest DistinguishedName list the engine puts in a CertificateRequest.</summary>
        public const int MaxCertificateAuthorities = 4096;

        /// <summary>
        /// Largest record plaintext a connection accepts, 64..16384 (sizes its input buffer: this, at least 2048 for
        /// the ClientHello, plus 37 bytes; 16 KB + 261 at 16384). Below 16384 it is advertised as record_size_limit (RFC 8449) to clients that offer
        /// the extension; a client that does not, and sends a larger record, gets record_overflow. 16384 takes every client.
        /// </summary>
        public int MaxInputRecord = 16384;

        /// <summary>
        /// Bytes of a connection's output buffer for application data, allocated at its first write (the handshake
        /// flight has its own buffer, sized to the flight and released once sent). Records are at most this less
        /// 29 bytes of overhead; the default holds a full 2^14-byte record and a little more.
        /// </summary>
        public int OutputBufferSize = DefaultOutputBufferSize;

        /// <summary>The default <see cref="OutputBufferSize"/>: one maximal record (5 + 2^14 + 256) and 1 KB.</summary>
        public const int DefaultOutputBufferSize = 5 + 16384 + 256 + 1024;

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

                if (_key.Type == EncoKeyType.EcP384)
                {
                    return Router.Tls.SignatureScheme.EcdsaSecp384r1Sha384;
                }

                return _key.Type == EncoKeyType.Rsa ? Router.Tls.SignatureScheme.RsaPssRsaeSha256 : 0;
            }
        }

        /// <summary>The suites in the server's preference order: <see cref="CipherSuites"/>, or the default order.</summary>
        public int[] SuiteOrder
        {
            get { return CipherSuites != null ? CipherSuites : Router.Tls.CipherSuite.DefaultOrder; }
        }

        /// <summary>True when the suite list holds a TLS 1.3 suite: the server then speaks TLS 1.3 (and marks downgrades, RFC 8446 4.1.3).</summary>
        public bool EnablesTls13
        {
            get
            {
                int[] order = SuiteOrder;
                for (int i = 0; i < order.Length; i++)
                {
                    if (Router.Tls.CipherSuite.IsTls13(order[i]))
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>True when the key is an EC key (ECDHE_ECDSA suites), false for RSA (ECDHE_RSA suites).</summary>
        public bool HasEcKey
        {
            get { return _key != null && (_key.Type == EncoKeyType.EcP256 || _key.Type == EncoKeyType.EcP384); }
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
