using nanoFramework.TestFramework;
using Router.Pki.Database;
using Router.Pki.Validation;
using Router.Pki.X509;

namespace Router.Pki.Tests
{
    /// <summary>
    /// Path building and the RFC 5280 6.1 checks on chains made by <see cref="TestPki"/>: each
    /// failure gives its reason and the depth of the certificate it concerns.
    /// </summary>
    [TestClass]
    public class PathValidationTests
    {
        private const long Now = TestPki.Year2030;

        [TestMethod]
        public void AcceptsRootIntermediateLeaf()
        {
            TestPki root = TestPki.Ca("cn=Root, o=Test", 1);
            TestPki intermediate = TestPki.Ca("cn=Issuing, o=Test", 2).IssuedBy(root);
            TestPki leaf = TestPki.EndEntity("cn=vpn.example.com", 3).IssuedBy(intermediate);
            leaf.AltNames = "dns:vpn.example.com";

            ValidationResult result = Validate(leaf.Build(), new Certificate[] { intermediate.Build() }, Anchors(root.Build()), ValidationPurpose.TlsServer, "vpn.example.com");
            Assert.IsTrue(result.IsValid, result.Describe());
            Assert.AreEqual(3, result.Path.Length);
        }

        [TestMethod]
        public void RefusesASignatureByAnotherKeyUnderTheRightName()
        {
            TestPki root = TestPki.Ca("cn=Root", 1);
            TestPki forged = TestPki.EndEntity("cn=leaf", 3).IssuedBy(root);
            forged.IssuerKey = 9;
            forged.WithKeyIdentifiers = false;

            ValidationResult result = Validate(forged.Build(), null, Anchors(root.Build()), ValidationPurpose.Any, null);
            Assert.AreEqual(ValidationFailure.BadSignature, result.Failure);
            Assert.AreEqual(0, result.Depth);
        }

        [TestMethod]
        public void ChoosesTheIssuerByKeyIdentifierOrByTryingEach()
        {
            TestPki oldRoot = TestPki.Ca("cn=Root", 1);
            TestPki newRoot = TestPki.Ca("cn=Root", 2);
            TestPki leaf = TestPki.EndEntity("cn=leaf", 3).IssuedBy(newRoot);
            CertificateDatabase database = Anchors(oldRoot.Build());
            database.AddCertificate("new", newRoot.Build(), true);

            Assert.IsTrue(Validate(leaf.Build(), null, database, ValidationPurpose.Any, null).IsValid);
            leaf.WithKeyIdentifiers = false;
            Assert.IsTrue(Validate(leaf.Build(), null, database, ValidationPurpose.Any, null).IsValid, "backtracks past the old root");
        }

        [TestMethod]
        public void AnIssuerMustBeACaAllowedToSignCertificates()
        {
            TestPki root = TestPki.Ca("cn=Root", 1);
            TestPki notCa = TestPki.EndEntity("cn=Issuing", 2).IssuedBy(root);
            TestPki leaf = TestPki.EndEntity("cn=leaf", 3).IssuedBy(notCa);
            ValidationResult result = Validate(leaf.Build(), new Certificate[] { notCa.Build() }, Anchors(root.Build()), ValidationPurpose.Any, null);
            Assert.AreEqual(ValidationFailure.NotCa, result.Failure);
            Assert.AreEqual(1, result.Depth);

            TestPki noCertSign = TestPki.Ca("cn=Issuing", 2).IssuedBy(root);
            noCertSign.KeyUsage = KeyUsage.CrlSign;
            result = Validate(leaf.Build(), new Certificate[] { noCertSign.Build() }, Anchors(root.Build()), ValidationPurpose.Any, null);
            Assert.AreEqual(ValidationFailure.UsageNotAllowed, result.Failure);

            TestPki noConstraints = TestPki.Ca("cn=Issuing", 2).IssuedBy(root);
            noConstraints.NoBasicConstraints = true;
            result = Validate(leaf.Build(), new Certificate[] { noConstraints.Build() }, Anchors(root.Build()), ValidationPurpose.Any, null);
            Assert.AreEqual(ValidationFailure.NotCa, result.Failure);
        }

