using System;
using Router.Enco;
using nanoFramework.TestFramework;

namespace Router.Tls.Tests
{
    /// <summary>
    /// TLS 1.3 client certificate authentication (RFC 8446 4.3.2, 4.4.2, 4.4.3) with <see cref="ClientAuthTls13Client"/>:
    /// CertificateRequest in the flight, the client's Certificate, CertificateVerify and Finished, the refusals
    /// (certificate_required, unknown_ca, decrypt_error, illegal_parameter, unexpected_message) and spoiled messages.
    /// </summary>
    [TestClass]
    public class ClientAuthTests
    {
        /// <summary>One connection: the engine, its counters, its verifier and the client.</summary>
        private sealed class Run
        {
            public readonly TlsCounters Counters = new TlsCounters();
            public readonly ClientTestVerifier Verifier;
            public readonly ClientAuthTls13Client Client = new ClientAuthTls13Client();
            public readonly TlsServerEngine Engine;

            /// <summary>A server trusting <see cref="ClientTestCertificate.Ecdsa"/> only.</summary>
            public Run(int mode)
                : this(mode, new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der))
            {
            }

            public Run(int mode, ClientTestVerifier verifier)
                : this(mode, verifier, null)
            {
            }

            public Run(int mode, ClientTestVerifier verifier, byte[][] authorities)
            {
                Verifier = verifier;
                TlsServerConfig config = TestServer.Config(Counters, FixedEntropy.ForRfc8448());
                config.ClientAuth = mode;
                config.ClientVerifier = verifier;
                config.ClientCertificateAuthorities = authorities;
                Engine = new TlsServerEngine(config);
                byte[] hello = Client.Hello();
                Engine.Feed(hello, 0, hello.Length, 0);
                Assert.IsTrue(Client.ReadServerFlight(TestServer.Drain(Engine)));
            }

            public void Feed(byte[] records)
            {
                Engine.Feed(records, 0, records.Length, 1);
            }

            /// <summary>Certificate, CertificateVerify (when a chain is given) and Finished, one record each.</summary>
            public void Answer(ClientTestCertificate certificate, int scheme)
            {
                byte[][] chain = certificate == null ? new byte[0][] : new byte[][] { certificate.Der };
                byte[] message = ClientAuthTls13Client.CertificateMessage(chain);
                Client.Append(message);
                Feed(Client.Protect(message));
                if (certificate != null)
                {
                    message = Client.CertificateVerifyMessage(certificate.Key, scheme);
                    Client.Append(message);
                    Feed(Client.Protect(message));
                }

                message = Client.FinishedMessage();
                Client.Append(message);
                Feed(Client.Protect(message));
            }
        }

        [TestMethod]
        public void RequireWithEcdsaCertificateCompletes()
        {
            Run run = new Run(TlsClientAuth.Require);
            Assert.IsTrue(run.Client.CertificateRequested);
            Assert.AreEqual(0, run.Client.CertificateRequestContextLength);
            Assert.AreEqual(4, run.Client.RequestedSchemes.Length);
            Assert.AreEqual(SignatureScheme.EcdsaSecp256r1Sha256, run.Client.RequestedSchemes[0]);
            Assert.AreEqual(TlsState.ExpectClientCertificate, run.Engine.State);

            run.Answer(ClientTestCertificate.Ecdsa, SignatureScheme.EcdsaSecp256r1Sha256);

            Assert.IsTrue(run.Engine.IsHandshakeComplete);
            Assert.IsTrue(run.Engine.ClientAuthenticated);
            Assert.AreEqual(ClientTestCertificate.Ecdsa.Der.Length, run.Engine.ClientCertificate.Length);
            Assert.AreEqual(1, run.Verifier.Calls);
            Assert.IsNull(run.Verifier.ServerName);
            Assert.AreEqual(1, run.Counters.Get(TlsCounter.OutCertRequest));
            Assert.AreEqual(1, run.Counters.Get(TlsCounter.InCert));
            Assert.AreEqual(1, run.Counters.Get(TlsCounter.InCertVerify));
            AssertEcho(run);
        }

