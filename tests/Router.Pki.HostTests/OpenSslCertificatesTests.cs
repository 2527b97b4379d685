using System.Text;
using Router.Pki.Der;
using Router.Pki.Engine;
using Router.Pki.Validation;
using Router.Pki.X509;
using Xunit;

namespace Router.Pki.HostTests
{
    /// <summary>We accept what OpenSSL produces: every key type, the extensions, PEM and DER, the same fields OpenSSL reads.</summary>
    public class OpenSslCertificatesTests
    {
        [Theory]
        [InlineData("self-rsa2048", KeyAlgorithm.Rsa, 2048)]
        [InlineData("self-rsa4096", KeyAlgorithm.Rsa, 4096)]
        [InlineData("self-p256", KeyAlgorithm.EcP256, 256)]
        [InlineData("self-p384", KeyAlgorithm.EcP384, 384)]
        public void ParsesSelfSignedCertificatesOfEveryKeyType(string name, int algorithm, int bits)
        {
            Certificate certificate = Fixtures.Certificate(name);

            Assert.Equal(3, certificate.Version);
            Assert.Equal(algorithm, certificate.PublicKey.Algorithm);
            Assert.Equal(bits, certificate.PublicKey.Bits);
            Assert.Equal("C=us, O=my_company, CN=" + name + ".example.com", certificate.Subject.ToText());
            Assert.True(certificate.IsSelfIssued);
            Assert.Equal("DNS name: " + name + ".example.com", certificate.Extensions.GetAltName(0).ToText());

            int signature = new EncoSignatureVerifier().Verify(certificate.SignatureAlgorithm, certificate.PublicKey, certificate.Der,
                certificate.Tbs.Start, certificate.Tbs.EncodedLength, certificate.Der, certificate.Signature.Offset, certificate.Signature.Length);
            Assert.Equal(SignatureCheck.Valid, signature);
        }

        [Theory]
        [InlineData("self-rsa2048")]
        [InlineData("self-p384")]
        [InlineData("leaf")]
        [InlineData("root")]
        public void ReadsTheSerialDatesAndFingerprintOpenSslReads(string name)
        {
            Certificate certificate = Fixtures.Certificate(name);
            string serial = OpenSsl.Run(Fixtures.Directory, "x509", "-in", name + ".pem", "-noout", "-serial").Output.Trim();
            string fingerprint = OpenSsl.Run(Fixtures.Directory, "x509", "-in", name + ".pem", "-noout", "-fingerprint", "-sha256").Output.Trim();
            string dates = OpenSsl.Run(Fixtures.Directory, "x509", "-in", name + ".pem", "-noout", "-startdate", "-enddate", "-dateopt", "iso_8601").Output;

            string ours = HexText.Of(certificate.Der, certificate.Serial.Offset, certificate.Serial.Length, false);
            Assert.Equal(serial.Substring("serial=".Length).TrimStart('0'), ours.TrimStart('0'));
            Assert.Equal(fingerprint.Substring(fingerprint.IndexOf('=') + 1), Fingerprint.Sha256Text(certificate));
            Assert.Contains("notBefore=" + Iso(certificate.NotBefore), dates);
            Assert.Contains("notAfter=" + Iso(certificate.NotAfter), dates);
        }

        [Fact]
        public void ReadsTheExtensionsOfAnOpenSslLeaf()
        {
            Certificate leaf = Fixtures.Certificate("leaf");
            CertificateExtensions extensions = leaf.Extensions;

            Assert.True(extensions.HasBasicConstraints);
            Assert.False(extensions.IsCa);
            Assert.Equal(KeyUsage.DigitalSignature, extensions.KeyUsage);
            Assert.Equal(KeyPurpose.ServerAuth | KeyPurpose.ClientAuth, extensions.ExtendedKeyUsage);
            Assert.True(extensions.HasSubjectKeyId);
            Assert.True(extensions.HasAuthorityKeyId);
            Assert.False(extensions.HasUnknownCritical);

            string[] expected =
            {
                "DNS name: vpn.example.com", "DNS name: *.lab.example.com", "IP address: 10.20.210.1",
                "IP address: 2001:db8::1", "Email address: admin@example.com", "URI: https://vpn.example.com/",
            };
            Assert.Equal(expected.Length, extensions.AltNameCount);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.Equal(expected[i], extensions.GetAltName(i).ToText());
            }

            Certificate intermediate = Fixtures.Certificate("int");
            Assert.True(intermediate.IsCa);
            Assert.Equal(-1, intermediate.Extensions.PathLength);
            Assert.Equal(KeyUsage.KeyCertSign | KeyUsage.CrlSign, intermediate.Extensions.KeyUsage);
            Assert.Equal(0, Fixtures.Certificate("root-pl0").Extensions.PathLength);
        }

        [Fact]
        public void RecordsAnUnknownCriticalExtensionWithoutRefusingToParse()
        {
            Certificate certificate = Fixtures.Certificate("leaf-critical");
            Assert.True(certificate.Extensions.HasUnknownCritical);
            DerElement oid = certificate.Extensions.UnknownCritical;
            Assert.Equal("1.3.6.1.4.1.55555.1", Oid.ToText(certificate.Der, oid.Offset, oid.Length));
        }

        [Fact]
        public void PemAndDerGiveTheSameCertificate()
        {
            byte[] pem = Fixtures.Bytes("leaf.pem");
            var reader = new PemReader(pem, 0, pem.Length);
            byte[] der = reader.Next(out string label);
            Assert.Equal(Pem.CertificateLabel, label);
            Assert.Equal(Fixtures.Bytes("leaf.der"), der);
            Assert.Null(reader.Next(out label));
        }

        [Fact]
        public void ParsesOpenSslsCrl()
        {
            CertificateRevocationList crl = Fixtures.Crl("crl-int");
            Certificate revoked = Fixtures.Certificate("leaf-revoked");
            Certificate leaf = Fixtures.Certificate("leaf");

            Assert.Equal("C=FI, O=Company-ABC, CN=Company ABC issuing CA", crl.Issuer.ToText());
            Assert.Equal(1, crl.RevokedCount);
            Assert.True(crl.IsRevoked(revoked.Der, revoked.Serial));
            Assert.False(crl.IsRevoked(leaf.Der, leaf.Serial));
            Assert.False(crl.HasUnknownCritical);
            Assert.True(crl.NextUpdate > crl.ThisUpdate);
        }

        private static string Iso(long seconds)
        {
            CivilTime.Split(seconds, out int y, out int mo, out int d, out int h, out int mi, out int s);
            var text = new StringBuilder();
            text.Append(y.ToString("D4")).Append('-').Append(mo.ToString("D2")).Append('-').Append(d.ToString("D2"));
            text.Append(' ').Append(h.ToString("D2")).Append(':').Append(mi.ToString("D2")).Append(':').Append(s.ToString("D2")).Append('Z');
            return text.ToString();
        }
    }
}
