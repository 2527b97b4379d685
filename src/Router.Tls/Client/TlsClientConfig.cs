namespace Router.Tls.Client
{
    /// <summary>
    /// What a TLS client connection is made from: the counters (`show ssl counters`, client section), the entropy
    /// source, the verifier that decides whether the server's chain is trusted, and what the ClientHello offers.
    /// May be shared by connections; do not change it while one is handshaking.
    /// </summary>
    public sealed class TlsClientConfig
    {
        /// <summary>Longest server name (RFC 6066 3: HostName&lt;1..2^16-1&gt;, a DNS name is at most 253).</summary>
        public const int MaxServerName = 253;

        /// <summary>Most bytes of ALPN protocol names with their length octets (RFC 7301 3.1).</summary>
        public const int MaxAlpnBytes = 255;

        private readonly TlsCounters _counters;
        private readonly ITlsEntropy _entropy;
        private readonly ITlsCertificateVerifier _verifier;

        /// <summary>The server's DNS name: sent as SNI (not for an address literal) and handed to the verifier.</summary>
        public string ServerName;

        /// <summary>ALPN protocols to offer, most preferred first (e.g. "http/1.1"); null: no ALPN.</summary>
        public string[] ApplicationProtocols;

        /// <summary>TLS 1.3 cipher suites to offer in order; unknown numbers are left out of the hello.</summary>
        public int[] CipherSuites = new int[]
        {
            Router.Tls.CipherSuite.Aes128GcmSha256, Router.Tls.CipherSuite.Aes256GcmSha384, Router.Tls.CipherSuite.ChaCha20Poly1305Sha256,
        };

        /// <summary>TLS 1.2 ECDHE AEAD suites to offer in order (RFC 5289, RFC 7905), when <see cref="OfferTls12"/>.</summary>
        public int[] Tls12CipherSuites = new int[]
        {
            Router.Tls.CipherSuite.EcdheEcdsaAes128GcmSha256, Router.Tls.CipherSuite.EcdheRsaAes128GcmSha256,
            Router.Tls.CipherSuite.EcdheEcdsaAes256GcmSha384, Router.Tls.CipherSuite.EcdheRsaAes256GcmSha384,
            Router.Tls.CipherSuite.EcdheEcdsaChaCha20Poly1305Sha256, Router.Tls.CipherSuite.EcdheRsaChaCha20Poly1305Sha256,
        };

        /// <summary>Offer TLS 1.3 (preferred).</summary>
        public bool OfferTls13 = true;

        /// <summary>
        /// Offer TLS 1.2 too, for servers without TLS 1.3: ECDHE with AEAD suites only, the extended master secret
        /// and secure renegotiation required, renegotiation refused.
        /// </summary>
        public bool OfferTls12 = true;

        /// <summary>supported_groups in order (RFC 8446 4.2.7): x25519 and secp256r1 are the ones the engine computes.</summary>
        public int[] Groups = new int[] { NamedGroup.X25519, NamedGroup.Secp256r1 };

        /// <summary>
        /// Groups the first ClientHello carries a key share for (4.2.8), each also in <see cref="Groups"/>; may be
        /// empty, then the server's HelloRetryRequest picks one.
        /// </summary>
        public int[] KeyShares = new int[] { NamedGroup.X25519, NamedGroup.Secp256r1 };

        /// <summary>Milliseconds a handshake may take (the deadline <see cref="TlsClientEngine.NextDeadline"/> reports).</summary>
        public int HandshakeTimeoutMs = 10000;

        /// <summary>Largest handshake message accepted during the handshake (bounds the server's Certificate message).</summary>
        public int MaxHandshakeMessage = 16384;

        /// <summary>
        /// Middlebox compatibility mode (RFC 8446 D.4): a 32-byte legacy_session_id and a change_cipher_spec before
        /// the client's second flight.
        /// </summary>
        public bool MiddleboxCompatibility = true;

        /// <summary>
        /// The resumable session with this server (TLS 1.3 tickets): offered when it holds a ticket for
        /// <see cref="ServerName"/>, refilled by the server's NewSessionTicket; null: full handshakes, tickets dropped.
        /// </summary>
        public TlsClientSession Session;

        /// <summary>Where the engine writes connection secrets in NSS key log form (debugging only); null: off.</summary>
        public ITlsKeyLog KeyLog;

        /// <param name="verifier">Decides on the server's chain; required (null refuses every server).</param>
        public TlsClientConfig(TlsCounters counters, ITlsEntropy entropy, ITlsCertificateVerifier verifier)
        {
            _counters = counters;
            _entropy = entropy;
            _verifier = verifier;
        }

        public TlsCounters Counters
        {
            get { return _counters; }
        }

        public ITlsEntropy Entropy
        {
            get { return _entropy; }
        }

        public ITlsCertificateVerifier Verifier
        {
            get { return _verifier; }
        }

        /// <summary>True when the config can make a ClientHello: a verifier, a suite, groups, shares within them, bounded names.</summary>
        public bool IsUsable
        {
            get
            {
                if (_verifier == null || _entropy == null || _counters == null || CipherSuites == null || Groups == null || KeyShares == null)
                {
                    return false;
                }

                if (ServerName != null && (ServerName.Length == 0 || ServerName.Length > MaxServerName || !IsPrintableAscii(ServerName)))
                {
                    return false;
                }

                if (AlpnBytes() < 0 || KeyShares.Length > 2 || HandshakeTimeoutMs <= 0 || MaxHandshakeMessage < 1024)
                {
                    return false;
                }

                if (!OfferTls13 && !OfferTls12)
                {
                    return false;
                }

                int suites = 0;
                for (int i = 0; OfferTls13 && i < CipherSuites.Length; i++)
                {
                    if (Router.Tls.CipherSuite.IsTls13(CipherSuites[i]))
                    {
                        suites++;
                    }
                }

                for (int i = 0; OfferTls12 && Tls12CipherSuites != null && i < Tls12CipherSuites.Length; i++)
                {
                    if (Router.Tls.CipherSuite.IsTls12(Tls12CipherSuites[i]))
                    {
                        suites++;
                    }
                }

                int groups = 0;
                for (int i = 0; i < Groups.Length; i++)
                {
                    if (NamedGroup.KeyType(Groups[i]) != 0)
                    {
                        groups++;
                    }
                }

                for (int i = 0; i < KeyShares.Length; i++)
                {
                    if (NamedGroup.KeyType(KeyShares[i]) == 0 || !OffersGroup(KeyShares[i]) || (i == 1 && KeyShares[0] == KeyShares[1]))
                    {
                        return false;
                    }
                }

                return suites > 0 && suites <= 16 && groups > 0 && Groups.Length <= 8;
            }
        }

        /// <summary>True when <paramref name="group"/> is in <see cref="Groups"/> and the engine computes it.</summary>
        public bool OffersGroup(int group)
        {
            if (NamedGroup.KeyType(group) == 0)
            {
                return false;
            }

            for (int i = 0; i < Groups.Length; i++)
            {
                if (Groups[i] == group)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when <paramref name="suite"/> is a TLS 1.2 suite the hello offers.</summary>
        public bool OffersTls12Suite(int suite)
        {
            if (!OfferTls12 || Tls12CipherSuites == null || !Router.Tls.CipherSuite.IsTls12(suite))
            {
                return false;
            }

            for (int i = 0; i < Tls12CipherSuites.Length; i++)
            {
                if (Tls12CipherSuites[i] == suite)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when <paramref name="suite"/> is a TLS 1.3 suite the hello offers.</summary>
        public bool OffersSuite(int suite)
        {
            if (!OfferTls13 || !Router.Tls.CipherSuite.IsTls13(suite))
            {
                return false;
            }

            for (int i = 0; i < CipherSuites.Length; i++)
            {
                if (CipherSuites[i] == suite)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Names go on the wire one byte per character: only printable ASCII is taken.</summary>
        private static bool IsPrintableAscii(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] < 0x21 || text[i] > 0x7E)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Bytes of the ProtocolNameList (each name with its length octet); 0 for none, -1 when a name is empty or too long.</summary>
        internal int AlpnBytes()
        {
            if (ApplicationProtocols == null)
            {
                return 0;
            }

            int total = 0;
            for (int i = 0; i < ApplicationProtocols.Length; i++)
            {
                string name = ApplicationProtocols[i];
                if (name == null || name.Length == 0 || name.Length > 255 || !IsPrintableAscii(name))
                {
                    return -1;
                }

                total += 1 + name.Length;
            }

            return total > MaxAlpnBytes || total == 0 ? -1 : total;
        }
    }
}