        [TestMethod]
        public void RsaPssCertificateVerifyIsAccepted()
        {
            Run run = new Run(TlsClientAuth.Require, new ClientTestVerifier(ClientTestCertificate.Rsa.Der));
            run.Answer(ClientTestCertificate.Rsa, SignatureScheme.RsaPssRsaeSha256);
            Assert.IsTrue(run.Engine.IsHandshakeComplete);
            Assert.IsTrue(run.Engine.ClientAuthenticated);
        }

        [TestMethod]
        public void WholeClientFlightInOneRecordCompletes()
        {
            Run run = new Run(TlsClientAuth.Require);
            byte[] certificate = ClientAuthTls13Client.CertificateMessage(new byte[][] { ClientTestCertificate.Ecdsa.Der });
            run.Client.Append(certificate);
            byte[] verify = run.Client.CertificateVerifyMessage(ClientTestCertificate.Ecdsa.Key, SignatureScheme.EcdsaSecp256r1Sha256);
            run.Client.Append(verify);
            byte[] finished = run.Client.FinishedMessage();
            run.Client.Append(finished);
            byte[] all = new byte[certificate.Length + verify.Length + finished.Length];
            Array.Copy(certificate, 0, all, 0, certificate.Length);
            Array.Copy(verify, 0, all, certificate.Length, verify.Length);
            Array.Copy(finished, 0, all, certificate.Length + verify.Length, finished.Length);
            run.Feed(run.Client.Protect(all));
            Assert.IsTrue(run.Engine.IsHandshakeComplete);
            Assert.IsTrue(run.Engine.ClientAuthenticated);
        }

        [TestMethod]
        public void RequireRefusesEmptyCertificateWithCertificateRequired()
        {
            Run run = new Run(TlsClientAuth.Require);
            run.Answer(null, 0);
            Assert.IsTrue(run.Engine.IsClosed);
            Assert.AreEqual(116, run.Engine.AlertSent);
            Assert.AreEqual(0, run.Verifier.Calls);
        }

        [TestMethod]
        public void RequestAcceptsEmptyCertificate()
        {
            Run run = new Run(TlsClientAuth.Request);
            run.Answer(null, 0);
            Assert.IsTrue(run.Engine.IsHandshakeComplete);
            Assert.IsFalse(run.Engine.ClientAuthenticated);
            Assert.IsNull(run.Engine.ClientCertificate);
            AssertEcho(run);
        }

        [TestMethod]
        public void UntrustedCertificateGetsTheVerifiersAlert()
        {
            Run run = new Run(TlsClientAuth.Request);
            run.Answer(ClientTestCertificate.OtherEcdsa, SignatureScheme.EcdsaSecp256r1Sha256);
            Assert.IsTrue(run.Engine.IsClosed);
            Assert.AreEqual(ClientTestVerifier.UnknownCa, run.Engine.AlertSent);
            Assert.IsFalse(run.Engine.ClientAuthenticated);
        }

        [TestMethod]
        public void NoVerifierRefusesEveryCertificate()
        {
            Run run = new Run(TlsClientAuth.Request, null);
            run.Answer(ClientTestCertificate.Ecdsa, SignatureScheme.EcdsaSecp256r1Sha256);
            Assert.IsTrue(run.Engine.IsClosed);
            Assert.AreEqual(46, run.Engine.AlertSent);
        }

        [TestMethod]
        public void BadSignatureIsDecryptError()
        {
            Run run = new Run(TlsClientAuth.Require);
            byte[] certificate = ClientAuthTls13Client.CertificateMessage(new byte[][] { ClientTestCertificate.Ecdsa.Der });
            run.Client.Append(certificate);
            run.Feed(run.Client.Protect(certificate));
            // Signed by another key than the certificate's.
            byte[] verify = run.Client.CertificateVerifyMessage(ClientTestCertificate.OtherEcdsa.Key, SignatureScheme.EcdsaSecp256r1Sha256);
            run.Feed(run.Client.Protect(verify));
            Assert.IsTrue(run.Engine.IsClosed);
            Assert.AreEqual(AlertDescription.DecryptError, run.Engine.AlertSent);
            Assert.IsFalse(run.Engine.ClientAuthenticated);
        }

