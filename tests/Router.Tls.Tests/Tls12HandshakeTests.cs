using nanoFramework.TestFramework;
using Router.Enco;

namespace Router.Tls.Tests
{
    /// <summary>
    /// TLS 1.2 (RFC 5246) full handshakes against an in-memory client: reproducible with fixed entropy, every suite
    /// and group, the ServerKeyExchange signature, the extended master secret (RFC 7627), renegotiation_info
    /// (RFC 5746), the downgrade sentinel (RFC 8446 4.1.3), the key log and the counters.
    /// </summary>
    [TestClass]
    public class Tls12HandshakeTests
    {
        [TestMethod]
        public void FixedEntropyGivesTheSameFlightAndTheHandshakeCompletes()
        {
            byte[] firstFlight = null;
            for (int run = 0; run < 2; run++)
            {
                TlsCounters counters = new TlsCounters();
                TlsServerConfig config = Tls12Harness.Config(counters);
                RecordingKeyLog log = new RecordingKeyLog();
                config.KeyLog = log;
                TlsServerEngine engine = new TlsServerEngine(config);
                Tls12Client client = new Tls12Client(TestServer.Key);
                byte[] hello = client.ClientHello();
                engine.Feed(hello, 0, hello.Length, 0);
                byte[] flight = TestServer.Drain(engine);
                if (run == 0)
                {
                    firstFlight = flight;
                }
                else
                {
                    // ECDSA signs with RFC 6979 nonces: with fixed randoms and x25519 key the flight is reproducible.
                    Assert.Equal(firstFlight, flight);
                }

                Assert.IsTrue(client.ReadServerFlight(flight));
                Assert.AreEqual(4, client.ServerMessages);
                Assert.IsTrue(client.SignatureVerified);
                Assert.AreEqual(SignatureScheme.EcdsaSecp256r1Sha256, client.Scheme);
                Assert.AreEqual(TlsState.ExpectClientKeyExchange, engine.State);
                byte[] keyExchange = client.KeyExchangeAndFinished();
                engine.Feed(keyExchange, 0, keyExchange.Length, 25);
                Assert.IsTrue(client.ReadServerFinished(TestServer.Drain(engine)));
                Assert.IsTrue(engine.IsHandshakeComplete);
                Assert.AreEqual(25, (int)engine.HandshakeTimeMs);

                // Server order wins over the client's (which lists AES-256 first).
                Assert.AreEqual(0x0303, engine.Version);
                Assert.AreEqual(CipherSuite.EcdheEcdsaAes128GcmSha256, engine.CipherSuite);
                Assert.AreEqual(CipherSuite.EcdheEcdsaAes128GcmSha256, client.Suite);
                Assert.AreEqual(NamedGroup.X25519, engine.Group);
                Assert.IsTrue(engine.ExtendedMasterSecret);
                Assert.IsTrue(client.ServerExtendedMasterSecret);
                Assert.IsTrue(client.ServerRenegotiationInfo);
                Assert.IsTrue(client.ServerPointFormats);
                Assert.AreEqual("http/1.1", client.ServerAlpn);
                Assert.AreEqual("router.example", engine.ServerName);
                Assert.IsFalse(engine.Resumed);
                Assert.Equal(new byte[] { 0x44, 0x4F, 0x57, 0x4E, 0x47, 0x52, 0x44, 0x01 }, TestServer.Slice(client.ServerRandom, 24, 8));

                Assert.IsTrue(Tls12Harness.Echo(engine, client, "hello over TLS 1.2"));
                Assert.AreEqual("CLIENT_RANDOM ", log.Labels);
                Assert.Equal(client.MasterSecret, log.LastSecret);
                Assert.Equal(TestServer.Slice(hello, 11, 32), log.LastClientRandom);

                Assert.AreEqual(1, counters.Get(TlsCounter.InClientKeyExchange));
                Assert.AreEqual(1, counters.Get(TlsCounter.OutHelloDone));
                Assert.AreEqual(1, counters.Get(TlsCounter.OutChangeCS));
                Assert.AreEqual(1, counters.Get(TlsCounter.InChangeCS));
                Assert.AreEqual(1, counters.Get(TlsCounter.OutServerHello));
                Assert.AreEqual(1, counters.Get(TlsCounter.OutCert));
                Assert.AreEqual(1, counters.Get(TlsCounter.InFinished));
                Assert.AreEqual(1, counters.Get(TlsCounter.OutFinished));
                Assert.AreEqual(1, counters.Get(TlsCounter.HandshakeOK));
                Assert.AreEqual(0, counters.Get(TlsCounter.HandshakeFail));
                engine.Dispose();
            }
        }