        [TestMethod]
        public void AnAnchorWithoutBasicConstraintsMayIssue()
        {
            // A v1-style root: trusted by configuration (RFC 5280 6.1.1 (d)).
            TestPki root = TestPki.Ca("cn=Old Root", 1);
            root.NoBasicConstraints = true;
            root.KeyUsage = -1;
            TestPki leaf = TestPki.EndEntity("cn=leaf", 3).IssuedBy(root);
            Assert.IsTrue(Validate(leaf.Build(), null, Anchors(root.Build()), ValidationPurpose.Any, null).IsValid);
        }

        [TestMethod]
        public void CountsCaCertificatesAgainstPathLengthConstraints()
        {
            TestPki root = TestPki.Ca("cn=Root", 1);
            root.PathLength = 1;
            TestPki first = TestPki.Ca("cn=First", 2).IssuedBy(root);
            TestPki second = TestPki.Ca("cn=Second", 3).IssuedBy(first);
            TestPki leaf = TestPki.EndEntity("cn=leaf", 4).IssuedBy(second);
            Certificate[] chain = new Certificate[] { second.Build(), first.Build() };

            ValidationResult result = Validate(leaf.Build(), chain, Anchors(root.Build()), ValidationPurpose.Any, null);
            Assert.AreEqual(ValidationFailure.PathLengthExceeded, result.Failure);
            Assert.AreEqual(1, result.Depth);

            root.PathLength = 2;
            Assert.IsTrue(Validate(leaf.Build(), chain, Anchors(root.Build()), ValidationPurpose.Any, null).IsValid);

            first.PathLength = 0;
            result = Validate(leaf.Build(), new Certificate[] { second.Build(), first.Build() }, Anchors(root.Build()), ValidationPurpose.Any, null);
            Assert.AreEqual(ValidationFailure.PathLengthExceeded, result.Failure);
        }

        [TestMethod]
        public void ChecksEveryCertificatesDatesAndCriticalExtensions()
        {
            TestPki root = TestPki.Ca("cn=Root", 1);
            TestPki intermediate = TestPki.Ca("cn=Issuing", 2).IssuedBy(root);
            TestPki leaf = TestPki.EndEntity("cn=leaf", 3).IssuedBy(intermediate);

            intermediate.NotAfter = Now - 1;
            ValidationResult result = Validate(leaf.Build(), new Certificate[] { intermediate.Build() }, Anchors(root.Build()), ValidationPurpose.Any, null);
            Assert.AreEqual(ValidationFailure.Expired, result.Failure);
            Assert.AreEqual(1, result.Depth);

            intermediate.NotAfter = Now + TestPki.Day;
            intermediate.UnknownCritical = true;
            result = Validate(leaf.Build(), new Certificate[] { intermediate.Build() }, Anchors(root.Build()), ValidationPurpose.Any, null);
            Assert.AreEqual(ValidationFailure.UnknownCriticalExtension, result.Failure);

            root.NotBefore = Now + 1;
            intermediate.UnknownCritical = false;
            result = Validate(leaf.Build(), new Certificate[] { intermediate.Build() }, Anchors(root.Build()), ValidationPurpose.Any, null);
            Assert.AreEqual(ValidationFailure.NotYetValid, result.Failure);
            Assert.AreEqual(2, result.Depth);
        }

        [TestMethod]
        public void StopsOnCyclesAndOnTooManyCandidates()
        {
            TestPki a = TestPki.Ca("cn=A", 1);
            TestPki b = TestPki.Ca("cn=B", 2).IssuedBy(a);
            a.IssuedBy(b);
            TestPki leaf = TestPki.EndEntity("cn=leaf", 3).IssuedBy(a);
            ValidationResult result = Validate(leaf.Build(), new Certificate[] { a.Build(), b.Build() }, Anchors(null), ValidationPurpose.Any, null);
            Assert.AreEqual(ValidationFailure.UnknownIssuer, result.Failure);

            // Forty self-signed CAs with one name and no key identifiers: every one is a candidate
            // issuer of every other. The search gives up after MaxCandidates.
            Certificate[] crowd = new Certificate[40];
            for (int i = 0; i < crowd.Length; i++)
            {
                TestPki ca = TestPki.Ca("cn=Crowd", 10 + i);
                ca.WithKeyIdentifiers = false;
                crowd[i] = ca.Build();
            }

            TestPki lost = TestPki.EndEntity("cn=lost", 3);
            lost.Issuer = "cn=Crowd";
            lost.IssuerKey = 99;
            lost.WithKeyIdentifiers = false;
            TestPki.Verifier verifier = new TestPki.Verifier();
            ChainValidator validator = new ChainValidator(Anchors(null).Snapshot, verifier);
            result = validator.Validate(lost.Build(), crowd, crowd.Length, new ValidationOptions(Now, ValidationPurpose.Any, null));
            Assert.AreEqual(ValidationFailure.ChainTooLong, result.Failure);
            Assert.IsTrue(verifier.Verifications < 100);
        }

