using System.IO;
using Router.Enco;
using Router.Pki.Creation;
using Router.Pki.Der;
using Router.Pki.Engine;
using Router.Pki.X509;
using Xunit;

namespace Router.Pki.HostTests
{
    /// <summary>
    /// OpenSSL accepts what we produce: our self-signed certificates (openssl x509 -text, openssl
    /// verify -CAfile, also with -x509_strict) and our PKCS #10 requests (openssl req -verify), for
    /// RSA-2048, P-256 and P-384 keys signed by the ENCO engine.
    /// </summary>
    public class OpenSslAcceptsOurOutputTests
    {
        private static readonly ISigningKeys Keys = new EncoSigningKeys(TestKeys.Store(
            (0, EncoKeyType.Rsa, 2048), (1, EncoKeyType.EcP256, 256), (2, EncoKeyType.EcP384, 384)));

        [Theory]
        [InlineData(0, "Public-Key: (2048 bit)", "sha256WithRSAEncryption")]
        [InlineData(1, "NIST CURVE: P-256", "ecdsa-with-SHA256")]
        [InlineData(2, "NIST CURVE: P-384", "ecdsa-with-SHA384")]
        public void OpenSslReadsAndVerifiesOurSelfSignedCertificate(int keyId, string keyText, string algorithm)
        {
            byte[] der = MakeCertificate(keyId, "cn=172.30.1.105, o=my_company, c=us", null);
            string directory = OpenSsl.TempDirectory("created");
            File.WriteAllBytes(Path.Combine(directory, "cer_name.pem"), Pem.Encode(Pem.CertificateLabel, der, 0, der.Length));
            File.WriteAllBytes(Path.Combine(directory, "cer_name.cer"), der);

            OpenSsl.Result text = OpenSsl.Run(directory, "x509", "-in", "cer_name.cer", "-inform", "DER", "-text", "-noout");
            Assert.True(text.ExitCode == 0, text.All);
            Assert.Contains("Serial Number: 12345 (0x3039)", text.Output);
            Assert.Contains("Subject: C = us, O = my_company, CN = 172.30.1.105", text.Output);
            Assert.Contains("Issuer: C = us, O = my_company, CN = 172.30.1.105", text.Output);
            Assert.Contains(keyText, text.Output);
            Assert.Contains("Signature Algorithm: " + algorithm, text.Output);
            Assert.Contains("IP Address:172.30.1.105", text.Output);
            Assert.Contains("CA:FALSE", text.Output);
            Assert.Contains("TLS Web Server Authentication, TLS Web Client Authentication", text.Output);

            OpenSsl.Result verify = OpenSsl.Run(directory, "verify", "-CAfile", "cer_name.pem", "cer_name.pem");
            Assert.True(verify.ExitCode == 0, verify.All);
            Assert.Contains("cer_name.pem: OK", verify.Output);

            OpenSsl.Result strict = OpenSsl.Run(directory, "verify", "-x509_strict", "-purpose", "sslserver", "-verify_ip", "172.30.1.105",
                "-CAfile", "cer_name.pem", "cer_name.pem");
            Assert.True(strict.ExitCode == 0, strict.All);
        }

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(2)]
        public void OpenSslVerifiesOurEnrollmentRequest(int keyId)
        {
            string error;
            byte[] subject = SubjectText.Encode("cn=router1.example.com, ou=VPN, o=my_company, c=us", out error);
            AltName[] names = AltNameText.Parse("dns:router1.example.com, ip:192.0.2.1", out error);
            byte[] der = CertificationRequestBuilder.Build(Keys, keyId, subject, names);
            string directory = OpenSsl.TempDirectory("request");
            File.WriteAllBytes(Path.Combine(directory, "router1.csr"), Pem.Encode(Pem.RequestLabel, der, 0, der.Length));

            OpenSsl.Result verify = OpenSsl.Run(directory, "req", "-verify", "-noout", "-text", "-in", "router1.csr");
            Assert.True(verify.ExitCode == 0, verify.All);
            Assert.Contains("verify OK", verify.All);
            Assert.Contains("Subject: C = us, O = my_company, OU = VPN, CN = router1.example.com", verify.Output);
            Assert.Contains("DNS:router1.example.com, IP Address:192.0.2.1", verify.Output);
        }

        [Fact]
        public void WeReadBackWhatWeMake()
        {
            byte[] der = MakeCertificate(1, "cn=gui.example.com, o=my_company, c=us", "dns:gui.example.com, ip:2001:db8::7");
            Certificate certificate = Certificate.Parse(der, 0, der.Length);

            Assert.Equal("C=us, O=my_company, CN=gui.example.com", certificate.Subject.ToText());
            Assert.Equal("IP address: 2001:db8::7", certificate.Extensions.GetAltName(1).ToText());
            Assert.Equal(KeyUsage.DigitalSignature, certificate.Extensions.KeyUsage);
            Assert.True(certificate.Extensions.HasSubjectKeyId);
            Assert.Equal(Validation.SignatureCheck.Valid, new EncoSignatureVerifier().Verify(certificate.SignatureAlgorithm,
                certificate.PublicKey, der, certificate.Tbs.Start, certificate.Tbs.EncodedLength, der,
                certificate.Signature.Offset, certificate.Signature.Length));
        }

        private static byte[] MakeCertificate(int keyId, string subjectText, string altNameText)
        {
            string error;
            byte[] subject = SubjectText.Encode(subjectText, out error);
            Assert.True(subject != null, error);
            AltName[] names = altNameText == null
                ? new[] { AltNameText.FromCommonName(DistinguishedName.Parse(subject, 0, subject.Length).CommonName) }
                : AltNameText.Parse(altNameText, out error);
            long now = CivilTime.FromDateTime(System.DateTime.UtcNow);
            return SelfSignedCertificateBuilder.Build(Keys, keyId, 12345, subject, now, now + 365 * CivilTime.SecondsPerDay, names);
        }
    }
}
