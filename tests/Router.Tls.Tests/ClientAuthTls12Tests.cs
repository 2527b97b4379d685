using Router.Enco;
using nanoFramework.TestFramework;

namespace Router.Tls.Tests
{
    /// <summary>
    /// TLS 1.2 client certificate authentication (RFC 5246 7.4.4, 7.4.6, 7.4.8) with <see cref="Tls12Client"/>:
    /// CertificateRequest before ServerHelloDone, Certificate, ClientKeyExchange, CertificateVerify over the
    /// messages so far; refusals; no session caching for client-authenticated connections.
    /// </summary>
    [TestClass]
    public class ClientAuthTls12Tests
    {
        private static TlsServerEngine NewEngine(TlsCounters counters, int mode, ClientTestVerifier verifier, TlsSessionCache cache)
        {
            TlsServerConfig config = Tls12Harness.Config(counters);
            config.ClientAuth = mode;
            config.ClientVerifier = verifier;
            config.SessionCache = cache;
            return new TlsServerEngine(config);
        }

        private static Tls12Client NewClient(ClientTestCertificate certificate, int scheme)
        {
            Tls12Client client = new Tls12Client(TestServer.Key);
            if (certificate != null)
            {
                client.ClientChain = new byte[][] { certificate.Der };
                client.ClientKey = certificate.Key;
                client.ClientScheme = scheme;
            }

            return client;
        }

        [DataRow(0x0403)]
        [DataRow(0x0401)]
        [DataRow(0x0804)]
        [TestMethod]
        public void RequireWithCertificateCompletes(int scheme)
        {
            TlsCounters counters = new TlsCounters();
            ClientTestCertificate certificate = scheme == 0x0403 ? ClientTestCertificate.Ecdsa : ClientTestCertificate.Rsa;
            ClientTestVerifier verifier = new ClientTestVerifier(certificate.Der);
            TlsServerEngine engine = NewEngine(counters, TlsClientAuth.Require, verifier, null);
            Tls12Client client = NewClient(certificate, scheme);

            Assert.IsTrue(Tls12Harness.Handshake(engine, client, 0));
            Assert.IsTrue(client.CertificateRequested);
            Assert.IsTrue(engine.ClientAuthenticated);
            Assert.AreEqual(1, verifier.Calls);
            Assert.AreEqual(1, counters.Get(TlsCounter.OutCertRequest));
            Assert.AreEqual(1, counters.Get(TlsCounter.InCert));
            Assert.AreEqual(1, counters.Get(TlsCounter.InCertVerify));
            Assert.IsTrue(Tls12Harness.Echo(engine, client, "client authenticated"));
        }

        [TestMethod]
        public void RequireRefusesEmptyCertificateWithHandshakeFailure()
        {
            TlsServerEngine engine = NewEngine(new TlsCounters(), TlsClientAuth.Require, new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der), null);
            Assert.IsFalse(Tls12Harness.Handshake(engine, NewClient(null, 0), 0));
            Assert.IsTrue(engine.IsClosed);
            Assert.AreEqual(AlertDescription.HandshakeFailure, engine.AlertSent);
        }

        [TestMethod]
        public void RequestAcceptsEmptyCertificate()
        {
            TlsServerEngine engine = NewEngine(new TlsCounters(), TlsClientAuth.Request, new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der), null);
            Tls12Client client = NewClient(null, 0);
            Assert.IsTrue(Tls12Harness.Handshake(engine, client, 0));
            Assert.IsTrue(client.CertificateRequested);
            Assert.IsFalse(engine.ClientAuthenticated);
            Assert.IsTrue(Tls12Harness.Echo(engine, client, "anonymous"));
        }

        [TestMethod]
        public void UntrustedCertificateIsUnknownCa()
        {
            TlsServerEngine engine = NewEngine(new TlsCounters(), TlsClientAuth.Require, new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der), null);
            Assert.IsFalse(Tls12Harness.Handshake(engine, NewClient(ClientTestCertificate.OtherEcdsa, 0x0403), 0));
            Assert.AreEqual(ClientTestVerifier.UnknownCa, engine.AlertSent);
        }

        [TestMethod]
        public void SpoiledCertificateVerifyIsDecryptError()
        {
            TlsServerEngine engine = NewEngine(new TlsCounters(), TlsClientAuth.Require, new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der), null);
            Tls12Client client = NewClient(ClientTestCertificate.Ecdsa, 0x0403);
            client.SpoilCertificateVerify = true;
            Assert.IsFalse(Tls12Harness.Handshake(engine, client, 0));
            Assert.AreEqual(AlertDescription.DecryptError, engine.AlertSent);
            Assert.IsFalse(engine.ClientAuthenticated);
        }

        /// <summary>The engine keeps one transcript hash: a signature hash other than the PRF's was not offered (7.4.8).</summary>
        [TestMethod]
        public void HashOtherThanTheSuitesIsIllegalParameter()
        {
            TlsServerEngine engine = NewEngine(new TlsCounters(), TlsClientAuth.Require, new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der), null);
            Tls12Client client = NewClient(ClientTestCertificate.Ecdsa, 0x0503);
            client.Hello.Suites = new int[] { CipherSuite.EcdheEcdsaAes128GcmSha256 };
            Assert.IsFalse(Tls12Harness.Handshake(engine, client, 0));
            Assert.AreEqual(AlertDescription.IllegalParameter, engine.AlertSent);
        }

        /// <summary>A client-authenticated session is not cached: no session ID, so nothing to resume without the certificate.</summary>
        [TestMethod]
        public void ClientAuthenticatedSessionIsNotCached()
        {
            TlsSessionCache cache = new TlsSessionCache(8, 3600, new TlsCounters());
            TlsServerEngine engine = NewEngine(new TlsCounters(), TlsClientAuth.Require, new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der), cache);
            Tls12Client client = NewClient(ClientTestCertificate.Ecdsa, 0x0403);
            Assert.IsTrue(Tls12Harness.Handshake(engine, client, 0));
            Assert.AreEqual(0, client.SessionId.Length);
        }
    }
}