        [TestMethod]
        public void RefusesChainsLongerThanTheLimit()
        {
            TestPki root = TestPki.Ca("cn=CA0", 1);
            Certificate[] chain = new Certificate[ChainValidator.MaxPathLength];
            TestPki issuer = root;
            for (int i = 0; i < chain.Length; i++)
            {
                TestPki ca = TestPki.Ca("cn=CA" + (i + 1).ToString(), 2 + i).IssuedBy(issuer);
                chain[chain.Length - 1 - i] = ca.Build();
                issuer = ca;
            }

            TestPki leaf = TestPki.EndEntity("cn=leaf", 50).IssuedBy(issuer);
            ValidationResult result = Validate(leaf.Build(), chain, Anchors(root.Build()), ValidationPurpose.Any, null);
            Assert.AreEqual(ValidationFailure.ChainTooLong, result.Failure);
        }

        [TestMethod]
        public void ConsultsTheIssuersCrl()
        {
            TestPki root = TestPki.Ca("cn=Root", 1);
            TestPki leaf = TestPki.EndEntity("cn=leaf", 3).IssuedBy(root);
            leaf.Serial = 4100;

            CertificateDatabase database = Anchors(root.Build());
            database.AddCrl("other", TestPki.Crl("cn=Other", 7, Now - TestPki.Day, new long[] { 4100 }));
            Assert.IsTrue(Validate(leaf.Build(), null, database, ValidationPurpose.Any, null).IsValid, "another issuer's CRL");

            database.AddCrl("root", TestPki.Crl("cn=Root", 1, Now - TestPki.Day, new long[] { 17, 4100 }));
            Assert.AreEqual(ValidationFailure.Revoked, Validate(leaf.Build(), null, database, ValidationPurpose.Any, null).Failure);
            leaf.Serial = 4101;
            Assert.IsTrue(Validate(leaf.Build(), null, database, ValidationPurpose.Any, null).IsValid);

            CertificateDatabase forged = Anchors(root.Build());
            forged.AddCrl("forged", TestPki.Crl("cn=Root", 5, Now - TestPki.Day, new long[0]));
            Assert.AreEqual(ValidationFailure.CrlBadSignature, Validate(leaf.Build(), null, forged, ValidationPurpose.Any, null).Failure);

            CertificateDatabase early = Anchors(root.Build());
            early.AddCrl("early", TestPki.Crl("cn=Root", 1, Now + TestPki.Day, new long[0]));
            Assert.AreEqual(ValidationFailure.RevocationUnknown, Validate(leaf.Build(), null, early, ValidationPurpose.Any, null).Failure);
        }

        [TestMethod]
        public void ChecksKeyUsageForThePurpose()
        {
            TestPki root = TestPki.Ca("cn=Root", 1);
            TestPki leaf = TestPki.EndEntity("cn=leaf", 3).IssuedBy(root);
            leaf.ExtendedKeyUsage = KeyPurpose.ClientAuth;
            CertificateDatabase database = Anchors(root.Build());

            Assert.AreEqual(ValidationFailure.UsageNotAllowed, Validate(leaf.Build(), null, database, ValidationPurpose.TlsServer, null).Failure);
            Assert.IsTrue(Validate(leaf.Build(), null, database, ValidationPurpose.TlsClient, null).IsValid);
            Assert.IsTrue(Validate(leaf.Build(), null, database, ValidationPurpose.Ipsec, null).IsValid);

            leaf.ExtendedKeyUsage = -1;
            leaf.KeyUsage = KeyUsage.KeyAgreement;
            Assert.AreEqual(ValidationFailure.UsageNotAllowed, Validate(leaf.Build(), null, database, ValidationPurpose.TlsServer, null).Failure);
            Assert.AreEqual(ValidationFailure.UsageNotAllowed, Validate(leaf.Build(), null, database, ValidationPurpose.Ipsec, null).Failure);
            Assert.IsTrue(Validate(leaf.Build(), null, database, ValidationPurpose.Any, null).IsValid);
        }