        /// <summary>
        /// Each ECDSA suite with each group; the certificate's curve must be among the client's groups (RFC 8422 5.1),
        /// so P-384 key exchange goes with a P-384 key (and ecdsa_secp384r1_sha384).
        /// </summary>
        [TestMethod]
        public void EveryEcdsaSuiteWithEveryGroup()
        {
            int[] suites = new int[] { CipherSuite.EcdheEcdsaAes128GcmSha256, CipherSuite.EcdheEcdsaAes256GcmSha384, CipherSuite.EcdheEcdsaChaCha20Poly1305Sha256 };
            int[] groups = new int[] { NamedGroup.X25519, NamedGroup.Secp256r1, NamedGroup.Secp384r1 };
            for (int s = 0; s < suites.Length; s++)
            {
                for (int g = 0; g < groups.Length; g++)
                {
                    EncoKey key = groups[g] == NamedGroup.Secp384r1 ? P384Key : TestServer.Key;
                    TlsServerEngine engine = new TlsServerEngine(Tls12Harness.Config(new TlsCounters(), key, new EncoTlsEntropy()));
                    Tls12Client client = new Tls12Client(key);
                    client.Hello.Suites = new int[] { suites[s] };
                    client.Hello.SignatureSchemes = new int[] { SignatureScheme.EcdsaSecp256r1Sha256, SignatureScheme.EcdsaSecp384r1Sha384 };
                    client.Hello.Groups = groups[g] == NamedGroup.X25519 ? new int[] { 0x0019, groups[g], NamedGroup.Secp256r1 } : new int[] { 0x0019, groups[g] };
                    Assert.IsTrue(Tls12Harness.Handshake(engine, client, 0));
                    Assert.AreEqual(suites[s], engine.CipherSuite);
                    Assert.AreEqual(groups[g], engine.Group);
                    Assert.IsTrue(client.SignatureVerified);
                    Assert.AreEqual(key == P384Key ? SignatureScheme.EcdsaSecp384r1Sha384 : SignatureScheme.EcdsaSecp256r1Sha256, client.Scheme);
                    Assert.IsTrue(Tls12Harness.Echo(engine, client, "suite " + suites[s] + " group " + groups[g]));
                }
            }
        }

        [TestMethod]
        public void EcdsaCertificateOnACurveTheClientDoesNotListIsHandshakeFailure()
        {
            TlsServerEngine engine = new TlsServerEngine(Tls12Harness.Config(new TlsCounters()));
            Tls12Client client = new Tls12Client(TestServer.Key);
            client.Hello.Groups = new int[] { NamedGroup.X25519, NamedGroup.Secp384r1 };
            byte[] hello = client.ClientHello();
            engine.Feed(hello, 0, hello.Length, 0);
            Assert.IsTrue(engine.IsClosed);
            Assert.AreEqual(AlertDescription.HandshakeFailure, engine.AlertSent);
        }

        [TestMethod]
        public void RsaKeySignsWithPssOrPkcs1AsOffered()
        {
            EncoKey rsa = RsaKey;
            int[] offered = new int[] { SignatureScheme.RsaPssRsaeSha256, SignatureScheme.RsaPssRsaeSha384, SignatureScheme.RsaPkcs1Sha256 };
            for (int i = 0; i < offered.Length; i++)
            {
                TlsServerEngine engine = new TlsServerEngine(Tls12Harness.Config(new TlsCounters(), rsa, new EncoTlsEntropy()));
                Tls12Client client = new Tls12Client(rsa);
                client.Hello.SignatureSchemes = new int[] { 0x0201, offered[i] };
                Assert.IsTrue(Tls12Harness.Handshake(engine, client, 0));
                Assert.AreEqual(offered[i], client.Scheme);
                Assert.AreEqual(offered[i], engine.SignatureSchemeUsed);
                Assert.IsTrue(client.SignatureVerified);
                Assert.AreEqual(CipherSuite.EcdheRsaAes128GcmSha256, engine.CipherSuite);
                Assert.IsTrue(Tls12Harness.Echo(engine, client, "rsa"));
            }
        }

