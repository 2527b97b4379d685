using Router.Tls.Client;
using Router.Tls.Pki;
using Router.Pki.Validation;
using Xunit;

namespace Router.Tls.HostTests
{
    /// <summary>
    /// The client engine against `openssl s_server -tls1_3 -www` on 127.0.0.1 with a CA-issued ECDSA P-256 or
    /// RSA-2048 certificate: every suite, both groups, a HelloRetryRequest; the chain validated by Router.Pki
    /// against a trusted root; an untrusted root and a wrong name refused with the PKI's alert.
    /// </summary>
    public class ClientOpensslTests
    {
        private const int TimeoutMs = 20000;
        private const string Request = "GET / HTTP/1.0\r\n\r\n";

        public static TheoryData<string, string> Suites()
        {
            TheoryData<string, string> data = new TheoryData<string, string>();
            foreach (string key in new[] { "ecdsa", "rsa" })
            {
                foreach (string suite in new[] { "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256" })
                {
                    data.Add(key, suite);
                }
            }

            return data;
        }

        private static ClientTestPki Pki(string key)
        {
            return key == "rsa" ? ClientTestPki.Rsa : ClientTestPki.Ecdsa;
        }

        private static string[] ServerArguments(ClientTestPki pki, params string[] more)
        {
            string[] basic = { "-tls1_3", "-cert", pki.LeafPem, "-key", pki.LeafKey, "-www", "-naccept", "1" };
            string[] all = new string[basic.Length + more.Length];
            basic.CopyTo(all, 0);
            more.CopyTo(all, basic.Length);
            return all;
        }

        private static TlsClientConfig Config(TlsCounters counters, ITlsCertificateVerifier verifier)
        {
            TlsClientConfig config = new TlsClientConfig(counters, new EncoTlsEntropy(), verifier);
            config.ServerName = "router.test";
            config.ApplicationProtocols = new[] { "http/1.1" };
            return config;
        }

        [Theory]
        [MemberData(nameof(Suites))]
        public void HandshakeWithSServerAndReadThePage(string key, string suite)
        {
            ClientTestPki pki = Pki(key);
            TlsCounters counters = new TlsCounters();
            using (ClientSocketRunner.Server server = new ClientSocketRunner.Server(ServerArguments(pki, "-ciphersuites", suite)))
            {
                TlsClientEngine engine = new TlsClientEngine(Config(counters, pki.Verifier()));
                ClientSocketRunner.Outcome outcome = ClientSocketRunner.Run(engine, server.Port, Request, TimeoutMs);

                Assert.True(outcome.HandshakeComplete, outcome + "\n--- s_server\n" + server.Output);
                Assert.Equal(CipherSuite.Name(engine.CipherSuite), suite);
                Assert.Equal(NamedGroup.X25519, engine.Group);
                Assert.Contains("HTTP/1.0 200 ok", outcome.Response);
                Assert.Contains(suite, outcome.Response);
                Assert.Equal(key == "rsa" ? ServerSignatureScheme.RsaPssRsaeSha256 : ServerSignatureScheme.EcdsaSecp256r1Sha256, engine.PeerSignatureScheme);
                Assert.Equal(1, counters.Get(TlsCounter.HandshakeOK));
                Assert.Equal(1, counters.Get(TlsCounter.ClientInCert));
                Assert.Equal(0, counters.Get(TlsCounter.CertNotTrusted));
                Assert.True(engine.SessionTicketsReceived >= 1, "tickets " + engine.SessionTicketsReceived);
            }
        }

        [Fact]
        public void ChainThroughAnIntermediateIsValidated()
        {
            ClientTestPki pki = ClientTestPki.WithIntermediate;
            PkiTlsCertificateVerifier verifier = pki.Verifier();
            using (ClientSocketRunner.Server server = new ClientSocketRunner.Server(ServerArguments(pki, "-cert_chain", pki.IntermediatePem)))
            {
                TlsClientEngine engine = new TlsClientEngine(Config(new TlsCounters(), verifier));
                ClientSocketRunner.Outcome outcome = ClientSocketRunner.Run(engine, server.Port, Request, TimeoutMs);
                Assert.True(outcome.HandshakeComplete, outcome + "\n--- s_server\n" + server.Output);
                Assert.Equal(ValidationFailure.None, verifier.LastFailure);
            }

            // Without the intermediate the leaf's issuer is unknown.
            verifier = pki.Verifier();
            using (ClientSocketRunner.Server server = new ClientSocketRunner.Server(ServerArguments(pki)))
            {
                TlsClientEngine engine = new TlsClientEngine(Config(new TlsCounters(), verifier));
                ClientSocketRunner.Outcome outcome = ClientSocketRunner.Run(engine, server.Port, Request, TimeoutMs);
                Assert.False(outcome.HandshakeComplete, outcome.ToString());
                Assert.Equal(ValidationFailure.UnknownIssuer, verifier.LastFailure);
                Assert.Equal(48, outcome.AlertSent);
            }
        }

