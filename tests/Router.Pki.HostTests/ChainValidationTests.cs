using Router.Pki.Database;
using Router.Pki.Engine;
using Router.Pki.Validation;
using Router.Pki.X509;
using Xunit;

namespace Router.Pki.HostTests
{
    /// <summary>
    /// Chains OpenSSL made (root -> intermediate -> leaf), validated at <see cref="Fixtures.ValidationTime"/>
    /// with the ENCO engine verifying signatures: the valid cases and the expected reason for each failure.
    /// </summary>
    public class ChainValidationTests
    {
        private static readonly ISignatureVerifier Verifier = new EncoSignatureVerifier();

        [Fact]
        public void AcceptsALeafWhoseChainTheDatabaseTrusts()
        {
            ValidationResult result = Validate("leaf", new[] { "int" }, Trust("root"));

            Assert.True(result.IsValid, result.Describe());
            Assert.Equal(3, result.Path.Length);
            Assert.Equal("C=FI, O=Company-ABC, CN=Company ABC class 2", result.Path[2].Subject.ToText());
        }

        [Fact]
        public void BuildsThePathThroughAnIntermediateKeptInTheDatabase()
        {
            CertificateDatabase database = Trust("root");
            Assert.Equal(DatabaseResult.Ok, database.AddCertificate("int", Fixtures.Certificate("int"), false));

            Assert.True(Validate("leaf", new string[0], database).IsValid);
        }

        [Theory]
        [InlineData(ValidationPurpose.TlsServer, "vpn.example.com")]
        [InlineData(ValidationPurpose.TlsServer, "VPN.Example.COM.")]
        [InlineData(ValidationPurpose.TlsClient, "printer.lab.example.com")]
        [InlineData(ValidationPurpose.Ipsec, "10.20.210.1")]
        [InlineData(ValidationPurpose.Ipsec, "2001:db8:0:0::1")]
        [InlineData(ValidationPurpose.Any, null)]
        public void ChecksThePeerNameAndPurpose(int purpose, string name)
        {
            Assert.True(Validate("leaf", new[] { "int" }, Trust("root"), purpose, name).IsValid);
        }

        [Theory]
        [InlineData("other.example.com")]
        [InlineData("a.b.lab.example.com")]
        [InlineData("lab.example.com")]
        [InlineData("10.20.210.2")]
        public void RefusesAPeerTheCertificateDoesNotName(string name)
        {
            ValidationResult result = Validate("leaf", new[] { "int" }, Trust("root"), ValidationPurpose.TlsServer, name);
            Assert.Equal(ValidationFailure.NameMismatch, result.Failure);
        }

        [Theory]
        [InlineData("leaf-expired", ValidationFailure.Expired, 0)]
        [InlineData("leaf-future", ValidationFailure.NotYetValid, 0)]
        [InlineData("leaf-critical", ValidationFailure.UnknownCriticalExtension, 0)]
        [InlineData("leaf-other-ca", ValidationFailure.UnknownIssuer, 0)]
        public void GivesTheReasonALeafFails(string leaf, int failure, int depth)
        {
            ValidationResult result = Validate(leaf, new[] { "int" }, Trust("root"));

            Assert.Equal(ValidationFailure.Describe(failure), ValidationFailure.Describe(result.Failure));
            Assert.Equal(depth, result.Depth);
        }

        [Fact]
        public void RefusesAChainFromAnotherCaWithTheSameNames()
        {
            // The peer sends its own intermediate, named like ours but under another key.
            ValidationResult result = Validate("leaf-other-ca", new[] { "other-int" }, Trust("root"));
            Assert.Equal(ValidationFailure.UnknownIssuer, result.Failure);
            Assert.Equal(48, ValidationFailure.TlsAlert(result.Failure));
            Assert.Equal("unknownCA", ValidationFailure.TlsAlertCounter(result.Failure));
        }

        [Fact]
        public void FindsALeafRevokedByItsIssuersCrl()
        {
            CertificateDatabase database = Trust("root");
            Assert.Equal(DatabaseResult.Ok, database.AddCrl("crl-int", Fixtures.Crl("crl-int")));

            ValidationResult revoked = Validate("leaf-revoked", new[] { "int" }, database);
            Assert.Equal(ValidationFailure.Revoked, revoked.Failure);
            Assert.Equal(44, ValidationFailure.TlsAlert(revoked.Failure));
            Assert.True(Validate("leaf", new[] { "int" }, database).IsValid);
        }

        [Fact]
        public void RefusesACrlWhoseSignatureIsBroken()
        {
            byte[] der = Fixtures.Bytes("crl-int.der");
            der[der.Length - 5] ^= 0x01;
            CertificateDatabase database = Trust("root");
            Assert.Equal(DatabaseResult.Ok, database.AddCrl("crl-int", CertificateRevocationList.Parse(der, 0, der.Length)));

            Assert.Equal(ValidationFailure.CrlBadSignature, Validate("leaf", new[] { "int" }, database).Failure);
        }

