using System.Text;
using nanoFramework.TestFramework;
using Router.Core;
using Router.Pki.Der;

namespace Router.Pki.Tests
{
    /// <summary>PEM armor (RFC 7468): what we write, what we read, what we refuse.</summary>
    [TestClass]
    public class PemTests
    {
        [TestMethod]
        public void WritesLinesOf64AndReadsThemBack()
        {
            byte[] der = new byte[100];
            for (int i = 0; i < der.Length; i++)
            {
                der[i] = (byte)(i * 7);
            }

            byte[] pem = Pem.Encode(Pem.CertificateLabel, der, 0, der.Length);
            string text = Encoding.UTF8.GetString(pem, 0, pem.Length);
            string[] lines = text.Split(new char[] { '\n' });
            Assert.AreEqual("-----BEGIN CERTIFICATE-----", lines[0]);
            Assert.AreEqual(64, lines[1].Length);
            Assert.AreEqual("-----END CERTIFICATE-----", lines[lines.Length - 2]);

            string label;
            byte[] decoded = new PemReader(pem, 0, pem.Length).Next(out label);
            Assert.AreEqual(Pem.CertificateLabel, label);
            Assert.Equal(der, decoded);
        }

        [TestMethod]
        public void ReadsSeveralBlocksAndSkipsTextAroundThem()
        {
            string text = "subject=CN=leaf\r\n-----BEGIN CERTIFICATE-----\r\nAQID\r\n-----END CERTIFICATE-----\r\n"
                + "issuer note\n-----BEGIN X509 CRL-----\n  BAUG \n-----END X509 CRL-----\n";
            byte[] data = Encoding.UTF8.GetBytes(text);
            PemReader reader = new PemReader(data, 0, data.Length);
            string label;
            Assert.Equal(new byte[] { 1, 2, 3 }, reader.Next(out label));
            Assert.AreEqual("CERTIFICATE", label);
            Assert.Equal(new byte[] { 4, 5, 6 }, reader.Next(out label));
            Assert.AreEqual("X509 CRL", label);
            Assert.IsNull(reader.Next(out label));
            Assert.IsFalse(Pem.IsPem(new byte[] { 0x30, 0x03 }, 0, 2));
        }

        [TestMethod]
        [DataRow("-----BEGIN CERTIFICATE-----\nAQID\n")]
        [DataRow("-----BEGIN CERTIFICATE-----\nAQID\n-----END X509 CRL-----\n")]
        [DataRow("-----BEGIN CERTIFICATE-----\nAQ*D\n-----END CERTIFICATE-----\n")]
        [DataRow("-----BEGIN CERTIFICATE-----\nAQI\n-----END CERTIFICATE-----\n")]
        [DataRow("-----BEGIN CERTIFICATE-----\nAQ==AQID\n-----END CERTIFICATE-----\n")]
        [DataRow("-----BEGIN CERTIFICATE-----\nProc-Type: 4,ENCRYPTED\nAQID\n-----END CERTIFICATE-----\n")]
        [DataRow("-----BEGIN CERTIFICATE-----\n\n-----END CERTIFICATE-----\n")]
        public void RefusesBrokenArmor(string text)
        {
            byte[] data = Encoding.UTF8.GetBytes(text);
            string label;
            Assert.Throws(typeof(MalformedInputException), delegate { new PemReader(data, 0, data.Length).Next(out label); });
        }
    }
}
