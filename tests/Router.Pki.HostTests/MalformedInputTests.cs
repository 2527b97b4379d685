using System;
using Router.Core;
using Router.Pki.Database;
using Router.Pki.Der;
using Router.Pki.Engine;
using Router.Pki.Validation;
using Router.Pki.X509;
using Xunit;

namespace Router.Pki.HostTests
{
    /// <summary>
    /// Truncated and bit-flipped encodings of real certificates and a real CRL, at every offset:
    /// parsing either succeeds or raises MalformedInputException, never anything else, and a
    /// reader never leaves its segment. What does parse is then displayed and validated, which
    /// must not throw either.
    /// </summary>
    public class MalformedInputTests
    {
        [Theory]
        [InlineData("leaf.der")]
        [InlineData("root.der")]
        [InlineData("self-p384.der")]
        [InlineData("self-rsa4096.der")]
        public void EveryTruncatedCertificateIsRefusedCleanly(string file)
        {
            byte[] der = Fixtures.Bytes(file);
            for (int length = 0; length < der.Length; length++)
            {
                // The whole certificate stays in the buffer after the segment: nothing may read it.
                Assert.Throws<MalformedInputException>(() => Certificate.Parse(der, 0, length));
            }
        }

        [Theory]
        [InlineData("leaf.der")]
        [InlineData("root.der")]
        [InlineData("self-p384.der")]
        public void EveryBitFlipOfACertificateParsesOrIsRefusedCleanly(string file)
        {
            byte[] original = Fixtures.Bytes(file);
            int parsed = 0;
            int refused = 0;
            var verifier = new EncoSignatureVerifier();
            var database = new CertificateDatabase(DatabaseLimits.Default(), new RamCertificateStorage());
            database.AddCertificate("root", Fixtures.Certificate("root"), true);
            var validator = new ChainValidator(database.Snapshot, verifier);
            var supplied = new[] { Fixtures.Certificate("int") };
            for (int offset = 0; offset < original.Length; offset++)
            {
                for (int bit = 0; bit < 8; bit++)
                {
                    byte[] mutated = (byte[])original.Clone();
                    mutated[offset] ^= (byte)(1 << bit);
                    Certificate certificate;
                    try
                    {
                        certificate = Certificate.Parse(mutated, 0, mutated.Length);
                    }
                    catch (MalformedInputException)
                    {
                        refused++;
                        continue;
                    }

                    parsed++;
                    Exercise(certificate);
                    ValidationResult result = validator.Validate(certificate, supplied, 1,
                        new ValidationOptions(Fixtures.ValidationTime, ValidationPurpose.TlsServer, "vpn.example.com"));
                    Assert.False(result.IsValid && !certificate.SameAs(Fixtures.Certificate(file.Replace(".der", string.Empty))),
                        "a flipped bit at " + offset + " still validates");
                }
            }

            Assert.True(refused > 0 && parsed > 0);
        }

        [Fact]
        public void EveryTruncationAndBitFlipOfACrlParsesOrIsRefusedCleanly()
        {
            byte[] original = Fixtures.Bytes("crl-int.der");
            Certificate revoked = Fixtures.Certificate("leaf-revoked");
            for (int length = 0; length < original.Length; length++)
            {
                Assert.Throws<MalformedInputException>(() => CertificateRevocationList.Parse(original, 0, length));
            }

            for (int offset = 0; offset < original.Length; offset++)
            {
                for (int bit = 0; bit < 8; bit++)
                {
                    byte[] mutated = (byte[])original.Clone();
                    mutated[offset] ^= (byte)(1 << bit);
                    try
                    {
                        CertificateRevocationList crl = CertificateRevocationList.Parse(mutated, 0, mutated.Length);
                        crl.IsRevoked(revoked.Der, revoked.Serial);
                        crl.Issuer.ToText();
                        for (int i = 0; i < crl.RevokedCount; i++)
                        {
                            crl.GetRevokedSerial(i, out long date);
                        }
                    }
                    catch (MalformedInputException)
                    {
                    }
                }
            }
        }

        [Fact]
        public void TheReaderNeverLeavesItsSegment()
        {
            // The certificate sits in the middle of a buffer of bytes that look like DER headers;
            // each truncation and flip is walked element by element, and every element must lie
            // inside the segment the reader was given.
            byte[] der = Fixtures.Bytes("leaf.der");
            byte[] buffer = new byte[der.Length + 64];
            for (int i = 0; i < buffer.Length; i++)
            {
                buffer[i] = (byte)(i % 2 == 0 ? 0x30 : 0x82);
            }

            for (int length = 0; length <= der.Length; length++)
            {
                for (int flip = -1; flip < length; flip += 7)
                {
                    Array.Copy(der, 0, buffer, 32, der.Length);
                    if (flip >= 0)
                    {
                        buffer[32 + flip] ^= 0x80;
                    }

                    try
                    {
                        Walk(new DerReader(buffer, 32, length), 32, 32 + length);
                    }
                    catch (MalformedInputException)
                    {
                    }
                }
            }
        }

        [Fact]
        public void RefusesDerThatIsNotCanonical()
        {
            // Long-form length for a short length, indefinite length, high tag number, non-minimal INTEGER and OID.
            AssertRefused(new byte[] { 0x30, 0x81, 0x03, 0x02, 0x01, 0x01 });
            AssertRefused(new byte[] { 0x30, 0x80, 0x02, 0x01, 0x01, 0x00, 0x00 });
            AssertRefused(new byte[] { 0x1F, 0x81, 0x01, 0x00 });
            Assert.Throws<MalformedInputException>(() => new DerReader(new byte[] { 0x02, 0x02, 0x00, 0x7F }, 0, 4).ReadInteger());
            Assert.Throws<MalformedInputException>(() => new DerReader(new byte[] { 0x02, 0x02, 0xFF, 0x80 }, 0, 4).ReadInteger());
            Assert.Throws<MalformedInputException>(() => new DerReader(new byte[] { 0x06, 0x02, 0x80, 0x01 }, 0, 4).ReadObjectIdentifier());
            Assert.Throws<MalformedInputException>(() => new DerReader(new byte[] { 0x01, 0x01, 0x01 }, 0, 3).ReadBoolean());
        }

        private static void AssertRefused(byte[] der)
        {
            Assert.Throws<MalformedInputException>(() => Walk(new DerReader(der, 0, der.Length), 0, der.Length));
        }

        private static void Walk(DerReader reader, int start, int end)
        {
            while (reader.HasMore)
            {
                DerElement element = reader.ReadAny();
                Assert.InRange(element.Start, start, end);
                Assert.InRange(element.End, start, end);
                if (DerTag.IsConstructed(element.Tag))
                {
                    Walk(reader.Open(element), element.Offset, element.End);
                }
            }
        }

        /// <summary>Everything the console and the protocols read from a parsed certificate.</summary>
        private static void Exercise(Certificate certificate)
        {
            certificate.Subject.ToText();
            certificate.Issuer.ToText();
            SerialNumberText.Display(certificate.Der, certificate.Serial.Offset, certificate.Serial.Length);
            Fingerprint.Sha256Text(certificate);
            CertificateExtensions extensions = certificate.Extensions;
            for (int i = 0; i < extensions.AltNameCount; i++)
            {
                extensions.GetAltName(i).ToText();
            }

            PeerNameCheck.Matches(certificate, "vpn.example.com");
            PeerNameCheck.Matches(certificate, "10.20.210.1");
        }
    }
}