        [Fact]
        public void SecondConnectionResumesWithTheTicket()
        {
            ClientTestPki pki = ClientTestPki.Ecdsa;
            string[] arguments = { "-tls1_3", "-cert", pki.LeafPem, "-key", pki.LeafKey, "-www", "-naccept", "2" };
            using (ClientSocketRunner.Server server = new ClientSocketRunner.Server(arguments))
            {
                TlsClientSession session = new TlsClientSession();
                PkiTlsCertificateVerifier verifier = pki.Verifier();
                TlsClientConfig config = Config(new TlsCounters(), verifier);
                config.Session = session;

                TlsClientEngine first = new TlsClientEngine(config);
                ClientSocketRunner.Outcome one = ClientSocketRunner.Run(first, server.Port, Request, TimeoutMs);
                Assert.True(one.HandshakeComplete, one + "\n--- s_server\n" + server.Output);
                Assert.False(first.Resumed);
                Assert.Contains("New, TLSv1.3", one.Response);

                TlsClientEngine second = new TlsClientEngine(config);
                ClientSocketRunner.Outcome two = ClientSocketRunner.Run(second, server.Port, Request, TimeoutMs);
                Assert.True(two.HandshakeComplete, two + "\n--- s_server\n" + server.Output);
                Assert.True(second.Resumed);
                Assert.Contains("Reused, TLSv1.3", two.Response);
            }
        }

        public static TheoryData<string, string, int> Tls12Suites()
        {
            TheoryData<string, string, int> data = new TheoryData<string, string, int>();
            data.Add("ecdsa", "ECDHE-ECDSA-AES128-GCM-SHA256", CipherSuite.EcdheEcdsaAes128GcmSha256);
            data.Add("ecdsa", "ECDHE-ECDSA-AES256-GCM-SHA384", CipherSuite.EcdheEcdsaAes256GcmSha384);
            data.Add("ecdsa", "ECDHE-ECDSA-CHACHA20-POLY1305", CipherSuite.EcdheEcdsaChaCha20Poly1305Sha256);
            data.Add("rsa", "ECDHE-RSA-AES128-GCM-SHA256", CipherSuite.EcdheRsaAes128GcmSha256);
            data.Add("rsa", "ECDHE-RSA-AES256-GCM-SHA384", CipherSuite.EcdheRsaAes256GcmSha384);
            data.Add("rsa", "ECDHE-RSA-CHACHA20-POLY1305", CipherSuite.EcdheRsaChaCha20Poly1305Sha256);
            return data;
        }

        [Theory]
        [MemberData(nameof(Tls12Suites))]
        public void Tls12OnlyServerIsReachedWithTls12(string key, string cipher, int suite)
        {
            ClientTestPki pki = Pki(key);
            TlsCounters counters = new TlsCounters();
            string[] arguments = { "-tls1_2", "-cipher", cipher, "-cert", pki.LeafPem, "-key", pki.LeafKey, "-www", "-naccept", "1" };
            using (ClientSocketRunner.Server server = new ClientSocketRunner.Server(arguments))
            {
                TlsClientEngine engine = new TlsClientEngine(Config(counters, pki.Verifier()));
                ClientSocketRunner.Outcome outcome = ClientSocketRunner.Run(engine, server.Port, Request, TimeoutMs);

                Assert.True(outcome.HandshakeComplete, outcome + "\n--- s_server\n" + server.Output);
                Assert.Equal(0x0303, engine.Version);
                Assert.Equal(suite, engine.CipherSuite);
                Assert.Contains("HTTP/1.0 200 ok", outcome.Response);
                Assert.Contains("TLSv1.2", outcome.Response);
                Assert.Contains(cipher, outcome.Response);
                Assert.Equal(1, counters.Get(TlsCounter.ClientInSKE));
                Assert.Equal(1, counters.Get(TlsCounter.HandshakeOK));
            }
        }

        [Fact]
        public void Tls12ServerFromAnUntrustedRootIsRefused()
        {
            ClientTestPki pki = ClientTestPki.Rsa;
            PkiTlsCertificateVerifier verifier = ClientTestPki.OtherRoot.Verifier();
            string[] arguments = { "-tls1_2", "-cert", pki.LeafPem, "-key", pki.LeafKey, "-www", "-naccept", "1" };
            using (ClientSocketRunner.Server server = new ClientSocketRunner.Server(arguments))
            {
                TlsClientEngine engine = new TlsClientEngine(Config(new TlsCounters(), verifier));
                ClientSocketRunner.Outcome outcome = ClientSocketRunner.Run(engine, server.Port, Request, TimeoutMs);

                Assert.False(outcome.HandshakeComplete, outcome.ToString());
                Assert.Equal(48, outcome.AlertSent);
                Assert.Equal(ValidationFailure.UnknownIssuer, verifier.LastFailure);
            }
        }