        [TestMethod]
        public void WithoutExtendedMasterSecretTheClassicMasterSecretIsUsed()
        {
            TlsServerEngine engine = new TlsServerEngine(Tls12Harness.Config(new TlsCounters()));
            Tls12Client client = new Tls12Client(TestServer.Key);
            client.Hello.ExtendedMasterSecret = false;
            client.Hello.RenegotiationInfo = null;
            client.Hello.PointFormats = null;
            client.Hello.Alpn = false;
            Assert.IsTrue(Tls12Harness.Handshake(engine, client, 0));
            Assert.IsFalse(engine.ExtendedMasterSecret);
            Assert.IsFalse(client.ServerExtendedMasterSecret);
            // The SCSV alone still gets renegotiation_info (RFC 5746 3.6).
            Assert.IsTrue(client.ServerRenegotiationInfo);
            Assert.IsFalse(client.ServerPointFormats);
            Assert.IsNull(client.ServerAlpn);
            Assert.IsTrue(Tls12Harness.Echo(engine, client, "no EMS"));
        }

        [TestMethod]
        public void ConfiguredSuiteListIsTheServerOrder()
        {
            TlsServerConfig config = Tls12Harness.Config(new TlsCounters(), TestServer.Key, new EncoTlsEntropy());
            config.CipherSuites = new int[] { CipherSuite.EcdheEcdsaChaCha20Poly1305Sha256, CipherSuite.EcdheEcdsaAes256GcmSha384 };
            TlsServerEngine engine = new TlsServerEngine(config);
            Tls12Client client = new Tls12Client(TestServer.Key);
            Assert.IsTrue(Tls12Harness.Handshake(engine, client, 0));
            Assert.AreEqual(CipherSuite.EcdheEcdsaChaCha20Poly1305Sha256, engine.CipherSuite);
            // No TLS 1.3 suite configured: not a TLS 1.3 server, no downgrade sentinel.
            Assert.AreNotEqual(0x44, (int)client.ServerRandom[24]);

            // A TLS 1.3 hello to a server configured with TLS 1.2 suites only is answered with TLS 1.2.
            TlsServerEngine second = new TlsServerEngine(config);
            Tls12Client modern = new Tls12Client(TestServer.Key);
            modern.Hello.Versions = new int[] { 0x0304, 0x0303 };
            Assert.IsTrue(Tls12Harness.Handshake(second, modern, 0));
            Assert.AreEqual(0x0303, second.Version);

            TlsServerEngine none = new TlsServerEngine(config);
            Tls12Client other = new Tls12Client(TestServer.Key);
            other.Hello.Suites = new int[] { CipherSuite.EcdheEcdsaAes128GcmSha256 };
            byte[] hello = other.ClientHello();
            none.Feed(hello, 0, hello.Length, 0);
            Assert.AreEqual(AlertDescription.HandshakeFailure, none.AlertSent);
        }

        [TestMethod]
        public void RsaSuitesAreNotChosenWithAnEcKey()
        {
            TlsCounters counters = new TlsCounters();
            TlsServerEngine engine = new TlsServerEngine(Tls12Harness.Config(counters));
            Tls12Client client = new Tls12Client(TestServer.Key);
            client.Hello.Suites = new int[] { CipherSuite.EcdheRsaAes128GcmSha256, CipherSuite.EcdheRsaChaCha20Poly1305Sha256 };
            byte[] hello = client.ClientHello();
            engine.Feed(hello, 0, hello.Length, 0);
            Assert.IsTrue(engine.IsClosed);
            Assert.AreEqual(AlertDescription.HandshakeFailure, engine.AlertSent);
            Assert.AreEqual(1, counters.Get(TlsCounter.NoCipherMatch));
        }

        private static EncoKey _rsa;
        private static EncoKey _p384;

        internal static EncoKey P384Key
        {
            get
            {
                if (_p384 == null)
                {
                    _p384 = EncoKey.Generate(EncoKeyType.EcP384, 0);
                }

                return _p384;
            }
        }

        internal static EncoKey RsaKey
        {
            get
            {
                if (_rsa == null)
                {
                    _rsa = EncoKey.Generate(EncoKeyType.Rsa, 2048);
                }

                return _rsa;
            }
        }
    }
}