        [DataRow(0x0806)]
        [DataRow(0x0804)]
        [DataRow(0x0401)]
        [TestMethod]
        public void SchemeNotRequestedOrNotTheKeysIsIllegalParameter(int scheme)
        {
            Run run = new Run(TlsClientAuth.Require);
            byte[] certificate = ClientAuthTls13Client.CertificateMessage(new byte[][] { ClientTestCertificate.Ecdsa.Der });
            run.Client.Append(certificate);
            run.Feed(run.Client.Protect(certificate));
            byte[] verify = run.Client.CertificateVerifyMessage(ClientTestCertificate.Ecdsa.Key, SignatureScheme.EcdsaSecp256r1Sha256);
            verify[4] = (byte)(scheme >> 8);
            verify[5] = (byte)scheme;
            run.Feed(run.Client.Protect(verify));
            Assert.AreEqual(AlertDescription.IllegalParameter, run.Engine.AlertSent);
        }

        [TestMethod]
        public void FinishedWithoutCertificateVerifyIsUnexpected()
        {
            Run run = new Run(TlsClientAuth.Require);
            byte[] certificate = ClientAuthTls13Client.CertificateMessage(new byte[][] { ClientTestCertificate.Ecdsa.Der });
            run.Client.Append(certificate);
            run.Feed(run.Client.Protect(certificate));
            run.Feed(run.Client.Protect(run.Client.FinishedMessage()));
            Assert.AreEqual(AlertDescription.UnexpectedMessage, run.Engine.AlertSent);
        }

        [TestMethod]
        public void FinishedWithoutCertificateIsUnexpected()
        {
            Run run = new Run(TlsClientAuth.Request);
            run.Feed(run.Client.Protect(run.Client.FinishedMessage()));
            Assert.AreEqual(AlertDescription.UnexpectedMessage, run.Engine.AlertSent);
        }

        /// <summary>certificate_authorities (4.2.4): the configured DNs, each with its 2-byte length, in the extension.</summary>
        [TestMethod]
        public void CertificateRequestListsTheConfiguredAuthorities()
        {
            byte[] name = new byte[] { 0x30, 0x0F, 0x31, 0x0D, 0x30, 0x0B, 0x06, 0x03, 0x55, 0x04, 0x03, 0x0C, 0x04, 0x52, 0x4F, 0x4F, 0x54 };
            Run run = new Run(TlsClientAuth.Require, new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der), new byte[][] { name, name });
            byte[] request = run.Client.CertificateRequestMessage;
            // context 0, extensions: certificate_authorities (47) then signature_algorithms (13).
            Assert.AreEqual(0, (int)request[4]);
            Assert.AreEqual(0, (int)request[7]);
            Assert.AreEqual(47, (int)request[8]);
            Assert.AreEqual(2 + 2 * (2 + name.Length), (request[9] << 8) | request[10]);
            Assert.AreEqual(2 * (2 + name.Length), (request[11] << 8) | request[12]);
            Assert.AreEqual(name.Length, (request[13] << 8) | request[14]);
            for (int i = 0; i < name.Length; i++)
            {
                Assert.AreEqual(name[i], request[15 + i]);
            }