        [TestMethod]
        public void MatchesPeerNamesAsRfc6125Says()
        {
            TestPki root = TestPki.Ca("cn=Root", 1);
            TestPki leaf = TestPki.EndEntity("cn=ignored.example.com", 3).IssuedBy(root);
            leaf.AltNames = "dns:*.example.com, ip:10.0.0.1";
            CertificateDatabase database = Anchors(root.Build());
            Certificate certificate = leaf.Build();

            Assert.IsTrue(Validate(certificate, null, database, ValidationPurpose.Any, "a.example.com").IsValid);
            Assert.IsTrue(Validate(certificate, null, database, ValidationPurpose.Any, "10.0.0.1").IsValid);
            Assert.AreEqual(ValidationFailure.NameMismatch, Validate(certificate, null, database, ValidationPurpose.Any, "a.b.example.com").Failure);
            Assert.AreEqual(ValidationFailure.NameMismatch, Validate(certificate, null, database, ValidationPurpose.Any, "example.com").Failure);
            Assert.AreEqual(ValidationFailure.NameMismatch, Validate(certificate, null, database, ValidationPurpose.Any, "ignored.example.com.evil").Failure);
            Assert.AreEqual(ValidationFailure.NameMismatch, Validate(certificate, null, database, ValidationPurpose.Any, "10.0.0.2").Failure);
            Assert.IsFalse(PeerNameCheck.DnsMatches("*.com", "example.com"));
            Assert.IsFalse(PeerNameCheck.DnsMatches("a*.example.com", "ab.example.com"));

            TestPki old = TestPki.EndEntity("cn=172.30.1.105", 4).IssuedBy(root);
            Assert.IsTrue(Validate(old.Build(), null, database, ValidationPurpose.Any, "172.30.1.105").IsValid, "CN when there is no SAN");
        }

        [TestMethod]
        public void MapsReasonsToAlertsAndNotifies()
        {
            Assert.AreEqual(45, ValidationFailure.TlsAlert(ValidationFailure.Expired));
            Assert.AreEqual(45, ValidationFailure.TlsAlert(ValidationFailure.NotYetValid));
            Assert.AreEqual(48, ValidationFailure.TlsAlert(ValidationFailure.PathLengthExceeded));
            Assert.AreEqual(43, ValidationFailure.TlsAlert(ValidationFailure.UnknownCriticalExtension));
            Assert.AreEqual("certExpired", ValidationFailure.TlsAlertCounter(ValidationFailure.NotYetValid));
            Assert.AreEqual(19, ValidationFailure.IsakmpNotify(ValidationFailure.NotTrusted));
            Assert.AreEqual(17, ValidationFailure.IsakmpNotify(ValidationFailure.Revoked));
            Assert.AreEqual("certNotSupported", ValidationFailure.IsakmpCounter(ValidationFailure.UnsupportedAlgorithm));
            Assert.AreEqual("authFailed", ValidationFailure.IsakmpCounter(ValidationFailure.BadSignature));
        }

        internal static CertificateDatabase Anchors(Certificate anchor)
        {
            CertificateDatabase database = new CertificateDatabase(DatabaseLimits.Default(), new RamCertificateStorage());
            if (anchor != null)
            {
                Assert.AreEqual(DatabaseResult.Ok, database.AddCertificate("anchor", anchor, true));
            }

            return database;
        }

        private static ValidationResult Validate(Certificate leaf, Certificate[] chain, CertificateDatabase database, int purpose, string name)
        {
            ChainValidator validator = new ChainValidator(database.Snapshot, new TestPki.Verifier());
            return validator.Validate(leaf, chain, chain == null ? 0 : chain.Length, new ValidationOptions(Now, purpose, name));
        }
    }
}
