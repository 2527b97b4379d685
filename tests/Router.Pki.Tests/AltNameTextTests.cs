using nanoFramework.TestFramework;
using Router.Pki.Creation;
using Router.Pki.X509;

namespace Router.Pki.Tests
{
    /// <summary>subjectaltname= text, and the SAN a certificate takes from its CN.</summary>
    [TestClass]
    public class AltNameTextTests
    {
        [TestMethod]
        public void ReadsTypedAndBareEntries()
        {
            string error;
            AltName[] names = AltNameText.Parse("dns:gui.example.com, ip:2001:db8::1, admin@example.com, https://x.example/, 10.0.0.1, router", out error);
            Assert.IsNotNull(names, error);
            Assert.AreEqual(6, names.Length);
            Assert.AreEqual(GeneralName.DnsName, names[0].Type);
            Assert.AreEqual(GeneralName.IpAddress, names[1].Type);
            Assert.AreEqual(16, names[1].Value.Length);
            Assert.AreEqual(GeneralName.Rfc822Name, names[2].Type);
            Assert.AreEqual(GeneralName.Uri, names[3].Type);
            Assert.AreEqual(GeneralName.IpAddress, names[4].Type);
            Assert.AreEqual(GeneralName.DnsName, names[5].Type);
        }

        [TestMethod]
        [DataRow("ip:1.2.3.400")]
        [DataRow("dns:bad_name.example.com")]
        [DataRow("dns:-lead.example.com")]
        [DataRow("email:nobody")]
        [DataRow("uri:no scheme")]
        [DataRow("dns:")]
        public void RefusesEntriesThatAreNotWhatTheySay(string text)
        {
            string error;
            Assert.IsNull(AltNameText.Parse(text, out error));
            Assert.IsNotNull(error);
        }

        [TestMethod]
        public void TakesAnAddressOrAHostNameFromTheCommonName()
        {
            Assert.AreEqual(GeneralName.IpAddress, AltNameText.FromCommonName("172.30.1.105").Type);
            Assert.AreEqual(GeneralName.DnsName, AltNameText.FromCommonName("gui.example.com").Type);
            Assert.AreEqual(GeneralName.DnsName, AltNameText.FromCommonName("*.example.com").Type);
            Assert.IsNull(AltNameText.FromCommonName("My Router"));
            Assert.IsNull(AltNameText.FromCommonName("10.1.1"));
            Assert.IsNull(AltNameText.FromCommonName(null));
        }
    }
}