            Assert.AreEqual(4, run.Client.RequestedSchemes.Length);
            run.Answer(ClientTestCertificate.Ecdsa, SignatureScheme.EcdsaSecp256r1Sha256);
            Assert.IsTrue(run.Engine.ClientAuthenticated);
        }

        [TestMethod]
        public void NoneSendsNoCertificateRequest()
        {
            Run run = new Run(TlsClientAuth.None);
            Assert.IsFalse(run.Client.CertificateRequested);
            Assert.AreEqual(TlsState.ExpectFinished, run.Engine.State);
            Assert.AreEqual(0, run.Counters.Get(TlsCounter.OutCertRequest));
        }

        [TestMethod]
        public void NonEmptyRequestContextIsIllegalParameter()
        {
            Run run = new Run(TlsClientAuth.Require);
            byte[] certificate = ClientAuthTls13Client.CertificateMessage(new byte[0][]);
            certificate[4] = 1;
            run.Feed(run.Client.Protect(certificate));
            Assert.AreEqual(AlertDescription.IllegalParameter, run.Engine.AlertSent);
        }

        /// <summary>Every bit-flipped byte of Certificate (a sample of bits) and CertificateVerify ends cleanly: an alert other than internal_error, or a handshake that still verifies.</summary>
        [TestMethod]
        public void SpoiledCertificateAndVerifyNeverThrow()
        {
            byte[] certificate = ClientAuthTls13Client.CertificateMessage(new byte[][] { ClientTestCertificate.Ecdsa.Der });
            for (int at = 0; at < certificate.Length; at += 3)
            {
                Run run = new Run(TlsClientAuth.Require);
                byte[] spoiled = (byte[])certificate.Clone();
                spoiled[at] ^= (byte)(1 << (at % 8));
                run.Client.Append(spoiled);
                run.Feed(run.Client.Protect(spoiled));
                if (!run.Engine.IsClosed)
                {
                    byte[] verify = run.Client.CertificateVerifyMessage(ClientTestCertificate.Ecdsa.Key, SignatureScheme.EcdsaSecp256r1Sha256);
                    run.Feed(run.Client.Protect(verify));
                }

                AssertCleanRefusal(run.Engine);
            }

            for (int at = 0; at < 80; at++)
            {
                Run run = new Run(TlsClientAuth.Require);
                run.Client.Append(certificate);
                run.Feed(run.Client.Protect(certificate));
                byte[] verify = run.Client.CertificateVerifyMessage(ClientTestCertificate.Ecdsa.Key, SignatureScheme.EcdsaSecp256r1Sha256);
                if (at >= verify.Length)
                {
                    break;
                }

                verify[at] ^= 0x10;
                run.Client.Append(verify);
                run.Feed(run.Client.Protect(verify));
                if (!run.Engine.IsClosed)
                {
                    run.Feed(run.Client.Protect(run.Client.FinishedMessage()));
                }

                AssertCleanRefusal(run.Engine);
            }
        }

        /// <summary>Truncated Certificate and CertificateVerify (the length header fixed to the cut) are refused, never thrown on.</summary>
        [TestMethod]
        public void TruncatedCertificateAndVerifyNeverThrow()
        {
            byte[] certificate = ClientAuthTls13Client.CertificateMessage(new byte[][] { ClientTestCertificate.Ecdsa.Der });
            for (int cut = 4; cut < certificate.Length; cut += 5)
            {
                Run run = new Run(TlsClientAuth.Require);
                run.Feed(run.Client.Protect(Truncate(certificate, cut)));
                AssertCleanRefusal(run.Engine);
                Assert.IsTrue(run.Engine.IsClosed);
            }

            Run first = new Run(TlsClientAuth.Require);
            first.Client.Append(certificate);
            byte[] verify = first.Client.CertificateVerifyMessage(ClientTestCertificate.Ecdsa.Key, SignatureScheme.EcdsaSecp256r1Sha256);
            for (int cut = 4; cut < verify.Length; cut += 3)
            {
                Run run = new Run(TlsClientAuth.Require);
                run.Client.Append(certificate);
                run.Feed(run.Client.Protect(certificate));
                run.Feed(run.Client.Protect(Truncate(verify, cut)));
                AssertCleanRefusal(run.Engine);
                Assert.IsTrue(run.Engine.IsClosed);
            }
        }

        private static byte[] Truncate(byte[] message, int cut)
        {
            byte[] shorter = new byte[cut];
            Array.Copy(message, 0, shorter, 0, cut);
            int body = cut - 4;
            shorter[1] = (byte)(body >> 16);
            shorter[2] = (byte)(body >> 8);
            shorter[3] = (byte)body;
            return shorter;
        }

        private static void AssertCleanRefusal(TlsServerEngine engine)
        {
            if (engine.IsClosed)
            {
                Assert.AreNotEqual(AlertDescription.None, engine.AlertSent);
                Assert.AreNotEqual(AlertDescription.InternalError, engine.AlertSent);
            }

            Assert.IsFalse(engine.IsHandshakeComplete && !engine.ClientAuthenticated);
        }

        private static void AssertEcho(Run run)
        {
            run.Client.EnterApplicationKeys();
            byte[] record = run.Client.SealApplicationData(Hex.Ascii("GET / HTTP/1.1"));
            run.Feed(record);
            byte[] plain = new byte[64];
            int n = run.Engine.ReadApplicationData(plain, 0, plain.Length);
            Assert.AreEqual(14, n);
            run.Engine.WriteApplicationData(plain, 0, n);
            byte[] answer = TestServer.Drain(run.Engine);
            int inner = run.Client.Open(answer, 0);
            Assert.AreEqual(15, inner);
            Assert.AreEqual((byte)'G', answer[5]);
        }
    }
}