        [Fact]
        public void Secp256r1ShareIsAccepted()
        {
            ClientTestPki pki = ClientTestPki.Ecdsa;
            using (ClientSocketRunner.Server server = new ClientSocketRunner.Server(ServerArguments(pki, "-groups", "P-256:X25519")))
            {
                TlsClientConfig config = Config(new TlsCounters(), pki.Verifier());
                config.KeyShares = new[] { NamedGroup.Secp256r1 };
                TlsClientEngine engine = new TlsClientEngine(config);
                ClientSocketRunner.Outcome outcome = ClientSocketRunner.Run(engine, server.Port, Request, TimeoutMs);

                Assert.True(outcome.HandshakeComplete, outcome + "\n--- s_server\n" + server.Output);
                Assert.Equal(NamedGroup.Secp256r1, engine.Group);
                Assert.False(engine.NeededHelloRetry);
                Assert.Contains("HTTP/1.0 200 ok", outcome.Response);
            }
        }

        [Fact]
        public void ServerWantingAnotherGroupGetsTheSecondHello()
        {
            ClientTestPki pki = ClientTestPki.Ecdsa;
            using (ClientSocketRunner.Server server = new ClientSocketRunner.Server(ServerArguments(pki, "-groups", "P-256")))
            {
                TlsClientConfig config = Config(new TlsCounters(), pki.Verifier());
                config.KeyShares = new[] { NamedGroup.X25519 };
                TlsClientEngine engine = new TlsClientEngine(config);
                ClientSocketRunner.Outcome outcome = ClientSocketRunner.Run(engine, server.Port, Request, TimeoutMs);

                Assert.True(outcome.HandshakeComplete, outcome + "\n--- s_server\n" + server.Output);
                Assert.True(engine.NeededHelloRetry);
                Assert.Equal(NamedGroup.Secp256r1, engine.Group);
                Assert.Contains("HTTP/1.0 200 ok", outcome.Response);
            }
        }

        [Fact]
        public void ServerFromAnUntrustedRootIsRefused()
        {
            ClientTestPki pki = ClientTestPki.Ecdsa;
            TlsCounters counters = new TlsCounters();
            PkiTlsCertificateVerifier verifier = ClientTestPki.OtherRoot.Verifier();
            using (ClientSocketRunner.Server server = new ClientSocketRunner.Server(ServerArguments(pki)))
            {
                TlsClientEngine engine = new TlsClientEngine(Config(counters, verifier));
                ClientSocketRunner.Outcome outcome = ClientSocketRunner.Run(engine, server.Port, Request, TimeoutMs);

                Assert.False(outcome.HandshakeComplete, outcome.ToString());
                Assert.Equal(48, outcome.AlertSent);
                Assert.Equal(ValidationFailure.UnknownIssuer, verifier.LastFailure);
                Assert.Equal(1, counters.Get(TlsCounter.CertNotTrusted));
                Assert.Equal(1, counters.AlertsSent(48));
                Assert.Equal("", outcome.Response);
            }
        }

        [Fact]
        public void ServerWithAnotherNameIsRefused()
        {
            ClientTestPki pki = ClientTestPki.Rsa;
            PkiTlsCertificateVerifier verifier = pki.Verifier();
            using (ClientSocketRunner.Server server = new ClientSocketRunner.Server(ServerArguments(pki)))
            {
                TlsClientConfig config = Config(new TlsCounters(), verifier);
                config.ServerName = "other.test";
                TlsClientEngine engine = new TlsClientEngine(config);
                ClientSocketRunner.Outcome outcome = ClientSocketRunner.Run(engine, server.Port, Request, TimeoutMs);

                Assert.False(outcome.HandshakeComplete, outcome.ToString());
                Assert.Equal(ValidationFailure.NameMismatch, verifier.LastFailure);
                Assert.Equal(ValidationFailure.TlsAlert(ValidationFailure.NameMismatch), outcome.AlertSent);
            }
        }

        [Theory]
        [InlineData("-tls1_3")]
        [InlineData("-tls1_2")]
        public void ClientCertificateRequestIsAnsweredWithAnEmptyCertificate(string version)
        {
            // -verify asks for a client certificate but lets the handshake go on without one.
            ClientTestPki pki = ClientTestPki.Ecdsa;
            string[] arguments = { version, "-cert", pki.LeafPem, "-key", pki.LeafKey, "-www", "-naccept", "1", "-verify", "1" };
            using (ClientSocketRunner.Server server = new ClientSocketRunner.Server(arguments))
            {
                TlsCounters counters = new TlsCounters();
                TlsClientEngine engine = new TlsClientEngine(Config(counters, pki.Verifier()));
                ClientSocketRunner.Outcome outcome = ClientSocketRunner.Run(engine, server.Port, Request, TimeoutMs);

                Assert.True(outcome.HandshakeComplete, outcome + "\n--- s_server\n" + server.Output);
                Assert.True(engine.CertificateRequested);
                Assert.Equal(1, counters.Get(TlsCounter.ClientInCertRequest));
                Assert.Equal(1, counters.Get(TlsCounter.ClientOutCert));
                Assert.Equal(1, counters.Get(TlsCounter.ClientNoCert));
                Assert.Contains("HTTP/1.0 200 ok", outcome.Response);
            }
        }
    }
}