        [Fact]
        public void EnforcesTheRootsPathLengthConstraint()
        {
            ValidationResult result = Validate("leaf-pl0", new[] { "int-pl0" }, Trust("root-pl0"));
            Assert.Equal(ValidationFailure.PathLengthExceeded, result.Failure);
            Assert.Equal(1, result.Depth);
        }

        [Fact]
        public void SaysWhenTheChainEndsAtARootNobodyTrusts()
        {
            ValidationResult result = Validate("leaf", new[] { "int", "root" }, new CertificateDatabase(DatabaseLimits.Default(), new RamCertificateStorage()));
            Assert.Equal(ValidationFailure.NotTrusted, result.Failure);
            Assert.Equal(2, result.Depth);
            Assert.Equal("certNotTrusted", ValidationFailure.Name(result.Failure));

            ValidationResult noRoot = Validate("leaf", new[] { "int" }, new CertificateDatabase(DatabaseLimits.Default(), new RamCertificateStorage()));
            Assert.Equal(ValidationFailure.UnknownIssuer, noRoot.Failure);
            Assert.Equal(1, noRoot.Depth);
        }

        [Fact]
        public void FindsAForgedSignature()
        {
            byte[] der = Fixtures.Bytes("leaf.der");
            der[der.Length - 10] ^= 0x40;
            Certificate forged = Certificate.Parse(der, 0, der.Length);
            var validator = new ChainValidator(Trust("root").Snapshot, Verifier);
            ValidationResult result = validator.Validate(forged, new[] { Fixtures.Certificate("int") }, 1,
                new ValidationOptions(Fixtures.ValidationTime, ValidationPurpose.Any, null));

            Assert.Equal(ValidationFailure.BadSignature, result.Failure);
            Assert.Equal(0, result.Depth);
        }

        [Fact]
        public void SendsTheLeafAndItsIntermediatesButNotTheRoot()
        {
            CertificateDatabase database = Trust("root");
            database.AddCertificate("int", Fixtures.Certificate("int"), false);
            database.AddCertificate("leaf", Fixtures.Certificate("leaf"), false);

            Certificate[] chain = LocalChain.For(database, Verifier, database.FindCertificate("leaf"), Fixtures.ValidationTime);
            Assert.Equal(2, chain.Length);
            Assert.True(chain[0].SameAs(Fixtures.Certificate("leaf")));
            Assert.True(chain[1].SameAs(Fixtures.Certificate("int")));
            Assert.Single(LocalChain.For(database, Verifier, database.FindCertificate("leaf"), Der.CivilTime.ToSeconds(2040, 1, 1, 0, 0, 0)));
        }

        [Fact]
        public void TrustsASelfSignedCertificateTheAdministratorTrusts()
        {
            // Made by req -x509 when the fixtures were generated: valid for ten years from then.
            long now = Fixtures.Certificate("self-p256").NotBefore + 3600;
            CertificateDatabase database = Trust("self-p256");
            var validator = new ChainValidator(database.Snapshot, Verifier);
            ValidationResult result = validator.Validate(Fixtures.Certificate("self-p256"), null, 0,
                new ValidationOptions(now, ValidationPurpose.TlsServer, "self-p256.example.com"));
            Assert.True(result.IsValid, result.Describe());

            ValidationResult untrusted = new ChainValidator(new CertificateDatabase(DatabaseLimits.Default(), new RamCertificateStorage()).Snapshot, Verifier)
                .Validate(Fixtures.Certificate("self-p256"), null, 0, new ValidationOptions(now, ValidationPurpose.Any, null));
            Assert.Equal(ValidationFailure.NotTrusted, untrusted.Failure);
        }

        private static CertificateDatabase Trust(string anchor)
        {
            var database = new CertificateDatabase(DatabaseLimits.Default(), new RamCertificateStorage());
            Assert.Equal(DatabaseResult.Ok, database.AddCertificate(anchor, Fixtures.Certificate(anchor), true));
            return database;
        }

        private static ValidationResult Validate(string leaf, string[] chain, CertificateDatabase database,
            int purpose = ValidationPurpose.Any, string name = null)
        {
            var supplied = new Certificate[chain.Length];
            for (int i = 0; i < chain.Length; i++)
            {
                supplied[i] = Fixtures.Certificate(chain[i]);
            }

            var validator = new ChainValidator(database.Snapshot, Verifier);
            return validator.Validate(Fixtures.Certificate(leaf), supplied, supplied.Length,
                new ValidationOptions(Fixtures.ValidationTime, purpose, name));
        }
    }
}
